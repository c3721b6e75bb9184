package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The idle inspector names a live session's file (a long, timestamped name) in full at 1280×720
 * and 1920×1080, in English and Chinese, its lines broken where a reader expects a break (after a
 * hyphen or a dot), never inside a word ("…select-server.sockscop" / "e").
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class InspectorWrapTest {
    /** The name a live run of select-server gets. */
    private static final String NAME = "20261203-172510-select-server.sockscope";
    private static Path session;

    private final ExecutorService loader = Executors.newSingleThreadExecutor();
    private Stage stage;
    private MainWindow window;

    @BeforeAll
    static void record() throws Exception {
        session = Recordings.record("select-server", "en", Files.createTempDirectory("sockscope-wrap").resolve(NAME));
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Settings settings = Settings.load(Files.createTempDirectory("sockscope-settings"));
        settings.setSize(1280, 720);
        window = new MainWindow(stage, settings, new SessionViewModel(loader, SessionFiles.SOURCE));
        stage.show();
    }

    @AfterEach
    void stopLoader() {
        loader.shutdownNow();
    }

    @Test
    void theFileNameBreaksOnlyBetweenItsParts(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(session));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.viewModel().loadingProperty().get());
        List<String> broken = new ArrayList<>();
        Scene[] holder = {stage.getScene()};
        for (Language lang : Language.values()) {
            for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
                robot.interact(() -> window.i18n().languageProperty().set(lang));
                // laid out in a scene of that size (the headless screen is smaller than 1920×1080)
                Scene scene = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                    Scene old = holder[0];
                    javafx.scene.Parent root = old.getRoot();
                    old.setRoot(new javafx.scene.layout.Region());
                    Scene sized = new Scene(root, size[0], size[1]);
                    sized.getStylesheets().setAll(old.getStylesheets());
                    holder[0] = sized;
                    return sized;
                });
                String where = lang + " " + size[0] + "x" + size[1];
                List<String> shown = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    Node summary = scene.getRoot().lookup("#sessionSummary");
                    List<String> names = new ArrayList<>();
                    for (Labeled l : WrappedLines.labels(summary)) {
                        List<String> lines = WrappedLines.of(l);
                        if (WrappedLines.breaksAWord(lines)) {
                            broken.add(where + ": " + lines);
                        }
                        if (String.join("", lines).replace("\n", "").equals(NAME)) {
                            names.add(String.join("|", lines));
                        }
                    }
                    return names;
                });
                assertEquals(1, shown.size(), where + ": the file's name is shown whole: " + shown);
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(window.viewModel().selectionProperty().get() == null, "nothing selected: the summary was checked");
    }
}
