package io.sockscope.app.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sockscope.app.diagram.paint.DiagramPainter;
import io.sockscope.app.diagram.paint.Viewport;
import io.sockscope.app.diagram.surface.RecordingSurface;
import io.sockscope.model.event.Event;
import io.sockscope.sessions.Sessions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's diagram at event k is the same whether k was reached stepping forward or back. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SeekBackViewTest {
    private static final Path SAMPLES = Path.of(System.getProperty("sockscope.samples", "../resources/sessions"));
    private DiagramView view;

    @Start
    void start(Stage stage) {
        view = new DiagramView();
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }

    @Test
    void stepsBackDrawWhatStepsForwardDrew() throws Exception {
        for (String sample : List.of("tcp-echo", "many-clients", "udp-overflow", "select-server")) {
            List<Event> events = Sessions.readAll(SAMPLES.resolve(sample + ".sockscope")).events();
            int n = events.size();
            fx(() -> view.setEvents(events));
            for (long k : List.of(3L, n / 3L, n / 2L, n - 5L)) {
                List<String> forward = fx(() -> {
                    for (long i = 0; i <= k; i++) {
                        view.showUpTo(i);
                    }
                    return drawing();
                });
                List<String> back = fx(() -> {
                    view.showUpTo(-1);
                    view.showUpTo(n - 2);
                    view.showUpTo(k + 1);
                    view.showUpTo(k);
                    return drawing();
                });
                assertEquals(String.join("\n", forward), String.join("\n", back), sample + " at event " + k);
            }
        }
    }

    /** What the view draws now, all of it from the top (scrolling is the reader's, not the moment's). */
    private List<String> drawing() {
        Viewport v = view.viewport();
        Viewport all = new Viewport(v.fold(), v.axis(), v.cols(), v.palette(), v.width(),
                (v.axis().height() + Viewport.HEAD) * v.zoom() + 60, v.zoom(), 0, 0, null,
                new Viewport.Fonts(v.font(), v.small(), v.bold()));
        RecordingSurface surface = new RecordingSurface(RecordingSurface.fixedMetrics());
        new DiagramPainter().paint(surface, all);
        return surface.lines();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(30, TimeUnit.SECONDS);
    }
}
