package io.sockscope.app.diagram.layout;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.ObjectName;

/**
 * What a live (bounded) fold keeps per connection once the connection is closed and before its
 * held rows: a {@link ServeSession} is folded batch by batch as the window feeds it, and the
 * heap's class histogram (live objects, after a full collection) is taken after N and after 2N
 * connections; the difference, divided by N, is what each further connection leaves behind.
 *
 * <pre>bench/run foldmem [connections N] [rounds] [wave]</pre>
 */
public final class FoldMemoryBench {
    private FoldMemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int wave = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        ServeSession probe = new ServeSession(Integer.MAX_VALUE, wave, rounds);
        int perWave = probe.waveEvents();
        int eventsAtN = 3 + (n / wave) * perWave;
        ServeSession session = new ServeSession(3 + (2 * n / wave) * perWave, wave, rounds);
        GrowingList store = new GrowingList(session);
        SessionFold fold = SessionFold.bounded(store, 50_000);
        RowAxis axis = new RowAxis(LayoutMode.TIME);
        feed(fold, axis, store, 0, eventsAtN);
        Map<String, long[]> atN = histogram();
        long heapAtN = heapAfterGc();
        feed(fold, axis, store, eventsAtN, session.size());
        Map<String, long[]> at2N = histogram();
        long heapAt2N = heapAfterGc();
        System.out.printf("%d connections (%d events) -> %d connections (%d events), %d rounds each, waves of %d%n",
                session.connections(eventsAtN), eventsAtN, session.connections(session.size()), session.size(), rounds, wave);
        System.out.printf("heap after full GC: %.1f MiB -> %.1f MiB: %.0f bytes a connection%n",
                heapAtN / 1048576.0, heapAt2N / 1048576.0, (heapAt2N - heapAtN) / (double) n);
        printGrowth(atN, at2N, n);
        System.out.println("kept: " + fold.lifelines().size() + " lifelines, " + fold.recordsHeld() + " records, rows "
                + fold.firstHeld() + ".." + fold.rowCount() + ", axis from " + axis.firstKept());
    }

    /** The 20 classes that grew most from {@code atN} to {@code at2N}, per connection of {@code n}. */
    static void printGrowth(Map<String, long[]> atN, Map<String, long[]> at2N, int n) {
        List<Map.Entry<String, long[]>> grew = new ArrayList<>();
        for (Map.Entry<String, long[]> e : at2N.entrySet()) {
            long[] before = atN.getOrDefault(e.getKey(), new long[2]);
            grew.add(Map.entry(e.getKey(), new long[] {e.getValue()[0] - before[0], e.getValue()[1] - before[1]}));
        }
        grew.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        System.out.println("grew by (per connection): instances, bytes, class");
        for (Map.Entry<String, long[]> e : grew.subList(0, Math.min(20, grew.size()))) {
            System.out.printf("%10.2f %10.1f  %s%n", e.getValue()[0] / (double) n, e.getValue()[1] / (double) n, e.getKey());
        }
    }

    private static void feed(SessionFold fold, RowAxis axis, GrowingList store, int from, int to) {
        for (int i = from; i < to; i += 1_000) {
            fold.append(store.grow(Math.min(to, i + 1_000)));
            axis.update(fold);
            axis.dropBefore(fold.firstHeld());
        }
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Class name → {instances, bytes} of live objects (a full collection first). */
    static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> out = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] p = line.trim().split("\\s+");
            if (p.length >= 4 && p[0].endsWith(":")) {
                out.put(p[3], new long[] {Long.parseLong(p[1]), Long.parseLong(p[2])});
            }
        }
        return out;
    }
}
