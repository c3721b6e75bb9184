package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.Selection;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The inspector with nothing selected (session summary and key) and on a selector. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InspectorSummaryTest {
    private MainWindow window;
    private SessionViewModel vm;
    private Path configDir;

    @Start
    void start(Stage stage) throws Exception {
        configDir = Files.createTempDirectory("sockscope-settings");
        vm = new SessionViewModel(Runnable::run, (f, p) -> {
            throw new IllegalStateException("no reader in this test");
        });
        window = new MainWindow(stage, Settings.load(configDir), vm);
        vm.show(new LoadedSession(Path.of("echo.sockscope"), "Echo over TCP", SampleEvents.echo()));
        stage.show();
    }

    @Test
    void withNothingSelectedTheInspectorSummarisesTheSessionAndShowsTheKey(FxRobot robot) {
        assertNull(vm.selectionProperty().get());
        List<String> texts = texts(robot, "#sessionSummary .label");
        assertTrue(texts.contains("Echo over TCP"), texts.toString());
        assertTrue(texts.contains(String.valueOf(SampleEvents.echo().size())), "event count: " + texts);
        long sockets = SampleEvents.echo().stream().filter(e -> e instanceof Open o && o.proto() != Proto.SELECTOR).count();
        assertTrue(sockets > 0);
        assertTrue(texts.contains(window.i18n().t("summary.selectors")), texts.toString());
        assertTrue(texts.contains(window.i18n().t("legend.stream")), "the key is in the idle inspector: " + texts);
        assertFalse(robot.lookup(".diagram-area > .diagram-legend").tryQuery().isPresent(), "no strip under the diagram by default");
    }

    @Test
    void escapeInTheDiagramClearsTheSelectionAndBringsTheSummaryBack(FxRobot robot) {
        Event send = SampleEvents.echo().stream().filter(e -> e.socket() != null && !e.socket().isEmpty()).skip(3)
                .findFirst().orElseThrow();
        robot.interact(() -> vm.selectEvent(send.seq()));
        assertTrue(robot.lookup("#sessionSummary").tryQuery().isEmpty());
        robot.interact(() -> window.diagram().view().requestFocus());
        robot.type(KeyCode.ESCAPE);
        assertNull(vm.selectionProperty().get());
        assertTrue(robot.lookup("#sessionSummary").tryQuery().isPresent());
    }

    @Test
    void aSelectorIsInspectedAsASelectorWithItsKeysInBothLanguages(FxRobot robot) {
        long seq = SampleEvents.echo().get(SampleEvents.echo().size() - 1).seq();
        robot.interact(() -> vm.select(new Selection("s2", seq, false)));
        assertEquals("selector", window.diagram().fold().snapshotAt("s2", seq).state());
        List<String> texts = texts(robot, "#socketInspector .label");
        assertTrue(texts.contains(window.i18n().t("state.selector")), texts.toString());
        assertFalse(texts.contains("created"), texts.toString());
        assertTrue(texts.contains(window.i18n().t("socket.keys")), texts.toString());
        assertTrue(texts.contains("2"), "s1 and s4 are registered: " + texts);

        robot.interact(() -> window.i18n().languageProperty().set(Language.ZH));
        List<String> zh = texts(robot, "#socketInspector .label");
        assertTrue(zh.contains("选择器"), zh.toString());
        robot.interact(() -> window.i18n().languageProperty().set(Language.EN));
    }

    @Test
    void theLegendStripChoiceIsRememberedInTheSettings(FxRobot robot) throws Exception {
        robot.interact(() -> window.diagram().legendShownProperty().set(true));
        assertTrue(robot.lookup(".diagram-area > .diagram-legend").tryQuery().isPresent());
        assertTrue(Settings.load(configDir).legendShown());
        robot.interact(() -> window.diagram().legendShownProperty().set(false));
        assertFalse(Settings.load(configDir).legendShown());
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @SuppressWarnings("unused")
    private static boolean visible(Node n) {
        return n.isVisible();
    }
}
