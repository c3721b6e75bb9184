package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The event list's rows get a fixed height, the one they have by themselves, measured again with another font. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EventListRowHeightTest {
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        SessionViewModel vm = new SessionViewModel(Runnable::run, (f, p) -> {
            throw new IllegalStateException("no reader in this test");
        });
        new MainWindow(stage, Settings.load(Files.createTempDirectory("sockscope-settings")), vm);
        vm.show(new LoadedSession(Path.of("echo.sockscope"), "Echo over TCP", SampleEvents.echo()));
        stage.show();
    }

    @Test
    void rowsKeepTheHeightTheirTextGivesThemAlsoWhenTheFontGrows(FxRobot robot) {
        TableView<?> table = robot.lookup("#eventTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitForFxEvents();
        double fixed = table.getFixedCellSize();
        assertTrue(fixed > 0, "a fixed height once the rows are laid out: " + fixed);
        assertEquals(List.of(fixed), rowHeights(robot, table));

        robot.interact(() -> table.setStyle("-fx-font-size: 26px;"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        double bigger = table.getFixedCellSize();
        assertTrue(bigger > fixed * 1.5, "measured again with the larger font: " + fixed + " then " + bigger);
        assertEquals(List.of(bigger), rowHeights(robot, table));
        TableRow<?> row = (TableRow<?>) robot.lookup(".table-row-cell").match(n -> !((TableRow<?>) n).isEmpty()).query();
        robot.interact(() -> table.setFixedCellSize(-1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(bigger, row.prefHeight(-1), 0.5, "the same height a row takes without a fixed one");
    }

    private static List<Double> rowHeights(FxRobot robot, TableView<?> table) {
        return robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && !r.isEmpty() && r.isVisible() && r.getTableView() == table)
                .queryAll().stream().map(n -> ((TableRow<?>) n).getHeight()).distinct().toList();
    }
}
