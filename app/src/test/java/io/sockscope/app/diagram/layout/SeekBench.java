package io.sockscope.app.diagram.layout;

import io.sockscope.app.diagram.DiagramView;
import io.sockscope.app.diagram.Selection;
import io.sockscope.app.diagram.bench.SyntheticSession;
import io.sockscope.model.event.Event;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionWriter;
import io.sockscope.sessions.WriterOptions;
import io.sockscope.sessions.store.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * {@code bench/run seek [events] [seeks]}: writes a synthetic session of a million events, opens
 * it as a file store, folds it once (as the window does on open), then seeks to random events:
 * the socket states at k alone (a checkpoint and a short fold of events read back from the file);
 * the whole seek in the window's diagram at 1920×1080 (states at k, event k selected, the view
 * cut after k and scrolled to it, one frame painted); and a presentation step forward and back
 * (the presentation's diagram at its 1920×1080 zoom, one frame painted). A frame is timed as
 * its canvas commands recorded, and again with the canvases rasterised and read back (a
 * snapshot, so an upper bound).
 */
public final class SeekBench {
    private static final int W = 1920;
    private static final int H = 1080;
    /** Seeks not timed first, so the JIT has settled. */
    private static final int WARM = 20;

    private SeekBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int seeks = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path file = Files.createTempFile("sockscope-seek", ".sockscope");
        try {
            List<Event> events = SyntheticSession.generate(n, 42);
            try (SessionWriter w = SessionWriter.open(file, SessionHeader.create("seek bench", "", "en"),
                    WriterOptions.defaults())) {
                events.forEach(w);
            }
            events = null;
            System.out.printf("file: %,d events, %,d bytes%n", n, Files.size(file));
            long t0 = System.nanoTime();
            try (FileStore store = FileStore.open(file)) {
                long t1 = System.nanoTime();
                List<Event> list = new AbstractList<>() {
                    @Override
                    public Event get(int i) {
                        return store.get(i);
                    }

                    @Override
                    public int size() {
                        return (int) store.size();
                    }
                };
                SessionFold fold = SessionFold.of(list);
                long t2 = System.nanoTime();
                System.gc();
                Runtime rt = Runtime.getRuntime();
                System.out.printf("open (index) %.0f ms, fold %.0f ms, %d checkpoints, heap in use after open %.0f MiB%n",
                        (t1 - t0) / 1e6, (t2 - t1) / 1e6, fold.checkpointCount(),
                        (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
                Random random = new Random(7);
                double[] state = new double[seeks];
                for (int i = 0; i < seeks; i++) {
                    long k = random.nextInt(n);
                    long a = System.nanoTime();
                    SocketStates s = fold.statesAfter(k);
                    state[i] = (System.nanoTime() - a) / 1e6;
                    if (s.folded() != k + 1) {
                        throw new AssertionError("seek to " + k + " folded " + s.folded());
                    }
                }
                report("seek: socket states at a random event", state);
                fold = null;
                frames(list, n, seeks);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The window's seek and the presentation's step, each painting one 1920×1080 frame, on the FX thread. */
    private static void frames(List<Event> list, int n, int seeks) throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        java.util.concurrent.FutureTask<Void> task = new java.util.concurrent.FutureTask<>(() -> {
            window(list, n, seeks);
            presentation(list, n, seeks);
            return null;
        });
        Platform.runLater(task);
        task.get();
        Platform.exit();
    }

    private static void window(List<Event> list, int n, int seeks) {
        DiagramView view = new DiagramView();
        Stage stage = new Stage();
        stage.setScene(new Scene(view, W + 14, H + 14)); // the canvas is the view less its scroll bars
        stage.show();
        long a = System.nanoTime();
        view.setEvents(list);
        view.layout();
        System.out.printf("window diagram: fold and lay out %.0f ms, canvas %.0fx%.0f%n", (System.nanoTime() - a) / 1e6,
                canvas(view, 0).getWidth(), canvas(view, 0).getHeight());
        Random random = new Random(11);
        double[] paint = new double[seeks];
        double[] raster = new double[seeks];
        double[][] phase = new double[3][seeks];
        double[] cpu = new double[seeks];
        for (int i = -WARM; i < seeks; i++) {
            long k = random.nextInt(n - 1);
            long c = cpuNanos();
            long t = System.nanoTime();
            SocketStates s = view.fold().statesAfter(k);
            long stated = System.nanoTime();
            Event e = list.get((int) k);
            view.selectionProperty().set(new Selection(e.socket(), k, true));
            view.showUpTo(k);
            view.reveal(k);
            long cut = System.nanoTime();
            view.redrawNow();
            long painted = System.nanoTime();
            rasterise(view);
            if (i >= 0) {
                paint[i] = (painted - t) / 1e6;
                raster[i] = (System.nanoTime() - t) / 1e6;
                phase[0][i] = (stated - t) / 1e6;
                phase[1][i] = (cut - stated) / 1e6;
                phase[2][i] = (painted - cut) / 1e6;
                cpu[i] = (cpuNanos() - c) / 1e6;
            }
            if (s.folded() != k + 1 || view.shown().rowCount() != view.fold().rowOfSeq(k) + 1) {
                throw new AssertionError("seek to " + k + " shows " + view.shown().rowCount() + " rows");
            }
        }
        report("window seek 1920x1080 (states at k + cut + one frame's canvas commands)", paint);
        report("window seek 1920x1080, frame rasterised and read back", raster);
        report("window seek 1920x1080, frame rasterised and read back, CPU time of all threads", cpu);
        report("  of which socket states at k", phase[0]);
        report("  of which selecting k, cutting after it and scrolling to it", phase[1]);
        report("  of which the frame's canvas commands", phase[2]);
        System.out.printf("  (%d lifelines, %d columns shown at the last seek)%n", view.fold().lifelines().size(),
                view.viewport().cols().columns().size());
        stage.close();
    }

    private static void presentation(List<Event> list, int n, int seeks) {
        long a = System.nanoTime();
        io.sockscope.app.present.PresentedSteps p = new io.sockscope.app.present.PresentedSteps(list);
        Stage stage = new Stage();
        stage.setScene(new Scene(p.view(), W + 14, H + 14));
        stage.show();
        p.view().layout();
        System.out.printf("presentation diagram: fold and lay out %.0f ms, zoom %.1f%n", (System.nanoTime() - a) / 1e6,
                p.view().zoomProperty().get());
        Random random = new Random(13);
        double[][] ms = new double[6][seeks];
        for (int i = -WARM; i < seeks; i++) {
            long k = 1 + random.nextInt(n - 3);
            p.show(k);
            p.view().redrawNow();
            for (int dir = 0; dir < 2; dir++) { // a step forward to k + 1, then back to k
                long c = cpuNanos();
                long t = System.nanoTime();
                p.show(dir == 0 ? k + 1 : k);
                p.view().redrawNow();
                long painted = System.nanoTime();
                rasterise(p.view());
                if (i >= 0) {
                    ms[dir * 2][i] = (painted - t) / 1e6;
                    ms[dir * 2 + 1][i] = (System.nanoTime() - t) / 1e6;
                    ms[4 + dir][i] = (cpuNanos() - c) / 1e6;
                }
            }
        }
        report("presentation step forward, one 1920x1080 frame's canvas commands", ms[0]);
        report("presentation step forward, frame rasterised and read back", ms[1]);
        report("presentation step back, one 1920x1080 frame's canvas commands", ms[2]);
        report("presentation step back, frame rasterised and read back", ms[3]);
        report("presentation step forward, rasterised, CPU time of all threads", ms[4]);
        report("presentation step back, rasterised, CPU time of all threads", ms[5]);
        stage.close();
    }

    /** Forces the canvases' commands through the software rasteriser (and reads the pixels back). */
    private static void rasterise(DiagramView view) {
        for (int c = 0; c < 2; c++) {
            Canvas canvas = canvas(view, c);
            canvas.snapshot(new SnapshotParameters(), new WritableImage((int) canvas.getWidth(), (int) canvas.getHeight()));
        }
    }

    private static Canvas canvas(DiagramView view, int i) {
        return (Canvas) view.getChildrenUnmodifiable().get(i);
    }

    /** CPU time used so far by all threads of this JVM (the FX thread, the renderer and the collector). */
    private static long cpuNanos() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : mx.getAllThreadIds()) {
            sum += Math.max(0, mx.getThreadCpuTime(id));
        }
        return sum;
    }

    private static void report(String what, double[] ms) {
        Arrays.sort(ms);
        System.out.printf("%s: %d runs, median %.2f ms, 90th %.2f ms, max %.2f ms%n", what, ms.length,
                ms[ms.length / 2], ms[(int) (ms.length * 0.9)], ms[ms.length - 1]);
    }
}
