package io.sockscope.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sockscope.app.ui.Language;
import io.sockscope.model.scenario.Scenario;
import io.sockscope.model.scenario.ScenarioCatalog;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The scenario picker names the scenario picked ("select-server — 用 select() 的服务器") whole, for
 * every scenario, at 1280×720 and 1920×1080, in English and Chinese, and the run button beside it
 * stays in the window.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PickerFitTest {
    private LiveWindow live;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        live = LiveRobot.window(stage, null, Files.createTempDirectory("sockscope-data"));
        stage.show();
    }

    @AfterEach
    void closeSockets(FxRobot robot) {
        robot.interact(() -> live.close());
    }

    @Test
    void everyScenarioPickedIsNamedWhole(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<Scenario> picker = robot.lookup("#scenarioPicker").queryAs(ComboBox.class);
        List<String> cut = new ArrayList<>();
        Scene[] holder = {stage.getScene()};
        for (Language lang : Language.values()) {
            for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
                robot.interact(() -> live.window().i18n().languageProperty().set(lang));
                Scene scene = io.sockscope.app.ui.SizedScenes.resize(holder, size[0], size[1]);
                for (Scenario s : ScenarioCatalog.all()) {
                    WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                        picker.setValue(null);
                        picker.setValue(s);
                        for (int pass = 0; pass < 2; pass++) {
                            scene.getRoot().applyCss();
                            scene.getRoot().layout();
                        }
                        ListCell<Scenario> cell = picker.getButtonCell();
                        Text shown = cell.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                                .map(Text.class::cast).findFirst().orElseThrow();
                        String where = lang + " " + size[0] + "x" + size[1] + ": \"" + cell.getText() + "\"";
                        if (!shown.getText().equals(cell.getText())) {
                            cut.add(where + " shown as \"" + shown.getText() + "\"");
                        }
                        javafx.scene.Node run = scene.getRoot().lookup("#runScenario");
                        if (run.localToScene(run.getLayoutBounds()).getMaxX() > size[0]) {
                            cut.add(where + " pushes the run button off the window");
                        }
                        return null;
                    });
                }
            }
        }
        assertEquals(List.of(), cut);
    }
}
