package io.sockscope.app.diagram.bench;

import io.sockscope.app.diagram.DiagramView;
import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.paint.DiagramPainter;
import io.sockscope.app.diagram.paint.Viewport;
import io.sockscope.model.event.Event;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Benchmark: fold a 100,000-event session and draw 1600×1000 frames with the software pipeline.
 * Run with {@code -Dprism.order=sw} and Monocle headless (or under a display). Prints medians.
 * A frame is timed twice: recording the canvas commands, and recording plus rasterising
 * (forced by snapshotting the canvas, whose read-back is included, so it is an upper bound).
 */
public final class FrameBench {
    private FrameBench() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<Event> events = SyntheticSession.generate(size, 42);
        long[] fold = new long[7];
        SessionFold f = null;
        long[] foldCpu = new long[fold.length];
        for (int i = 0; i < fold.length; i++) {
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            f = SessionFold.of(events);
            new RowAxis(LayoutMode.STEPS).update(f);
            f.arrows();
            fold[i] = System.nanoTime() - t0;
            foldCpu[i] = cpuNanos() - c0;
        }
        System.out.printf(Locale.ROOT, "events %d, rows %d, lifelines %d, arrows %d, marks %d%n",
                events.size(), f.rowCount(), f.lifelines().size(), f.arrows().size(), f.marks().size());
        System.out.printf(Locale.ROOT, "fold+layout: median %.1f ms wall, %.1f ms CPU (first run %.1f ms wall)%n",
                median(fold) / 1e6, median(foldCpu) / 1e6, fold[0] / 1e6);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                frames(events);
            } catch (RuntimeException e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void frames(List<Event> events) {
        DiagramView view = new DiagramView();
        Stage stage = new Stage();
        stage.setScene(new Scene(view, 1600 + 14, 1000 + 14));
        stage.show();
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        view.setEvents(events);
        view.layout();
        view.redrawNow();
        Canvas canvas = (Canvas) view.getChildrenUnmodifiable().get(0);
        WritableImage img = new WritableImage(1600, 1000);
        canvas.snapshot(new SnapshotParameters(), img);
        long first = System.nanoTime() - t0;
        long firstCpu = cpuNanos() - c0;
        System.out.printf(Locale.ROOT, "setEvents + first frame (rasterised): %.1f ms wall, %.1f ms CPU, canvas %.0fx%.0f%n",
                first / 1e6, firstCpu / 1e6, canvas.getWidth(), canvas.getHeight());
        Canvas heads = (Canvas) view.getChildrenUnmodifiable().get(1);
        WritableImage headImg = new WritableImage((int) heads.getWidth(), (int) heads.getHeight());
        scroll(view, canvas, heads, img, headImg, 40); // warm-up: let the JIT settle
        for (LayoutMode mode : LayoutMode.values()) {
            view.layoutModeProperty().set(mode);
            view.layout();
            long[] cpu = scroll(view, canvas, heads, img, headImg, 120);
            System.out.printf(Locale.ROOT, "%s scrolling 3 rows a frame, 1600x1000: CPU median %.2f ms a frame "
                    + "(drawing, rasterising, and read-back of both canvases)%n", mode, median(cpu) / 1e6);
        }
        DiagramPainter painter = new DiagramPainter();
        Random rnd = new Random(1);
        for (double zoom : new double[] {1.0, 0.7}) {
            jumps(view, canvas, img, painter, rnd, zoom);
        }
        if (Boolean.getBoolean("bench.layers")) {
            layers(view, canvas, img);
        }
        long[] snapOnly = new long[30];
        for (int i = 0; i < snapOnly.length; i++) {
            long a = System.nanoTime();
            canvas.snapshot(new SnapshotParameters(), img);
            snapOnly[i] = System.nanoTime() - a;
        }
        System.out.printf(Locale.ROOT, "snapshot of an unchanged canvas (read-back cost alone): median %.2f ms, best %.2f ms%n",
                median(snapOnly) / 1e6, Arrays.stream(snapOnly).min().getAsLong() / 1e6);
        stage.close();
    }

    /** Random jumps over the session at {@code zoom}, every frame redrawn whole on one canvas. */
    private static void jumps(DiagramView view, Canvas canvas, WritableImage img, DiagramPainter painter, Random rnd, double zoom) {
        for (LayoutMode mode : LayoutMode.values()) {
            view.layoutModeProperty().set(mode);
            int n = 60;
            long[] record = new long[n];
            long[] full = new long[n];
            long[] cpu = new long[n];
            for (int i = 0; i < n; i++) {
                Viewport base = view.viewport();
                double y = rnd.nextDouble() * base.axis().height();
                double x = rnd.nextDouble() * Math.max(0, base.cols().width() - 1600 / zoom);
                Viewport v = new Viewport(base.fold(), base.axis(), base.cols(), base.palette(), 1600, 1000, zoom,
                        x, y, null, new Viewport.Fonts(base.font(), base.small(), base.bold()));
                long c = cpuNanos();
                long a = System.nanoTime();
                painter.paint(new io.sockscope.app.diagram.paint.fx.CanvasSurface(canvas.getGraphicsContext2D()), v);
                record[i] = System.nanoTime() - a;
                canvas.snapshot(new SnapshotParameters(), img);
                full[i] = System.nanoTime() - a;
                cpu[i] = cpuNanos() - c;
            }
            System.out.printf(Locale.ROOT, "%s zoom %.1f random jumps (all redrawn, one canvas): CPU median %.2f ms a frame%n",
                    mode, zoom, median(cpu) / 1e6);
            System.out.printf(Locale.ROOT, "%s zoom %.1f frame 1600x1000: record median %.2f ms; record+rasterise+readback median %.2f ms, best %.2f ms%n",
                    mode, zoom, median(record) / 1e6, median(full) / 1e6, Arrays.stream(full).min().getAsLong() / 1e6);
        }
    }

    /** Scrolls down from a random point frame by frame, as a user does; returns CPU nanos per frame. */
    private static long[] scroll(DiagramView view, Canvas canvas, Canvas heads, WritableImage img, WritableImage headImg, int n) {
        javafx.scene.control.ScrollBar bar = (javafx.scene.control.ScrollBar) view.getChildrenUnmodifiable().get(2);
        bar.setValue(bar.getMax() * 0.37);
        long[] cpu = new long[n];
        for (int i = 0; i < n; i++) {
            long c = cpuNanos();
            bar.setValue(Math.min(bar.getMax(), bar.getValue() + RowAxis.STEP * 3));
            view.redrawNow();
            canvas.snapshot(new SnapshotParameters(), img);
            heads.snapshot(new SnapshotParameters(), headImg);
            cpu[i] = cpuNanos() - c;
        }
        return cpu;
    }

    /** Cost of each layer alone (record + rasterise), to find what to optimise. */
    private static void layers(DiagramView view, Canvas canvas, WritableImage img) {
        view.layoutModeProperty().set(LayoutMode.STEPS);
        List<io.sockscope.app.diagram.paint.Layer> all = List.of(new io.sockscope.app.diagram.paint.GridLayer(),
                new io.sockscope.app.diagram.paint.BandLayer(), new io.sockscope.app.diagram.paint.LifelineLayer(),
                new io.sockscope.app.diagram.paint.ActivationLayer(), new io.sockscope.app.diagram.paint.SignalLayer(),
                new io.sockscope.app.diagram.paint.ArrowLayer(), new io.sockscope.app.diagram.paint.CaptionLayer(),
                new io.sockscope.app.diagram.paint.LabelLayer(),
                new io.sockscope.app.diagram.paint.MarkLayer(), new io.sockscope.app.diagram.paint.HeadLayer(),
                new io.sockscope.app.diagram.paint.GutterLayer());
        Random rnd = new Random(2);
        for (io.sockscope.app.diagram.paint.Layer layer : all) {
            long[] full = new long[20];
            for (int i = 0; i < full.length; i++) {
                Viewport base = view.viewport();
                Viewport v = new Viewport(base.fold(), base.axis(), base.cols(), base.palette(), 1600, 1000, 1.0,
                        rnd.nextDouble() * Math.max(0, base.cols().width() - 1600), rnd.nextDouble() * (Boolean.getBoolean("bench.top") ? 2000 : base.axis().height()),
                        null, new Viewport.Fonts(base.font(), base.small(), base.bold()));
                var gc = new io.sockscope.app.diagram.paint.fx.CanvasSurface(canvas.getGraphicsContext2D());
                long a = cpuNanos();
                gc.setTransform(1, 0, 0, 1, 0, 0);
                gc.setFill(v.palette().background());
                gc.fillRect(0, 0, 1600, 1000);
                gc.setTransform(1, 0, 0, 1, 0, Viewport.HEAD);
                layer.draw(gc, v);
                canvas.snapshot(new SnapshotParameters(), img);
                full[i] = cpuNanos() - a;
            }
            System.out.printf(Locale.ROOT, "  layer %s (CPU, with background and read-back): %.2f ms%n", layer.getClass().getSimpleName(), median(full) / 1e6);
        }
    }

    /** CPU time used so far by all threads of this JVM (the FX thread and the renderer included). */
    static long cpuNanos() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : mx.getAllThreadIds()) {
            long t = mx.getThreadCpuTime(id);
            if (t > 0) {
                sum += t;
            }
        }
        return sum;
    }

    private static double median(long[] xs) {
        long[] c = xs.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
