package io.sockscope.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.Selection;
import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.layout.SocketSnapshot;
import io.sockscope.app.ui.LoadedSession;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Failure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The live window driven by clicks, on real loopback sockets. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class LiveWindowTest {
    private LiveWindow live;
    private Path dataHome;

    @Start
    void start(Stage stage) throws Exception {
        dataHome = Files.createTempDirectory("sockscope-data");
        live = LiveRobot.window(stage, null, dataHome);
        stage.show();
        stage.toFront();
    }

    @AfterEach
    void closeSockets(FxRobot robot) {
        robot.interact(() -> live.close());
    }

    @Test
    void serverAndClientConnectAcceptSendRecvDrawADataArrowAndCountBytes(FxRobot robot) {
        LiveRobot r = new LiveRobot(robot, live);
        String server = r.tcpServer();
        String port = r.state(server).local();
        assertTrue(port.startsWith("127.0.0.1:"), port);

        String client = r.connectedTcpClient();
        assertEquals(port, r.state(client).remote());

        r.call(server, Call.ACCEPT);
        String child = r.acceptedBy(server);

        r.call(client, Call.SEND);
        r.answer(Map.of("payload", "hello live\\n"));
        r.call(child, Call.RECV);
        r.answer(Map.of("size", "100"));
        r.waitUntil("a data arrow from the client to the child", () -> r.fold().arrows().stream()
                .anyMatch(a -> a.fromSocket().equals(client) && child.equals(a.toSocket())));
        DataArrow arrow = LiveRobot.fx(() -> r.fold().arrows().get(0));
        assertEquals(11, arrow.length());

        SocketSnapshot childState = r.state(child);
        assertEquals(11, childState.bytesReceived());
        assertEquals(r.state(client).local(), childState.remote());
        // the inspector shows the child's figures once its lifeline is selected
        r.call(child, Call.PROBE);
        robot.interact(() -> live.window().viewModel().select(new Selection(child,
                r.fold().rows().get(r.fold().rowCount() - 1).seq(), false)));
        Label received = robot.lookup("#socketInspector .label").queryAllAs(Label.class).stream()
                .filter(l -> "11".equals(l.getText())).findFirst().orElse(null);
        assertTrue(received != null, "the inspector shows 11 bytes received");
    }

    /** The README's buffer recipe, clicked word for word: it must reach a partial send and full queues. */
    @Test
    void theReadmesBufferRecipeFillsTheQueuesAndMakesAPartialSend(FxRobot robot) {
        LiveRobot r = new LiveRobot(robot, live);
        String server = r.tcpServer();
        r.call(server, Call.SET_OPTION);
        r.answer(Map.of()); // SO_RCVBUF 4096 is what the dialog offers
        String client = r.connectedTcpClient();
        r.call(client, Call.SET_OPTION);
        r.answer(Map.of("name", "SO_SNDBUF"));
        r.call(client, Call.NON_BLOCKING);
        r.call(server, Call.ACCEPT);
        String child = r.acceptedBy(server);
        r.call(client, Call.SEND);
        r.answer(Map.of("payload", "x", "total", "100000"));
        r.waitUntil("the send's outcome", () -> sends(client).size() == 1);
        io.sockscope.model.event.Send first = sends(client).get(0);
        assertEquals(100_000, first.requested());
        assertTrue(first.done() > 0 && first.done() < 100_000, "a partial send: " + first.done());
        r.waitUntil("the child's receive queue holds bytes and the client's send queue too", () -> LiveRobot.fx(() ->
                live.window().viewModel().events().stream().anyMatch(e -> e instanceof io.sockscope.model.event.Queues q
                        && q.socket().equals(child) && q.recvQ() > 0)
                && live.window().viewModel().events().stream().anyMatch(e -> e instanceof io.sockscope.model.event.Queues q
                        && q.socket().equals(client) && q.sendQ() > 0)));
        r.call(client, Call.SEND);
        r.answer(Map.of("payload", "x", "total", "100000"));
        r.waitUntil("the second send's outcome", () -> sends(client).size() == 2);
        assertTrue(sends(client).get(1).done() < 100_000, "the buffers are full: " + sends(client).get(1).done());
    }

    /** Every call dialog with fields shows each field's name whole, in English and in Chinese. */
    @Test
    void callDialogsShowEveryFieldNameWholeInBothLanguages(FxRobot robot) {
        LiveRobot r = new LiveRobot(robot, live);
        String server = r.tcpServer();
        String client = r.connectedTcpClient();
        r.click("#paletteSelector");
        String selector = r.socketOwnedBy("selector");
        java.util.Map<Call, String> on = new java.util.LinkedHashMap<>();
        on.put(Call.SEND, client);
        on.put(Call.RECV, client);
        on.put(Call.SET_OPTION, client);
        on.put(Call.SELECT, selector);
        for (io.sockscope.app.ui.Language lang : io.sockscope.app.ui.Language.values()) {
            robot.interact(() -> live.window().i18n().languageProperty().set(lang));
            for (Call call : on.keySet()) {
                r.call(on.get(call), call);
                r.waitUntil("a call dialog", () -> robot.lookup("#callDialog").tryQuery().isPresent());
                WaitForAsyncUtils.waitForFxEvents();
                javafx.scene.control.DialogPane pane = robot.lookup("#callDialog").queryAs(javafx.scene.control.DialogPane.class);
                java.util.List<javafx.scene.control.Labeled> labels = robot.from(pane).lookup(".label").queryAllAs(javafx.scene.control.Labeled.class)
                        .stream().filter(l -> l.getText() != null && !l.getText().isEmpty() && l.isVisible()).toList();
                assertTrue(labels.size() >= 2, lang + " " + call + ": field names shown");
                for (javafx.scene.control.Labeled l : labels) {
                    String shown = l.getChildrenUnmodifiable().stream().filter(javafx.scene.text.Text.class::isInstance)
                            .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse("");
                    assertEquals(l.getText().replaceAll("\\s", ""), shown.replaceAll("\\s", ""), lang + " " + call + ": cut");
                }
                robot.clickOn(pane.lookupButton(javafx.scene.control.ButtonType.CANCEL));
                r.waitUntil("the dialog to close", () -> robot.lookup("#callDialog").tryQuery().isEmpty());
            }
        }
    }

    /** The event list follows new rows until the reader scrolls up; then a chip counts them and brings them back. */
    @Test
    void eventListFollowsUntilScrolledUpThenAChipCountsNewRows(FxRobot robot) {
        LiveRobot r = new LiveRobot(robot, live);
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<io.sockscope.model.event.Event> table =
                robot.lookup("#eventTable").queryAs(javafx.scene.control.TableView.class);
        io.sockscope.model.engine.Engine engine = LiveRobot.fx(() -> live.engine());
        for (int i = 0; i < 40; i++) {
            engine.openUdp(io.sockscope.model.event.Family.INET, "udp " + i);
        }
        r.waitUntil("the list shows its newest row", () -> LiveRobot.fx(() -> table.getItems().size() >= 40 && lastShown(table) == table.getItems().size() - 1));
        javafx.scene.control.Button chip = robot.lookup("#newRowsChip").queryAs(javafx.scene.control.Button.class);
        assertFalse(chip.isVisible(), "no chip while following");
        robot.interact(() -> table.scrollTo(0));
        int before = LiveRobot.fx(() -> table.getItems().size());
        for (int i = 0; i < 5; i++) {
            engine.openUdp(io.sockscope.model.event.Family.INET, "more " + i);
        }
        r.waitUntil("a chip counting the new rows", () -> LiveRobot.fx(() -> chip.isVisible()
                && chip.getText().equals((table.getItems().size() - before) + " new") && table.getItems().size() >= before + 5));
        assertTrue(LiveRobot.fx(() -> lastShown(table)) < before - 1, "the list stayed where the reader scrolled");
        robot.clickOn(chip);
        r.waitUntil("back at the newest row", () -> LiveRobot.fx(() -> !chip.isVisible() && lastShown(table) == table.getItems().size() - 1));
    }

    private static int lastShown(javafx.scene.control.TableView<?> table) {
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        return flow == null || flow.getLastVisibleCell() == null ? -1 : flow.getLastVisibleCell().getIndex();
    }

    private java.util.List<io.sockscope.model.event.Send> sends(String socket) {
        return LiveRobot.fx(() -> live.window().viewModel().events().stream()
                .filter(e -> e instanceof io.sockscope.model.event.Send s && s.socket().equals(socket))
                .map(io.sockscope.model.event.Send.class::cast).toList());
    }

    @Test
    void connectToAPortNobodyListensOnDrawsRefusedAndExplainsIt(FxRobot robot) throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        LiveRobot r = new LiveRobot(robot, live);
        r.click("#paletteTcpClient");
        String client = r.socketOwnedBy("client");
        r.call(client, Call.CONNECT);
        r.answer(Map.of("remote", "127.0.0.1:" + closedPort));
        r.waitUntil("a refused connect", () -> r.fold().marks().stream().anyMatch(m -> m.socket().equals(client)
                && live.window().viewModel().event(m.seq()) instanceof Failure f && f.kind() == ErrorKind.REFUSED));
        String said = robot.lookup("#liveMessage").queryAs(Label.class).getText();
        assertTrue(said.contains("connect") && said.contains("nobody listens"), said);
    }

    @Test
    void blockedAcceptIsShownBlockedUntilAClientConnects(FxRobot robot) {
        LiveRobot r = new LiveRobot(robot, live);
        String server = r.tcpServer();
        r.call(server, Call.ACCEPT);
        r.waitUntil("accept blocks", () -> lastOf(server).type() == EventType.BLOCK);
        assertTrue(LiveRobot.fx(() -> r.fold().activations().stream().anyMatch(a -> a.socket().equals(server))));
        r.click("#paletteTcpClient");
        r.answer(Map.of());
        r.waitUntil("accept wakes and spawns a child", () -> live.window().viewModel().events().stream()
                .anyMatch(e -> e instanceof Accept a && a.socket().equals(server)));
    }

    private Event lastOf(String socket) {
        List<Event> events = live.window().viewModel().events();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (socket.equals(events.get(i).socket()) && events.get(i).type() != EventType.QUEUES) {
                return events.get(i);
            }
        }
        return null;
    }

    @Test
    void autosavedFileReadsBackEqualToWhatTheDiagramShows(FxRobot robot) throws Exception {
        LiveRobot r = new LiveRobot(robot, live);
        String server = r.tcpServer();
        r.click("#paletteUdp");
        r.waitState(r.socketOwnedBy("udp"), "bound");
        LoadedSession shown = LiveRobot.fx(() -> live.window().viewModel().sessionProperty().get());
        Path file = shown.file();
        assertTrue(file.startsWith(dataHome), file.toString());
        robot.interact(() -> live.close());
        List<Event> onScreen = LiveRobot.fx(() -> List.copyOf(live.window().viewModel().events()));
        List<Event> onDisk = io.sockscope.sessions.Sessions.readAll(file).events();
        assertEquals(onDisk, onScreen);
        // File → Save as copies it; the copy reads back the same
        Path copy = Files.createTempDirectory("sockscope-save").resolve("mine.sockscope");
        assertTrue(LiveRobot.fx(() -> live.saveTo(copy)).get(10, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(onScreen, io.sockscope.sessions.Sessions.readAll(copy).events());
        assertEquals(onDisk.size(), LiveRobot.fx(() -> (long) r.fold().rows().size()
                + onDisk.stream().filter(e -> e.type() == EventType.QUEUES).count()).intValue());
    }

    private void selectAtPresent(FxRobot robot, String socket) {
        robot.interact(() -> live.window().viewModel().select(new Selection(socket, lastOf(socket).seq(), false)));
    }

    @Test
    void blockedAcceptStartedFromTheInspectorIsCutShortByClose(FxRobot robot) {
        LiveRobot r = new LiveRobot(robot, live);
        String server = r.tcpServer();
        selectAtPresent(robot, server);
        r.click("#inspect-ACCEPT");
        r.waitUntil("accept blocks", () -> lastOf(server).type() == EventType.BLOCK);
        // the inspector followed the socket to its present row, where close is offered
        r.click("#inspect-CLOSE");
        r.waitUntil("the blocked accept ends with CLOSED and the socket closes", () -> live.window().viewModel().events().stream()
                .anyMatch(e -> e instanceof Failure f && f.socket().equals(server) && f.call().equals("accept") && f.kind() == ErrorKind.CLOSED)
                && live.window().viewModel().events().stream().anyMatch(e -> e.type() == EventType.CLOSE && e.socket().equals(server)));
        assertTrue(LiveRobot.fx(() -> live.window().viewModel().events().stream()
                .anyMatch(e -> e.type() == EventType.WAKE && e.socket().equals(server))));
    }

    @Test
    void keyboardShortcutAcceptsOnTheSelectedServer(FxRobot robot) {
        LiveRobot r = new LiveRobot(robot, live);
        String server = r.tcpServer();
        selectAtPresent(robot, server);
        robot.interact(() -> live.window().stage().requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        r.waitUntil("accept blocks after Ctrl+Shift+A", () -> lastOf(server).type() == EventType.BLOCK);
    }

    @Test
    void bindingToTheWildcardAsksFirstAndSaysWhoCouldConnect(FxRobot robot) {
        LiveRobot r = new LiveRobot(robot, live);
        r.click("#paletteTcpClient"); // no server listens: the client just opens
        String client = r.socketOwnedBy("client");
        r.waitState(client, "created");
        r.call(client, Call.BIND);
        r.answer(Map.of("address", "0.0.0.0:0"));
        r.waitUntil("a warning", () -> robot.lookup("#bindWarning").tryQuery().isPresent());
        javafx.scene.control.DialogPane warning = robot.lookup("#bindWarning").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(warning.getContentText().contains("Any computer"), warning.getContentText());
        robot.clickOn(warning.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        r.waitUntil("the refusal said", () -> live.bar().said().contains("Not bound"));
        assertEquals("created", r.state(client).state());
    }

    @Test
    void newSessionClosesEverySocketOfTheOldOneInItsRecording(FxRobot robot) throws Exception {
        LiveRobot r = new LiveRobot(robot, live);
        String server = r.tcpServer();
        Path old = LiveRobot.fx(() -> live.current().file());
        robot.clickOn("#fileMenu").clickOn("#newLiveSession");
        r.waitUntil("a new, empty session", () -> live.current() != null && !live.current().file().equals(old));
        org.testfx.util.WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> io.sockscope.sessions.Sessions.readAll(old).events()
                .stream().anyMatch(e -> e.type() == EventType.CLOSE && e.socket().equals(server)));
        assertEquals(0, (int) LiveRobot.fx(() -> live.window().viewModel().events().size()));
    }

    @Test
    void unixServerAndClientConnectThroughASocketFile(FxRobot robot) {
        LiveRobot r = new LiveRobot(robot, live);
        r.click("#paletteUnixServer");
        String server = r.socketOwnedBy("unix server");
        r.waitState(server, "listening");
        String path = r.state(server).local();
        assertTrue(Files.exists(Path.of(path)), path);
        r.click("#paletteUnixClient");
        String client = r.socketOwnedBy("unix client");
        r.answer(Map.of());
        r.waitState(client, "connected");
        r.call(server, Call.ACCEPT);
        r.acceptedBy(server);
    }

    @Test
    void udpSendtoReachesAnotherUdpSocketsRecvfromWithAnArrow(FxRobot robot) {
        LiveRobot r = new LiveRobot(robot, live);
        r.click("#paletteUdp");
        String a = r.socketOwnedBy("udp");
        r.waitState(a, "bound");
        r.click("#paletteUdp");
        r.waitUntil("a second UDP socket", () -> r.fold().lifelines().stream().filter(l -> l.owner().startsWith("udp")).count() == 2);
        String b = LiveRobot.fx(() -> r.fold().lifelines().stream().filter(l -> l.owner().startsWith("udp") && !l.socket().equals(a))
                .findFirst().orElseThrow().socket());
        r.waitState(b, "bound");
        String bAddress = r.state(b).local();
        r.call(a, Call.SENDTO);
        r.answer(Map.of("peer", bAddress, "payload", "ping"));
        r.call(b, Call.RECVFROM);
        r.answer(Map.of());
        r.waitUntil("a datagram arrow from a to b", () -> r.fold().arrows().stream()
                .anyMatch(x -> x.datagram() && x.fromSocket().equals(a) && b.equals(x.toSocket()) && x.length() == 4));
    }

    @Test
    void scrollingAwayShowsBackToLiveWhichReturnsToTheNewestRow(FxRobot robot) {
        LiveRobot r = new LiveRobot(robot, live);
        for (int i = 0; i < 6; i++) {
            r.click("#paletteTcpServer");
        }
        r.waitUntil("six servers listening", () -> r.fold().lifelines().stream()
                .filter(l -> l.owner().startsWith("server")).allMatch(l -> "listening".equals(live.actions().snapshot(l.socket()).state()))
                && r.fold().lifelines().size() == 6);
        io.sockscope.app.diagram.DiagramView view = live.window().diagram().view();
        assertTrue(LiveRobot.fx(() -> view.followingProperty().get()));
        robot.interact(() -> view.reveal(0));
        r.waitUntil("the view stops following", () -> !view.followingProperty().get());
        r.waitUntil("the button shows", () -> robot.lookup("#followButton").query().isVisible());
        r.click("#followButton");
        r.waitUntil("following again", () -> view.followingProperty().get());
    }

    @Test
    void anEndedSessionNeverOffersBackToLive(FxRobot robot) {
        LiveRobot r = new LiveRobot(robot, live);
        for (int i = 0; i < 6; i++) {
            r.click("#paletteTcpServer");
        }
        r.waitUntil("six servers", () -> r.fold().lifelines().size() == 6);
        robot.interact(() -> live.end());
        r.waitUntil("the session has ended", () -> !live.window().viewModel().liveProperty().get());
        io.sockscope.app.diagram.DiagramView view = live.window().diagram().view();
        robot.interact(() -> view.reveal(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#followButton").query().isVisible(), "back to live offered with nothing live");
    }
}
