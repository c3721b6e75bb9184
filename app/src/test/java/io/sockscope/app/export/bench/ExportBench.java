package io.sockscope.app.export.bench;

import io.sockscope.app.diagram.bench.SyntheticSession;
import io.sockscope.app.export.ExportFormat;
import io.sockscope.app.export.ExportRange;
import io.sockscope.app.export.ExportRequest;
import io.sockscope.app.export.ExportStyle;
import io.sockscope.app.export.Exporter;
import io.sockscope.model.event.Event;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;

/**
 * {@code bench/run export [events] [frames]}: a synthetic session exported to SVG, side by side
 * with PlantUML rendering the .puml we export for the same session; then the replay as GIF and
 * (with ffmpeg) MP4 at 1280x720, one frame per event, in frames per second.
 */
public final class ExportBench {
    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<Event> events = SyntheticSession.generate(size, 1);
        Path dir = Files.createTempDirectory("sockscope-export-bench");
        System.out.printf(Locale.ROOT, "session: %d events, %d CPUs%n", events.size(), Runtime.getRuntime().availableProcessors());

        Path svg = dir.resolve("s.svg");
        Path puml = dir.resolve("s.puml");
        long pumlWrite = time(() -> new Exporter(events, "bench", ExportRequest.of(ExportFormat.PUML)).writeTo(puml));
        String text = Files.readString(puml);
        // In turns, so both meet the same load. The first runs of a fresh JVM are reported apart
        // (what a one-off export meets: code still interpreted or compiled without its profile);
        // then both sides run until the JIT has settled, and the settled runs are measured. On two
        // shared cores the compiler threads finish with our exporter only after 25-40 runs (its
        // thread CPU per run falls from ~60 ms to ~25 ms there), hence 40 warm-ups of each.
        int early = 3;
        int warmUps = 40;
        int rounds = 15;
        Side ours = new Side(early, rounds);
        Side plant = new Side(early, rounds);
        int svgBytes = 0;
        for (int i = 0; i < early + warmUps + rounds; i++) {
            int slot = i < early ? i : i - early - warmUps;
            boolean settled = i >= early + warmUps;
            ours.run(i < early, settled, slot,
                    () -> new Exporter(events, "bench", ExportRequest.of(ExportFormat.SVG)).writeTo(svg));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            plant.run(i < early, settled, slot,
                    () -> new SourceStringReader(text).outputImage(out, new FileFormatOption(FileFormat.SVG)));
            svgBytes = out.size();
        }
        System.out.printf(Locale.ROOT, "PlantUML renders our .puml (%d lines, written in %.0f ms) to SVG, %.1f MB; ours %.1f MB%n",
                text.lines().count(), pumlWrite / 1e6, svgBytes / 1e6, Files.size(svg) / 1e6);
        System.out.printf(Locale.ROOT, "first %d runs of a fresh JVM, median:%n", early);
        report(ours.earlyWall, ours.earlyCpu, ours.earlyThread, plant.earlyWall, plant.earlyCpu, plant.earlyThread);
        System.out.printf(Locale.ROOT, "settled (after %d more runs of each), median of %d runs each, in turns:%n", warmUps,
                rounds);
        report(ours.wall, ours.cpu, ours.thread, plant.wall, plant.cpu, plant.thread);

        ExportRange range = new ExportRange(ExportRange.Kind.EVENTS, 0, frames - 1);
        ExportStyle style = new ExportStyle(false, "en");
        for (ExportFormat f : new ExportFormat[] {ExportFormat.GIF, ExportFormat.MP4}) {
            Path out = dir.resolve("r." + f.extension());
            // speed 1000 and 25 fps: every event is one video frame, so frames/s is the encoder's pace too
            ExportRequest r = new ExportRequest(f, style, range, 1280, 1, 25, 2.5, 1000);
            try {
                long t = time(() -> new Exporter(events, "bench", r).writeTo(out));
                System.out.printf(Locale.ROOT, "%s 1280x720, %d frames: %.1f s, %.1f frames/s, %.1f MB%n", f.extension(),
                        frames, t / 1e9, frames / (t / 1e9), Files.size(out) / 1e6);
            } catch (RuntimeException e) {
                System.out.println(f.extension() + ": not measured: " + e.getMessage());
            }
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    /** One side's timings: the first runs of the JVM, and the settled ones. */
    private static final class Side {
        final long[] earlyWall;
        final long[] earlyCpu;
        final long[] earlyThread;
        final long[] wall;
        final long[] cpu;
        final long[] thread;

        Side(int early, int rounds) {
            earlyWall = new long[early];
            earlyCpu = new long[early];
            earlyThread = new long[early];
            wall = new long[rounds];
            cpu = new long[rounds];
            thread = new long[rounds];
        }

        void run(boolean isEarly, boolean settled, int slot, Work w) throws Exception {
            long c = cpu();
            long t = threadCpu();
            long a = System.nanoTime();
            w.run();
            long usedWall = System.nanoTime() - a;
            long usedCpu = cpu() - c;
            long usedThread = threadCpu() - t;
            if (isEarly) {
                earlyWall[slot] = usedWall;
                earlyCpu[slot] = usedCpu;
                earlyThread[slot] = usedThread;
            } else if (settled) {
                wall[slot] = usedWall;
                cpu[slot] = usedCpu;
                thread[slot] = usedThread;
            }
        }
    }

    private static void report(long[] wall, long[] cpu, long[] thread, long[] pWall, long[] pCpu, long[] pThread) {
        System.out.printf(Locale.ROOT, "  SVG export: %.0f ms wall, %.0f ms CPU (process), %.0f ms CPU (thread)%n",
                median(wall) / 1e6, median(cpu) / 1e6, median(thread) / 1e6);
        System.out.printf(Locale.ROOT, "  PlantUML:   %.0f ms wall, %.0f ms CPU (process), %.0f ms CPU (thread)%n",
                median(pWall) / 1e6, median(pCpu) / 1e6, median(pThread) / 1e6);
        System.out.printf(Locale.ROOT, "  ratio: PlantUML takes %.1fx as long (wall), %.1fx the CPU (process), %.1fx (thread)%n",
                median(pWall) / median(wall), median(pCpu) / median(cpu), median(pThread) / median(thread));
    }

    /** CPU time of the whole JVM (JIT and GC included), steadier than wall time on a busy machine. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * CPU time of this thread only: leaves out JIT and GC threads, whose work may belong to the
     * other side of the comparison (a compile queued during one run finishes during the next).
     */
    private static long threadCpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long time(Work w) throws Exception {
        long a = System.nanoTime();
        w.run();
        return System.nanoTime() - a;
    }

    private static double median(long[] xs) {
        long[] c = xs.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
