package io.sockscope.app.diagram.layout;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a region fold ({@link SessionFold#region}) of a live session's first rows keeps of the
 * connections after its rows: a {@link ServeSession} of N and then 2N connections is folded
 * as the window's region reader folds it (rows 0..{@code last} kept, batches of 8,192 events),
 * and the heap after a full collection is taken with the region held, after each; the
 * difference, divided by N, is what each later connection costs the region. Also prints the
 * time each read took, the region's per-socket entries and the classes that grew most.
 *
 * <pre>bench/run regionmem [connections N] [rounds] [wave] [last row]</pre>
 */
public final class RegionMemoryBench {
    private RegionMemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int wave = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int last = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
        int perWave = new ServeSession(Integer.MAX_VALUE, wave, rounds).waveEvents();
        long empty = heapAfterGc();
        long[] heap = new long[2];
        List<Map<String, long[]>> histograms = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            ServeSession session = new ServeSession(3 + (k * n / wave) * perWave, wave, rounds);
            long t0 = System.nanoTime();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            SessionFold region = SessionFold.region(session, session.size(), 0, last, false);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long cpuMs = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
            histograms.add(FoldMemoryBench.histogram());
            heap[k - 1] = heapAfterGc() - empty;
            long[] held = region.perSocketHeld();
            System.out.printf("%d connections (%d events), rows 0..%d: read in %d ms (thread CPU %d ms); heap held after a full GC %.1f MiB%n",
                    session.connections(session.size()), session.size(), last, ms, cpuMs, heap[k - 1] / 1048576.0);
            System.out.printf("  %d lifelines, %d records, %d checkpoints; per-socket entries: states in checkpoints %d,"
                    + " retired %d, matcher ends %d, segments %d, waiting %d, signals and outside peers %d,"
                    + " row table sockets %d, heads/kernel states/queue samples %d%n",
                    region.lifelines().size(), region.recordsHeld(), region.checkpointCount(),
                    held[0], held[1], held[2], held[3], held[4], held[5], held[6], held[7]);
            java.lang.ref.Reference.reachabilityFence(region); // held until measured
        }
        System.out.printf("each connection after the region's rows: %.0f bytes%n", (heap[1] - heap[0]) / (double) n);
        FoldMemoryBench.printGrowth(histograms.get(0), histograms.get(1), n);
        ServeSession session = new ServeSession(3 + (2 * n / wave) * perWave, wave, rounds);
        StringBuilder cpu = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            java.lang.ref.Reference.reachabilityFence(SessionFold.region(session, session.size(), 0, last, false));
            cpu.append(i == 0 ? "" : ", ").append((THREADS.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
        }
        System.out.println("the region of " + session.size() + " events read 5 more times, thread CPU ms: " + cpu);
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
