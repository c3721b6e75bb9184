package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.Selection;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Select;
import io.sockscope.model.event.Send;
import io.sockscope.sessions.Sessions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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

/** The window on a session recorded here with real loopback sockets (the select-server scenario). */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class RecordedSessionWindowTest {
    private static Path session;
    private static List<Event> recorded;

    private final ExecutorService loader = Executors.newSingleThreadExecutor();
    private Stage stage;
    private MainWindow window;
    private Path configDir;

    @BeforeAll
    static void record() throws Exception {
        Path dir = Files.createTempDirectory("sockscope-recorded");
        session = Recordings.record("select-server", "en", dir.resolve("select-server.sockscope"));
        recorded = Sessions.readAll(session).events();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        configDir = Files.createTempDirectory("sockscope-settings");
        Settings settings = Settings.load(configDir);
        settings.setSize(1200, 760);
        window = new MainWindow(stage, settings, new SessionViewModel(loader, SessionFiles.SOURCE));
        stage.show();
    }

    @AfterEach
    void stopLoader() {
        loader.shutdownNow();
    }

    private void openAndWait(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.viewModel().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openedSessionNamesTheWindowAndFillsTheStatusBar(FxRobot robot) throws Exception {
        openAndWait(robot, session);
        assertEquals("Sockscope — A select() server", stage.getTitle());
        assertEquals(recorded.size(), window.viewModel().events().size());
        String counts = robot.lookup("#statusCounts").queryAs(Label.class).getText();
        assertTrue(counts.startsWith(String.format("%,d events", recorded.size())), counts);
        assertEquals(List.of(session.toAbsolutePath().normalize()), Settings.load(configDir).recent(),
                "the file joins the recent list");
    }

    @Test
    void everyRecordedSocketHasALifeline(FxRobot robot) throws Exception {
        openAndWait(robot, session);
        Set<String> expected = new HashSet<>();
        recorded.forEach(e -> {
            if (e instanceof Open o) {
                expected.add(o.socket());
            } else if (e instanceof Accept a) {
                expected.add(a.child());
            }
        });
        Set<String> drawn = window.diagram().fold().lifelines().stream().map(Lifeline::socket).collect(Collectors.toSet());
        assertTrue(drawn.containsAll(expected), "drawn " + drawn + ", sockets " + expected);
        assertTrue(expected.size() >= 3, "a server, a selector and clients: " + expected);
    }

    @Test
    void choosingASendInTheListShowsItsBytes(FxRobot robot) throws Exception {
        openAndWait(robot, session);
        Send send = recorded.stream().filter(e -> e instanceof Send s && s.payload().kept() > 0).map(Send.class::cast)
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<EventType> types = robot.lookup("#typeFilter").queryAs(ComboBox.class);
        robot.interact(() -> types.setValue(EventType.SEND));
        Node first = robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getTableRow() != null
                && c.getTableRow().getIndex() == 0 && "send".equals(c.getText())).query();
        robot.clickOn(first);
        assertEquals(send.seq(), window.viewModel().selectionProperty().get().seq());
        assertEquals(new Selection(send.socket(), send.seq(), true), window.diagram().view().selectionProperty().get(),
                "the diagram selects the same send");
        String text = robot.lookup("#payloadText").queryAs(TextArea.class).getText();
        assertEquals(PayloadText.text(send.payload().bytes()), text);
        String hex = robot.lookup("#payloadHex").queryAs(TextArea.class).getText();
        assertTrue(hex.startsWith(String.format("0000  %02x ", send.payload().bytes()[0])), hex);
        assertTrue(text.contains(new String(send.payload().bytes(), StandardCharsets.UTF_8).strip().split("\n")[0]));
    }

    @Test
    void clickingASendInTheDiagramShowsItsBytes(FxRobot robot) throws Exception {
        openAndWait(robot, session);
        Send send = recorded.stream().filter(e -> e instanceof Send s && s.payload().kept() > 0).map(Send.class::cast)
                .findFirst().orElseThrow();
        var view = window.diagram().view();
        robot.interact(() -> view.reveal(send.seq()));
        // find a point of the canvas where a click picks that send, as a user aims at its mark
        javafx.geometry.Point2D[] hit = new javafx.geometry.Point2D[1];
        robot.interact(() -> {
            for (double y = 2; y < view.getHeight() && hit[0] == null; y += 3) {
                for (double x = 2; x < view.getWidth() && hit[0] == null; x += 3) {
                    Selection p = view.pick(x, y);
                    if (p != null && p.onEvent() && p.seq() == send.seq()) {
                        hit[0] = new javafx.geometry.Point2D(x, y);
                    }
                }
            }
        });
        assertNotNull(hit[0], "the send is drawn somewhere clickable");
        robot.clickOn(view.localToScreen(hit[0]));
        assertEquals(send.seq(), window.viewModel().selectionProperty().get().seq());
        assertEquals(PayloadText.text(send.payload().bytes()), robot.lookup("#payloadText").queryAs(TextArea.class).getText());
        TableView<?> list = robot.lookup("#eventTable").queryAs(TableView.class);
        assertEquals(send, list.getSelectionModel().getSelectedItem(), "the event list follows the click");
    }

    @Test
    void selectingASelectInTheDiagramShowsItsReadinessTable(FxRobot robot) throws Exception {
        openAndWait(robot, session);
        Select select = recorded.stream().filter(e -> e instanceof Select s && s.keys().size() >= 2)
                .map(Select.class::cast).findFirst().orElseThrow();
        robot.interact(() -> window.diagram().select(new Selection(select.socket(), select.seq(), true)));
        @SuppressWarnings("unchecked")
        TableView<KeyState> table = robot.lookup("#readinessTable").queryAs(TableView.class);
        assertEquals(select.keys(), table.getItems());
        TableView<?> list = robot.lookup("#eventTable").queryAs(TableView.class);
        assertEquals(select, list.getSelectionModel().getSelectedItem(), "the event list follows the diagram");
    }

    @Test
    void selectingAConnectedSocketShowsItsAddresses(FxRobot robot) throws Exception {
        openAndWait(robot, session);
        Connect c = recorded.stream().filter(e -> e instanceof Connect).map(Connect.class::cast).findFirst().orElseThrow();
        robot.interact(() -> window.diagram().select(new Selection(c.socket(), c.seq(), false)));
        Node inspector = robot.lookup("#socketInspector").query();
        Set<String> texts = robot.from(inspector).lookup((Node n) -> n instanceof Label).queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.toSet());
        assertTrue(texts.contains(c.remote()), texts.toString());
        assertTrue(texts.contains(c.local()), texts.toString());
        assertFalse(robot.lookup("#payloadText").tryQuery().isPresent(), "a bare lifeline shows no event");
    }

    @Test
    void droppedFileOpens(FxRobot robot) throws Exception {
        robot.interact(() -> assertTrue(window.openDropped(List.of(session.toFile()))));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.viewModel().sessionProperty().get() != null);
        assertNotNull(window.viewModel().sessionProperty().get());
    }

    @Test
    void aCutOffLastLineIsSkippedAndSaidInTheStatusBar(FxRobot robot) throws Exception {
        Path cut = session.resolveSibling("cut.sockscope");
        String text = Files.readString(session);
        Files.writeString(cut, text + "{\"seq\":" + recorded.size() + ",\"t\":99,\"type\":\"clo");
        openAndWait(robot, cut);
        assertEquals(recorded, window.viewModel().events(), "every complete event is kept");
        String counts = robot.lookup("#statusCounts").queryAs(Label.class).getText();
        long line = text.lines().count() + 1;
        assertTrue(counts.endsWith("line " + line + " was cut off mid-write and skipped"), counts);
    }

    @Test
    void aBrokenLineIsReportedWithItsNumber(FxRobot robot) throws Exception {
        Path bad = session.resolveSibling("broken.sockscope");
        String header = Files.readAllLines(session).get(0);
        Files.writeString(bad, header + "\n{\"seq\":0,\"t\":0,\"type\":\"send\",\"socket\":\"s1\"}\n"); // fields missing
        openAndWait(robot, bad);
        String reason = robot.lookup("#openFailedDialog .content").queryAs(Label.class).getText();
        assertTrue(reason.startsWith("Line 2: "), reason);
        assertFalse(reason.contains("\n") || reason.contains("Exception"), reason);
        assertEquals("Sockscope", stage.getTitle());
    }
}
