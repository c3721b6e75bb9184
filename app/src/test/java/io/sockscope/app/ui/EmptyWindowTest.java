package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A window with nothing open offers nothing to play and says so in the reader's language; a session enables it. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EmptyWindowTest {
    private static final Path SAMPLE = Path.of(System.getProperty("sockscope.samples", "../resources/sessions"))
            .resolve("tcp-echo.sockscope");
    private static final List<String> BUTTONS = List.of("#transportHome", "#transportBack", "#transportPlay",
            "#transportForward", "#transportEnd");
    private MainWindow window;
    private SessionViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        vm = new SessionViewModel(Runnable::run, SessionFiles.SOURCE);
        window = new MainWindow(stage, Settings.load(Files.createTempDirectory("sockscope-settings")), vm);
        stage.show();
    }

    @Test
    void transportWaitsForASessionAndTheEmptyListSaysWhy(FxRobot robot) throws Exception {
        for (String id : BUTTONS) {
            assertTrue(robot.lookup(id).queryAs(Button.class).isDisabled(), id + " disabled with nothing to play");
        }
        Label none = robot.lookup("#eventTableEmpty").queryAs(Label.class);
        assertEquals("No events yet.", none.getText());
        robot.interact(() -> window.i18n().languageProperty().set(Language.ZH));
        assertEquals("还没有事件。", none.getText());
        robot.interact(() -> vm.open(SAMPLE));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.events().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : BUTTONS) {
            assertFalse(robot.lookup(id).queryAs(Button.class).isDisabled(), id + " enabled once a session is open");
        }
    }
}
