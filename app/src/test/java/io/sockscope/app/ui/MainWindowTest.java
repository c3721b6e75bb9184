package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.Select;
import io.sockscope.model.event.Send;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a user sees it, on the hand-made sample session. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MainWindowTest {
    private Stage stage;
    private Path configDir;
    private MainWindow window;
    private SessionViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        configDir = Files.createTempDirectory("sockscope-settings");
        vm = new SessionViewModel(Runnable::run, (f, p) -> {
            throw new IllegalStateException("no reader in this test");
        });
        window = new MainWindow(stage, Settings.load(configDir), vm);
        vm.show(new LoadedSession(Path.of("echo.sockscope"), "Echo over TCP", SampleEvents.echo()));
        stage.show();
    }

    @Test
    void titleHasSockscopeThenTheSessionName() {
        assertEquals("Sockscope — Echo over TCP", stage.getTitle());
    }

    @Test
    void selectingTheSendInTheListShowsItsBytesAsTextAndHex(FxRobot robot) {
        TableView<?> table = robot.lookup("#eventTable").queryAs(TableView.class);
        robot.interact(() -> table.scrollTo((int) SampleEvents.first(Send.class) - 1));
        javafx.scene.Node sendCell = robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "send".equals(c.getText())).query();
        robot.clickOn(sendCell);
        assertEquals(SampleEvents.first(Send.class), vm.selectionProperty().get().seq());
        TextArea text = robot.lookup("#payloadText").queryAs(TextArea.class);
        TextArea hex = robot.lookup("#payloadHex").queryAs(TextArea.class);
        assertEquals("hello\\n\n", text.getText());
        assertTrue(hex.getText().startsWith("0000  68 65 6c 6c 6f 0a"), hex.getText());
    }

    @Test
    void selectingASelectShowsItsReadinessTable(FxRobot robot) {
        long seq = SampleEvents.echo().stream().filter(e -> e instanceof Select s && s.keys().size() == 2)
                .findFirst().orElseThrow().seq();
        robot.interact(() -> vm.selectEvent(seq));
        @SuppressWarnings("unchecked")
        TableView<KeyState> table = robot.lookup("#readinessTable").queryAs(TableView.class);
        assertEquals(List.of(new KeyState("s1", "A", ""), new KeyState("s4", "R", "R")), table.getItems());
        assertEquals("●", ReadinessTable.mark(table.getItems().get(1), 'R'));
        assertEquals("○", ReadinessTable.mark(table.getItems().get(0), 'A'));
        TableView<?> events = robot.lookup("#eventTable").queryAs(TableView.class);
        assertEquals(seq, ((Event) events.getSelectionModel().getSelectedItem()).seq(), "the list follows the selection");
    }

    @Test
    void filtersNarrowTheEventList(FxRobot robot) {
        TableView<?> table = robot.lookup("#eventTable").queryAs(TableView.class);
        assertEquals(SampleEvents.echo().size(), table.getItems().size());
        @SuppressWarnings("unchecked")
        ComboBox<String> sockets = robot.lookup("#socketFilter").queryAs(ComboBox.class);
        robot.interact(() -> sockets.setValue("s3"));
        assertEquals(List.of("open", "connect", "send", "close"),
                table.getItems().stream().map(e -> ((Event) e).type().wireName()).toList());
        robot.interact(() -> sockets.setValue(""));
        @SuppressWarnings("unchecked")
        ComboBox<EventType> types = robot.lookup("#typeFilter").queryAs(ComboBox.class);
        robot.interact(() -> types.setValue(EventType.RECV));
        assertEquals(2, table.getItems().size());
        robot.interact(() -> types.setValue(null));
        robot.clickOn("#textFilter").write("hello");
        assertEquals(List.of("send", "recv"), table.getItems().stream().map(e -> ((Event) e).type().wireName()).toList());
    }

    @Test
    void aSocketShowsItsOptionsThreeWaysAndItsQueueGauges(FxRobot robot) {
        robot.interact(() -> window.viewModel().select(new io.sockscope.app.diagram.Selection("s1", 4, false)));
        @SuppressWarnings("unchecked")
        TableView<java.util.Map.Entry<String, io.sockscope.app.diagram.layout.OptionValue>> options =
                robot.lookup("#optionsTable").queryAs(TableView.class);
        assertEquals(1, options.getItems().size());
        assertEquals("SO_RCVBUF", options.getItems().get(0).getKey());
        assertEquals(new io.sockscope.app.diagram.layout.OptionValue("1000", "2304", "4608"), options.getItems().get(0).getValue());
        long sample = SampleEvents.echo().stream().filter(e -> e instanceof io.sockscope.model.event.Queues q
                && q.socket().equals("s4")).findFirst().orElseThrow().seq();
        robot.interact(() -> window.viewModel().select(new io.sockscope.app.diagram.Selection("s4", sample, false)));
        List<javafx.scene.control.ProgressBar> gauges = robot.lookup("#queueGauges .progress-bar")
                .queryAllAs(javafx.scene.control.ProgressBar.class).stream().toList();
        assertEquals(2, gauges.size(), "send and receive queue");
        assertEquals(6.0 / 131072, gauges.stream().mapToDouble(javafx.scene.control.ProgressBar::getProgress).max().orElseThrow(), 1e-12);
        assertTrue(robot.lookup("6 / 131,072 B").tryQuery().isPresent(), "the figures beside the gauge");
    }

    @Test
    void captionFollowsTheSelectedStep(FxRobot robot) {
        robot.interact(() -> vm.selectEvent(SampleEvents.first(Send.class)));
        Label caption = robot.lookup("#captionText").queryAs(Label.class);
        assertEquals("The client sends six bytes; the server reads them.", caption.getText());
    }

    @Test
    void chineseFromTheMenuRelabelsTheWindowAndIsRemembered(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        javafx.scene.control.MenuItem zh = find(bar.getMenus(), "langZh");
        assertEquals("中文", zh.getText());
        robot.interact(zh::fire);
        assertEquals(List.of("文件", "视图", "课堂", "场景", "帮助"), bar.getMenus().stream().map(m -> m.getText()).toList());
        assertEquals("用 select() 的服务器", find(bar.getMenus(), "run-select-server").getText(), "scenario titles too");
        assertTrue(robot.lookup("全部套接字").tryQuery().isPresent(), "filters relabelled");
        assertTrue(Files.readString(configDir.resolve("settings.json")).contains("\"zh\""));
        assertTrue(stage.getScene().getRoot().getStyle().contains("-fx-font-family"), "a CJK font is chosen");
    }

    private static javafx.scene.control.MenuItem find(List<? extends javafx.scene.control.MenuItem> items, String id) {
        for (javafx.scene.control.MenuItem it : items) {
            if (id.equals(it.getId())) {
                return it;
            }
            if (it instanceof javafx.scene.control.Menu m) {
                javafx.scene.control.MenuItem in = find(m.getItems(), id);
                if (in != null) {
                    return in;
                }
            }
        }
        return null;
    }

    @Test
    void everyLegendKeyOfTheDiagramIsInTheBundles(FxRobot robot) {
        java.util.Set<String> keys = new java.util.TreeSet<>(io.sockscope.app.diagram.paint.fx.Legend.KEYS);
        robot.interact(() -> window.diagram().view().createLegend(k -> {
            keys.add(k); // and any key the legend asks for without listing it
            return k;
        }));
        assertTrue(keys.size() >= 10, keys.toString());
        for (Language lang : Language.values()) {
            java.util.ResourceBundle b = I18n.load(lang);
            assertEquals(List.of(), keys.stream().filter(k -> !b.containsKey(k)).toList(), lang + " misses legend keys");
        }
    }

    @Test
    void legendTextsComeFromTheBundleInBothLanguages(FxRobot robot) {
        for (Language lang : Language.values()) {
            robot.interact(() -> window.i18n().languageProperty().set(lang));
            List<String> texts = robot.lookup(".diagram-legend .label").queryAllAs(Label.class).stream()
                    .map(Label::getText).toList();
            assertTrue(texts.size() >= 10, texts.toString());
            assertTrue(texts.stream().noneMatch(t -> t.startsWith("legend.")), texts.toString());
            assertTrue(texts.contains(window.i18n().t("legend.reset")), texts.toString());
        }
    }

    @Test
    void darkToggleSwitchesTheWholeLook(FxRobot robot) throws Exception {
        robot.clickOn("#darkToggle");
        assertEquals(new PrimerDark().getUserAgentStylesheetBSS(), Application.getUserAgentStylesheet());
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("dark"));
        assertTrue(Files.readString(configDir.resolve("settings.json")).contains("\"dark\""));
        robot.clickOn("#darkToggle");
    }

    @Test
    void aFailedOpenShowsTheOneLineReason(FxRobot robot) {
        robot.interact(() -> vm.open(Path.of("missing-dir", "broken.sockscope")));
        WaitForAsyncUtils.waitForFxEvents();
        Label content = robot.lookup("#openFailedDialog .content").queryAs(Label.class);
        assertEquals("no such file", content.getText());
        assertEquals("Sockscope — Echo over TCP", stage.getTitle(), "the open session stays");
    }
}
