package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.transport.TimelineView;
import io.sockscope.model.event.Note;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The transport's keys, buttons and timeline on a shipped sample opened from its file. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TransportWindowTest {
    private static final Path SAMPLE = Path.of(System.getProperty("sockscope.samples", "../resources/sessions"))
            .resolve("select-server.sockscope");
    private MainWindow window;
    private SessionViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        vm = new SessionViewModel(Runnable::run, SessionFiles.SOURCE);
        window = new MainWindow(stage, Settings.load(Files.createTempDirectory("sockscope-settings")), vm);
        stage.show();
        vm.open(SAMPLE);
    }

    private SessionFold whole() {
        return window.diagram().fold();
    }

    private long position() {
        return window.transport().position();
    }

    private int rowsShown() {
        return window.diagram().view().shown().rowCount();
    }

    private String caption(FxRobot robot) {
        return robot.lookup("#captionText").queryAs(Label.class).getText();
    }

    @Test
    void spaceShowsOneWholeStepAtATimeAndShiftSpaceTakesItBack(FxRobot robot) {
        SessionFold f = whole();
        assertTrue(f.stepCount() >= 3, "the sample has captions");
        robot.clickOn("#diagram");
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.SPACE);
        assertEquals(f.stepSeq(1) - 1, position(), "the end of step 1: just before caption 2");
        assertEquals(((Note) vm.event(f.stepSeq(0))).text(), caption(robot));
        assertEquals(f.rowOfSeq(position()) + 1, rowsShown(), "later events are hidden");
        robot.type(KeyCode.SPACE);
        assertEquals(f.stepSeq(2) - 1, position());
        assertEquals(((Note) vm.event(f.stepSeq(1))).text(), caption(robot));
        robot.press(KeyCode.SHIFT).type(KeyCode.SPACE).release(KeyCode.SHIFT);
        assertEquals(f.stepSeq(1) - 1, position(), "back exactly where the step forward came from");
        assertEquals(f.rowOfSeq(position()) + 1, rowsShown());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(f.stepSeq(2) - 1, position());
        robot.type(KeyCode.PAGE_UP);
        assertEquals(f.stepSeq(1) - 1, position());
        robot.type(KeyCode.RIGHT);
        assertEquals(f.stepSeq(2) - 1, position());
        robot.type(KeyCode.LEFT);
        assertEquals(f.stepSeq(1) - 1, position());
    }

    @Test
    void arrowsMoveOneEventAndHomeAndEndGoToTheEdges(FxRobot robot) {
        robot.clickOn("#diagram");
        robot.type(KeyCode.HOME);
        assertEquals(0, position());
        assertEquals(0, vm.selectionProperty().get().seq(), "the position is the selected event");
        robot.type(KeyCode.DOWN);
        assertEquals(1, position());
        robot.type(KeyCode.UP);
        assertEquals(0, position());
        robot.type(KeyCode.END);
        assertEquals(vm.events().size() - 1, position());
        assertEquals(whole().rowCount(), rowsShown(), "at the end every row shows");
    }

    @Test
    void clickingTheTimelineSeeksThere(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        long target = vm.events().size() / 2;
        Point2D at = WaitForAsyncUtils.waitForAsyncFx(5000, () -> timeline.localToScreen(timeline.xOf(target), timeline.getHeight() / 2));
        robot.clickOn(at);
        assertEquals(target, position());
        assertEquals(target, vm.selectionProperty().get().seq());
        assertEquals(whole().rowOfSeq(target) + 1, rowsShown());
    }

    @Test
    void showingLaterEventsAgainDrawsTheWholeSession(FxRobot robot) {
        robot.clickOn("#diagram");
        robot.type(KeyCode.HOME);
        assertEquals(1, rowsShown());
        robot.clickOn("#transportHideLater");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!robot.lookup("#transportHideLater").queryAs(ToggleButton.class).isSelected());
        assertEquals(whole().rowCount(), rowsShown());
        assertEquals(0, position(), "the position stays");
    }

    @Test
    void thePlayButtonPlaysToTheEnd(FxRobot robot) {
        java.util.List<Long> visited = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> {
            window.transport().paceProperty().set(io.sockscope.app.transport.Pace.realTime(0.5));
            window.transport().positionProperty().addListener((o, a, b) -> visited.add(b.longValue()));
        });
        robot.clickOn("#transportPlay");
        long last = vm.events().size() - 1;
        while (position() < last) {
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!window.transport().playingProperty().get(), "stops at the end");
        assertTrue(visited.size() > 2, "went through the session, not straight to its end: " + visited);
        assertEquals(visited.stream().sorted().toList(), visited, "forward only");
    }
}
