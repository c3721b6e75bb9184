package io.sockscope.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.ui.MainWindow;
import io.sockscope.app.ui.SessionViewModel;
import io.sockscope.app.ui.Settings;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import io.sockscope.sessions.SessionStats;
import io.sockscope.sessions.Sessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
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

/** The teacher's own lesson: Ctrl+M adds a caption or question, edit and delete, Save As writes a new file. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class LessonEditorTest {
    static final Path SAMPLES = Path.of(System.getProperty("sockscope.samples", "../resources/sessions"));
    private MainWindow window;
    private LessonEditor lessons;
    private SessionViewModel vm;
    private final java.util.concurrent.ExecutorService loader = java.util.concurrent.Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) throws Exception {
        window = MainWindow.reading(stage, Settings.load(Files.createTempDirectory("sockscope-settings")), loader);
        vm = window.viewModel();
        lessons = LessonEditor.attach(window);
        stage.show();
    }

    @AfterEach
    void stopLoader() {
        loader.shutdownNow();
    }

    private Path copyOf(String sample) throws Exception {
        Path dir = Files.createTempDirectory("sockscope-lesson");
        return Files.copy(SAMPLES.resolve(sample), dir.resolve(sample));
    }

    private void open(Path file) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            vm.open(file);
            return null;
        });
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.sessionProperty().get() != null
                    && vm.sessionProperty().get().file().equals(file) && !vm.events().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the session did not open: " + file, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void write(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup("#" + id).queryAs(TextInputControl.class).setText(text));
    }

    @Test
    void ctrlMAddsAQuestionAfterThePresentEventAndSaveAsWritesANewLesson(FxRobot robot) throws Exception {
        Path file = copyOf("backlog.sockscope");
        byte[] original = Files.readAllBytes(file);
        open(file);
        List<Event> before = List.copyOf(vm.events());
        int steps = SessionStats.of(file).steps();
        int questions = SessionStats.of(file).questions();
        robot.interact(() -> window.transport().seek(5));
        robot.interact(() -> robot.lookup("#diagram").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        write(robot, "noteEn", "What will the next connect do?");
        write(robot, "noteZh", "下一次 connect 会怎样？");
        robot.clickOn("#noteKindQuestion");
        write(robot, "noteChoiceEn0", "It is refused");
        write(robot, "noteChoiceEn1", "It waits in the queue");
        write(robot, "noteChoiceZh0", "被拒绝");
        write(robot, "noteChoiceZh1", "在队列里等待");
        robot.clickOn("#noteRight1");
        write(robot, "noteWhyEn", "the accept queue still has room");
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton())
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        List<Event> after = List.copyOf(vm.events());
        assertEquals(before.size() + 1, after.size());
        Note added = (Note) after.get(6);
        assertEquals("What will the next connect do?", added.text());
        assertEquals("下一次 connect 会怎样？", added.zh());
        assertEquals(List.of("It is refused", "It waits in the queue"), added.quiz().choices());
        assertEquals(1, added.quiz().answer());
        assertEquals(6, window.transport().position(), "the position is on the new question");
        assertEquals(before.get(6).type(), after.get(7).type(), "later events moved up by one");
        assertTrue(lessons.edited());
        assertTrue(robot.lookup("#statusMessage").queryAs(Label.class).getText().contains("Save As"));

        // edit it into an open question, then add and delete a step caption
        robot.interact(() -> lessons.edit(6, new Note(0, 0, "Why does it wait?", "en", 0, "",
                io.sockscope.model.event.Quiz.open("the kernel finished the handshake", ""))));
        assertEquals("Why does it wait?", ((Note) vm.event(6)).text());
        long stepAt = robot.interact(() -> lessons.add(new Note(0, 0, "A teacher's step", "en", 1, "老师的一步")))
                == null ? -1 : window.transport().position();
        assertEquals(7, stepAt);
        robot.interact(() -> lessons.delete(7));
        assertEquals(before.size() + 1, vm.events().size());

        Path target = file.resolveSibling("lesson.sockscope");
        assertTrue(WaitForAsyncUtils.waitForAsyncFx(10_000, () -> lessons.saveAs(target)).get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lessons.edited());
        assertEquals(List.copyOf(vm.events()), Sessions.readAll(target).events());
        assertEquals(target, vm.sessionProperty().get().file(), "the window shows the saved lesson");
        assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(file)), "the opened file is never rewritten");
        SessionStats stats = SessionStats.of(target);
        assertEquals(steps, stats.steps());
        assertEquals(questions + 1, stats.questions());

        // reopened from the file: the question is there, and selecting it shows its card with the answer
        open(file);
        open(target);
        Note reread = (Note) vm.event(6);
        assertEquals("Why does it wait?", reread.text());
        assertTrue(reread.question());
        robot.interact(() -> vm.selectEvent(6));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Answer: the kernel finished the handshake",
                robot.lookup("#questionAnswer").queryAs(Label.class).getText(), "the inspector says the answer");
    }

    @Test
    void editAndDeleteWorkOnTheSelectedCaptionAndSayWhatToSelectOtherwise(FxRobot robot) throws Exception {
        Path file = copyOf("tcp-echo.sockscope");
        open(file);
        robot.interact(() -> vm.selectEvent(1));
        assertFalse(vm.event(1) instanceof Note);
        robot.interact(() -> window.deleteNote());
        assertEquals(SessionStats.of(file).events(), vm.events().size(), "nothing is deleted");
        assertTrue(robot.lookup("#statusMessage").queryAs(Label.class).getText().startsWith("Select a caption"));
        robot.interact(() -> vm.selectEvent(0));
        Note first = (Note) vm.event(0);
        assertTrue(first.step() > 0);
        robot.interact(() -> window.deleteNote());
        assertNotEquals(first, vm.event(0));
        assertEquals(SessionStats.of(file).events() - 1, vm.events().size());
        assertEquals(SessionStats.of(file).steps() - 1, window.diagram().fullFold().stepCount());
        // saving over the opened file is refused, the file untouched
        byte[] original = Files.readAllBytes(file);
        assertFalse(WaitForAsyncUtils.waitForAsyncFx(10_000, () -> lessons.saveAs(file)).get(10, TimeUnit.SECONDS));
        assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(file)));
    }

    @Test
    void anEmptyFormSaysWhatIsMissingAndStaysOpen(FxRobot robot) throws Exception {
        open(copyOf("tcp-echo.sockscope"));
        int n = vm.events().size();
        robot.interact(() -> window.addNote());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".button").match(x -> x instanceof javafx.scene.control.Button b && b.isDefaultButton())
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Write the text in English, in Chinese, or in both.", robot.lookup("#noteError").queryAs(Label.class).getText());
        robot.clickOn("#noteKindQuestion");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window dialog = robot.lookup("#noteDialog").query().getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertTrue(dialog.getY() >= screen.getMinY() && dialog.getY() + dialog.getHeight() <= screen.getMaxY() + 0.5,
                "the dialog grown for the choices stays on the screen: " + dialog.getY() + " + " + dialog.getHeight() + " in " + screen);
        write(robot, "noteEn", "Which?");
        write(robot, "noteChoiceEn0", "only one");
        robot.clickOn(robot.lookup(".button").match(x -> x instanceof javafx.scene.control.Button b && b.isDefaultButton())
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#noteError").queryAs(Label.class).getText().startsWith("A question needs two to four choices"));
        assertEquals(n, vm.events().size());
        robot.interact(() -> ((javafx.stage.Stage) robot.lookup("#noteDialog").query().getScene().getWindow()).close());
    }
}
