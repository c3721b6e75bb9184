package io.sockscope.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.app.diagram.layout.text.TextPlan;
import io.sockscope.app.diagram.paint.Viewport;
import io.sockscope.app.diagram.paint.fx.CanvasSurface;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.sessions.Sessions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A group label ("4 sends · 45 B") opens on a click: its rows grow until each send has its own label. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OpenGroupTest {
    private static final Path SAMPLE = Path.of(System.getProperty("sockscope.samples", "../resources/sessions"))
            .resolve("partial-send.sockscope");
    private DiagramView view;

    @Start
    void start(Stage stage) throws Exception {
        List<Event> events = Sessions.readAll(SAMPLE).events();
        view = new DiagramView();
        view.setEvents(events);
        stage.setScene(new Scene(view, 1200, 900));
        stage.show();
    }

    private TextPlan plan() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> view.viewport().plan(new CanvasSurface(
                new javafx.scene.canvas.Canvas(1, 1).getGraphicsContext2D()))).get();
    }

    @Test
    void clickingAGroupLabelOpensItIntoOneLabelPerSend(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        TextPlan before = plan();
        assertThat(before.texts()).as("the sample's sends are grouped at this size").anyMatch(t -> t.kind() == TextPlan.Kind.BURST);
        String socket = before.bursts().get(0).socket();
        for (int click = 0; click < 4 && plan().texts().stream().anyMatch(t -> t.kind() == TextPlan.Kind.BURST); click++) {
            TextPlan now = plan();
            TextPlan.Text g = now.texts().stream().filter(t -> t.kind() == TextPlan.Kind.BURST).findFirst().orElseThrow();
            Viewport w = WaitForAsyncUtils.asyncFx(() -> view.viewport()).get();
            Point2D p = WaitForAsyncUtils.asyncFx(() -> view.localToScreen((g.box().centreX() - w.scrollX()) * w.zoom(),
                    (g.box().centreY() - w.scrollY() + Viewport.HEAD) * w.zoom())).get();
            robot.clickOn(p);
            WaitForAsyncUtils.waitForFxEvents();
        }
        TextPlan after = plan();
        assertThat(after.bursts()).as("the group came apart").isEmpty();
        long sends = view.fold().rows().stream().filter(r -> r.event().type() == EventType.SEND && socket.equals(r.event().socket())).count();
        long labelled = after.texts().stream().filter(t -> t.kind() == TextPlan.Kind.CALL)
                .filter(t -> view.fold().rows().get(view.fold().rowOfSeq(t.seq())).event().type() == EventType.SEND).count();
        assertThat(labelled).as("each send has its own label").isEqualTo(sends);
        assertThat(view.selectionProperty().get()).as("opening a group selects nothing").isNull();
    }
}
