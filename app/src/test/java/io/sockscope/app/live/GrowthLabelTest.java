package io.sockscope.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.ui.Language;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.SocketId;
import io.sockscope.model.event.Family;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The status bar shows a live session's counts, heap and autosave figures, whole, in both languages at 1280×720. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GrowthLabelTest {
    private LiveWindow live;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        live = LiveRobot.window(stage, "{\"width\": 1280, \"height\": 720, \"maximized\": false}", Files.createTempDirectory("sockscope-data"));
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
    }

    @AfterEach
    void closeSockets(FxRobot robot) {
        robot.interact(() -> live.close());
    }

    @Test
    void heapAndAutosaveFiguresAppearWhileLiveAndFitInBothLanguages(FxRobot robot) throws Exception {
        Label label = robot.lookup("#statusGrowth").queryAs(Label.class);
        robot.interact(() -> live.growth().tick());
        assertFalse(label.isVisible(), "nothing to show before a live session");

        Engine engine = LiveRobot.fx(() -> live.engine());
        SocketId udp = engine.openUdp(Family.INET, "growth");
        engine.bind(udp, "127.0.0.1:0").get(10, TimeUnit.SECONDS);
        LiveRobot r = new LiveRobot(robot, live);
        r.waitUntil("the autosave counted the events", () -> LiveRobot.fx(() -> live.current().recordedBytes()) > 0);
        robot.interact(() -> {
            live.growth().tick();
            live.growth().tick();
        });
        for (Language lang : Language.values()) {
            robot.interact(() -> live.window().i18n().languageProperty().set(lang));
            robot.interact(() -> { }); // one more pulse: the status bar lays out the new text
            String text = label.getText();
            assertTrue(label.isVisible(), lang + ": shown while live");
            assertTrue(text.matches(".*\\d+\\.\\d MiB.*[+-]\\d+\\.\\d MiB/.*\\d+\\.\\d MiB.*[+-]\\d+\\.\\d MiB/.*"), text);
            assertFits(label, lang);
            // the session's counts ("… · live, recording") stay whole too: the file name gives way
            assertFits(robot.lookup("#statusCounts").queryAs(Label.class), lang);
        }
        robot.interact(() -> live.close());
        robot.interact(() -> live.growth().tick());
        assertFalse(label.isVisible(), "hidden once the session ended");
    }

    private void assertFits(Label label, Language lang) {
        double needed = LiveRobot.fx(() -> label.prefWidth(-1));
        double width = LiveRobot.fx(label::getWidth);
        assertTrue(width >= needed - 0.5, lang + ": " + label.getText() + " needs " + needed + " px, has " + width);
        Bounds b = LiveRobot.fx(() -> label.localToScene(label.getLayoutBounds()));
        double sceneWidth = LiveRobot.fx(() -> label.getScene().getWidth());
        assertEquals(1280, stage.getWidth(), 1);
        assertTrue(b.getMinX() >= 0 && b.getMaxX() <= sceneWidth, lang + ": inside the window: " + b);
    }
}
