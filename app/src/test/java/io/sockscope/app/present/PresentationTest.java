package io.sockscope.app.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.ui.Language;
import io.sockscope.app.ui.LoadedSession;
import io.sockscope.app.ui.MainWindow;
import io.sockscope.app.ui.SessionViewModel;
import io.sockscope.app.ui.Settings;
import io.sockscope.app.ui.Theme;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import io.sockscope.sessions.SessionReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode on a shipped sample: the clicker's keys, the step caption, blank, inspector, leaving. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class PresentationTest {
    static final Path SAMPLES = Path.of(System.getProperty("sockscope.samples", "../resources/sessions"));
    private MainWindow window;
    private SessionViewModel vm;
    private final java.util.concurrent.ExecutorService loader = java.util.concurrent.Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) throws Exception {
        window = MainWindow.reading(stage, Settings.load(Files.createTempDirectory("sockscope-settings")), loader);
        vm = window.viewModel();
        stage.show();
    }

    private Presentation present(FxRobot robot, Language lang, Theme theme, int step) throws Exception {
        Presentation p = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Presentation.open(window, lang, theme, step));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, p::ready); // folded off the FX thread
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            p.stage().requestFocus();
            p.view().requestFocus();
        });
        return p;
    }

    private void open(String sample) throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            vm.open(SAMPLES.resolve(sample));
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.sessionProperty().get() != null && !vm.events().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopLoader() {
        loader.shutdownNow();
    }

    private long position() {
        return window.transport().position();
    }

    @Test
    void pageDownAndPageUpWalkTheStepsWithTheirCaptions(FxRobot robot) throws Exception {
        open("backlog.sockscope");
        SessionFold f = window.diagram().fold();
        Presentation p = present(robot, Language.EN, Theme.LIGHT, 0);
        assertTrue(p.stage().isShowing());
        assertTrue(p.stage().isFullScreen());
        assertEquals(f.stepSeq(1) - 1, position(), "it starts at the end of step 1");
        assertEquals("Step 1 / " + f.stepCount(), p.stepLabel().getText());
        assertEquals(((Note) vm.event(f.stepSeq(0))).text(), p.captionLabel().getText());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(f.stepSeq(2) - 1, position());
        assertEquals("Step 2 / " + f.stepCount(), p.stepLabel().getText());
        assertEquals(((Note) vm.event(f.stepSeq(1))).text(), p.captionLabel().getText());
        assertEquals(f.rowOfSeq(f.stepSeq(2) - 1) + 1, p.view().shown().rowCount(), "later events are hidden");
        robot.type(KeyCode.PAGE_UP);
        assertEquals(f.stepSeq(1) - 1, position(), "back where it came from");
        assertEquals(f.rowOfSeq(f.stepSeq(1) - 1) + 1, p.view().shown().rowCount());
        robot.type(KeyCode.END);
        assertEquals("Step " + f.stepCount() + " / " + f.stepCount(), p.stepLabel().getText());
        assertEquals(f.rowCount(), p.view().shown().rowCount(), "at the end the whole session shows");
    }

    @Test
    void theStepIsSpotlightedAndTheRestDimmed(FxRobot robot) throws Exception {
        open("backlog.sockscope");
        SessionFold f = window.diagram().fold();
        Presentation p = present(robot, Language.EN, Theme.DARK, 3);
        WaitForAsyncUtils.waitForFxEvents(); // a frame paints the veil
        double[] band = p.spotlight().band();
        assertNotNull(band);
        // the band runs from the third caption's row to the last row shown
        var v = p.view().viewport();
        double z = v.zoom();
        int first = f.rowOfSeq(f.stepSeq(2));
        int last = p.view().shown().rowCount() - 1;
        assertEquals((v.y(first) - 15 + io.sockscope.app.diagram.paint.Viewport.HEAD) * z, band[0], 0.01);
        assertEquals((v.y(last) + 15 + io.sockscope.app.diagram.paint.Viewport.HEAD) * z, band[1], 0.01);
        assertTrue(band[1] <= p.view().getHeight(), "the present step is in sight");
        javafx.scene.image.WritableImage shot = WaitForAsyncUtils.waitForAsyncFx(5000, () -> p.spotlight().snapshot(transparent(), null));
        int mid = (int) ((band[0] + band[1]) / 2);
        assertEquals(0, shot.getPixelReader().getColor(40, mid).getOpacity(), 0.01, "the step is not veiled");
        int below = (int) Math.min(shot.getHeight() - 2, band[1] + 20);
        assertTrue(shot.getPixelReader().getColor(40, below).getOpacity() > 0.3, "what is after it is dimmed");
    }

    private static javafx.scene.SnapshotParameters transparent() {
        javafx.scene.SnapshotParameters sp = new javafx.scene.SnapshotParameters();
        sp.setFill(javafx.scene.paint.Color.TRANSPARENT);
        return sp;
    }

    @Test
    void bBlanksIShowsTheInspectorEscLeaves(FxRobot robot) throws Exception {
        open("backlog.sockscope");
        Presentation p = present(robot, Language.EN, Theme.LIGHT, 2);
        long at = position();
        robot.type(KeyCode.B);
        assertTrue(p.blankPane().isVisible());
        robot.type(KeyCode.B);
        assertFalse(p.blankPane().isVisible());
        assertEquals(at, position(), "blanking does not move");
        assertEquals(null, p.inspector());
        robot.type(KeyCode.I);
        assertTrue(p.inspector().isVisible());
        assertTrue(p.inspector().getScene() == p.stage().getScene());
        robot.type(KeyCode.I);
        assertFalse(p.inspector().isVisible());
        robot.type(KeyCode.ESCAPE);
        assertFalse(p.stage().isShowing());
        assertTrue(window.stage().isShowing(), "the window stays");
        robot.type(KeyCode.PAGE_DOWN); // the window's own keys again; the presentation no longer follows
        assertEquals("Step 2 / " + window.diagram().fold().stepCount(), p.stepLabel().getText());
    }

    @Test
    void aQuestionStopsTheStepBeforeItsOutcomeAndAKeyRevealsTheAnswer(FxRobot robot) throws Exception {
        List<Event> events = io.sockscope.sessions.Sessions.readAll(SAMPLES.resolve("backlog.sockscope")).events();
        io.sockscope.sessions.Lesson lesson = new io.sockscope.sessions.Lesson(
                events.stream().map(e -> e instanceof Note n && n.question() ? n.withStep(0) : e).toList());
        // a question in step 2, right after its caption
        SessionFold plain = io.sockscope.app.diagram.layout.SessionFold.of(events);
        long q = lesson.add(plain.stepSeq(1), new Note(0, 0, "What does the next connect get?", "en", 0, "下一次 connect 会得到什么？",
                io.sockscope.model.event.Quiz.choices(List.of("Refused", "A place in the queue"), List.of("被拒绝", "队列里的位置"),
                        1, "the queue still has room", "队列还有空位")));
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            vm.show(new LoadedSession(Path.of("asking.sockscope"), "asking", lesson.events()));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        SessionFold f = window.diagram().fold();
        Presentation p = present(robot, Language.ZH, Theme.LIGHT, 1);
        assertFalse(p.questionCard().isVisible(), "step 1 asks nothing");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(q, position(), "the step stops at the question");
        assertTrue(p.questionCard().isVisible());
        assertEquals("提问：下一次 connect 会得到什么？", robot.from(p.questionCard()).lookup("#questionText").queryAs(javafx.scene.control.Label.class).getText());
        assertTrue(robot.from(p.questionCard()).lookup("#questionWhy").tryQuery().isEmpty(), "not revealed yet");
        assertFalse(robot.from(p.questionCard()).lookup("#questionChoice1").queryAs(javafx.scene.control.Label.class).getText().startsWith("✓"));
        assertEquals(f.rowOfSeq(q) + 1, p.view().shown().rowCount(), "its outcome is not drawn yet");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(f.stepSeq(2) - 1, position(), "the next key shows the rest of the step");
        assertEquals("原因：队列还有空位", robot.from(p.questionCard()).lookup("#questionWhy").queryAs(javafx.scene.control.Label.class).getText());
        assertTrue(robot.from(p.questionCard()).lookup("#questionChoice1").queryAs(javafx.scene.control.Label.class).getText().startsWith("✓ B."));
        robot.type(KeyCode.PAGE_UP);
        assertEquals(q, position(), "back to the question, answer hidden again");
        assertTrue(robot.from(p.questionCard()).lookup("#questionWhy").tryQuery().isEmpty());
        robot.type(KeyCode.PAGE_UP);
        assertFalse(p.questionCard().isVisible());
    }

    @Test
    void theMouseShowsAsADotWhileItMoves(FxRobot robot) throws Exception {
        open("backlog.sockscope");
        Presentation p = present(robot, Language.EN, Theme.LIGHT, 1);
        assertFalse(p.pointerDot().showing());
        robot.moveTo(p.view()).moveBy(30, 20);
        assertTrue(p.pointerDot().showing());
        assertEquals(javafx.scene.Cursor.NONE, p.stage().getScene().getRoot().getCursor());
    }

    @Test
    void aSessionWithoutCaptionsPresentsEventByEvent(FxRobot robot) throws Exception {
        List<Event> plain = new ArrayList<>();
        try (SessionReader r = SessionReader.open(SAMPLES.resolve("backlog.sockscope"))) {
            while (r.hasNext()) {
                Event e = r.next();
                plain.add(e instanceof Note n ? new Note(n.seq(), n.t(), n.text(), n.lang(), 0) : e);
            }
        }
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            vm.show(new LoadedSession(Path.of("plain.sockscope"), "plain", plain));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Presentation p = present(robot, Language.ZH, Theme.LIGHT, 0);
        assertEquals(0, position());
        assertEquals("事件 1 / " + plain.size(), p.stepLabel().getText());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(1, position());
        assertEquals("事件 2 / " + plain.size(), p.stepLabel().getText());
        assertTrue(p.captionLabel().getText().startsWith("open"), p.captionLabel().getText());
        robot.type(KeyCode.PAGE_UP);
        assertEquals(0, position());
        assertEquals(plain.size(), p.stepCount());
    }
}
