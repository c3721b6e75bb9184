package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.LayoutMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressBar;
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

/** Loading happens off the FX thread with progress in the status bar; recent files and shortcuts. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LoadingTest {
    private final ExecutorService loader = Executors.newSingleThreadExecutor();
    private final CountDownLatch halfway = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private Path file;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = Files.createTempFile("slow", ".sockscope");
        Files.write(file, new byte[1000]);
        Settings settings = Settings.load(Files.createTempDirectory("sockscope-settings"));
        settings.setSize(1200, 760);
        // a reader that stops halfway until the test lets it go, as a big file on a slow disk would
        SessionSource slow = (f, progress) -> {
            progress.accept(500);
            halfway.countDown();
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test never released the reader");
            }
            progress.accept(1000);
            return new LoadedSession(f, "", SampleEvents.echo());
        };
        window = new MainWindow(stage, settings, new SessionViewModel(loader, slow));
        stage.show();
    }

    @AfterEach
    void stop() {
        release.countDown();
        loader.shutdownNow();
    }

    @Test
    void theWindowStaysLiveAndShowsProgressWhileAFileLoads(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(file));
        assertTrue(halfway.await(10, TimeUnit.SECONDS));
        // reading is the first half of the progress, folding the events the second
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Math.abs(window.viewModel().progressProperty().get() - 0.25) < 1e-9);
        // the FX thread answers while the reader is stuck
        robot.interact(() -> window.view().zoomIn());
        ProgressBar bar = robot.lookup(".status-pane .progress-bar").queryAs(ProgressBar.class);
        assertTrue(bar.isVisible());
        assertEquals(0.25, bar.getProgress(), 1e-9);
        assertTrue(robot.lookup(".status-pane .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Loading " + file.getFileName() + "…")));
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().sessionProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(bar.isVisible());
        assertEquals("Sockscope — " + file.getFileName(), stage.getTitle(), "no header title: the file name");
    }

    @Test
    void anOpenedFileAppearsUnderOpenRecent(FxRobot robot) throws Exception {
        release.countDown();
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().sessionProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu recent = (Menu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> "recentMenu".equals(i.getId())).findFirst().orElseThrow();
        assertEquals(List.of(file.toAbsolutePath().normalize().toString()),
                recent.getItems().stream().map(i -> i.getText()).toList());
        assertFalse(recent.isDisable());
    }

    @Test
    void shortcutsSwitchLayoutAndZoom(FxRobot robot) throws Exception {
        release.countDown();
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().sessionProperty().get() != null);
        robot.interact(stage::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertEquals(LayoutMode.TIME, window.view().layoutProperty().get());
        assertEquals(LayoutMode.TIME, window.diagram().view().layoutModeProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertEquals(LayoutMode.STEPS, window.view().layoutProperty().get());
        double opened = window.diagram().view().zoomProperty().get();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertEquals(opened * 1.25, window.diagram().view().zoomProperty().get(), 1e-9, "zooms in from the zoom it opened at");
        robot.clickOn("#diagram").press(KeyCode.MINUS).release(KeyCode.MINUS);
        assertEquals(opened * 1.25 / 1.15, window.view().zoomProperty().get(), 1e-9, "the diagram's own zoom keys reach the toolbar");
        robot.clickOn("#timeButton");
        assertEquals(LayoutMode.TIME, window.diagram().view().layoutModeProperty().get());
    }
}
