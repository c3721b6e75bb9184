package io.sockscope.app.diagram;

import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.model.event.Event;
import java.io.File;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javax.imageio.ImageIO;

/**
 * Renders demo sessions to PNG so a person can look at them: {@code DiagramShot OUTDIR}.
 * Run with the Monocle headless properties (see app/pom.xml) or under a display.
 */
public final class DiagramShot {
    private DiagramShot() {
    }

    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "target/shots");
        if (!dir.isDirectory() && !dir.mkdirs()) {
            throw new IllegalStateException("cannot create " + dir);
        }
        for (int i = 1; i < args.length; i++) { // record on this thread, not the FX thread
            io.sockscope.app.diagram.layout.Recorded.session(args[i].split(":")[0]);
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                if (args.length > 1) {
                    for (int i = 1; i < args.length; i++) {
                        String[] spec = args[i].split(":"); // id[:first-row[:dark|time|sel|zoom|export]]
                        if (args[i].contains("export")) {
                            File f = new File(dir, args[i].replace(':', '-') + ".png");
                            new io.sockscope.app.export.Exporter(io.sockscope.app.diagram.layout.Recorded.session(spec[0]), "",
                                    new io.sockscope.app.export.ExportRequest(io.sockscope.app.export.ExportFormat.PNG,
                                            new io.sockscope.app.export.ExportStyle(args[i].contains("dark"), "en"),
                                            io.sockscope.app.export.ExportRange.all(), 0, 1, 25, 2.5, 1)).writeTo(f.toPath());
                            System.out.println("wrote " + f);
                            continue;
                        }
                        shot(io.sockscope.app.diagram.layout.Recorded.session(spec[0]),
                                args[i].contains("dark"), args[i].contains("time") ? LayoutMode.TIME : LayoutMode.STEPS,
                                args[i].contains("zoom") ? 1.6 : 1.0, spec.length > 1 && spec[1].matches("\\d+") ? Integer.parseInt(spec[1]) : 0,
                                args[i].contains("sel"), new File(dir, args[i].replace(':', '-') + ".png"));
                    }
                    return;
                }
                shot(DemoSessions.tcp(), false, LayoutMode.STEPS, 1.0, new File(dir, "tcp-light.png"));
                shot(DemoSessions.tcp(), true, LayoutMode.TIME, 1.0, new File(dir, "tcp-dark-time.png"));
                shot(DemoSessions.selectAndUdp(), false, LayoutMode.STEPS, 1.0, new File(dir, "select-udp.png"));
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    static DiagramView shot(List<Event> events, boolean dark, LayoutMode mode, double zoom, File out) throws Exception {
        return shot(events, dark, mode, zoom, 0, false, out);
    }

    static DiagramView shot(List<Event> events, boolean dark, LayoutMode mode, double zoom, int firstRow, boolean select,
                            File out) throws Exception {
        DiagramView view = new DiagramView();
        view.setDark(dark);
        view.layoutModeProperty().set(mode);
        view.zoomProperty().set(zoom);
        view.setEvents(events);
        BorderPane root = new BorderPane(view);
        root.setBottom(view.createLegend());
        Scene scene = new Scene(root, 1600, 1000);
        if (dark) {
            root.setStyle("-fx-base: #222931; -fx-background-color: #15191E;");
        }
        root.applyCss();
        root.layout();
        if (firstRow > 0) {
            var row = view.fold().rows().get(Math.min(firstRow, view.fold().rowCount() - 1));
            view.reveal(row.seq());
            if (select) {
                view.selectionProperty().set(HitTest.at(row, null));
            }
        }
        view.redrawNow();
        WritableImage img = root.snapshot(null, null);
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out);
        System.out.println("wrote " + out + " (" + scene.getWidth() + "x" + scene.getHeight() + ", "
                + view.fold().rowCount() + " rows)");
        return view;
    }
}
