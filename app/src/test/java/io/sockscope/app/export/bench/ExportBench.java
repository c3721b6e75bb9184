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
        int warmUps = 3;
        int rounds = 5;
        long[] svgWall = new long[rounds];
        long[] svgCpu = new long[rounds];
        long[] svgThread = new long[rounds];
        long[] plantWall = new long[rounds];
        long[] plantCpu = new long[rounds];
        long[] plantThread = new long[rounds];
        int svgBytes = 0;
        // In turns, so both meet the same load; the first rounds of each only warm up (class loading, JIT)
        for (int i = -warmUps; i < rounds; i++) {
            long c = cpu();
            long t = threadCpu();
            long a = System.nanoTime();
            new Exporter(events, "bench", ExportRequest.of(ExportFormat.SVG)).writeTo(svg);
            long wall = System.nanoTime() - a;
            long used = cpu() - c;
            long usedThread = threadCpu() - t;
            c = cpu();
            t = threadCpu();
            a = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SourceStringReader(text).outputImage(out, new FileFormatOption(FileFormat.SVG));
            if (i >= 0) {
                plantWall[i] = System.nanoTime() - a;
                plantCpu[i] = cpu() - c;
                plantThread[i] = threadCpu() - t;
                svgWall[i] = wall;
                svgCpu[i] = used;
                svgThread[i] = usedThread;
            }
            svgBytes = out.size();
        }
        System.out.printf(Locale.ROOT, "measured: median of %d runs each, in turns, after %d warm-up runs each%n", rounds,
                warmUps);
        System.out.printf(Locale.ROOT, "SVG export: %.0f ms wall, %.0f ms CPU (process), %.0f ms CPU (thread), %.1f MB%n",
                median(svgWall) / 1e6, median(svgCpu) / 1e6, median(svgThread) / 1e6, Files.size(svg) / 1e6);
        System.out.printf(Locale.ROOT, "PlantUML rendering our .puml (%d lines, written in %.0f ms) to SVG: %.0f ms wall,"
                + " %.0f ms CPU (process), %.0f ms CPU (thread), %.1f MB%n", text.lines().count(), pumlWrite / 1e6,
                median(plantWall) / 1e6, median(plantCpu) / 1e6, median(plantThread) / 1e6, svgBytes / 1e6);
        System.out.printf(Locale.ROOT, "ratio: PlantUML takes %.1fx as long (wall), %.1fx the CPU (process), %.1fx (thread)%n",
                median(plantWall) / median(svgWall), median(plantCpu) / median(svgCpu),
                median(plantThread) / median(svgThread));

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
