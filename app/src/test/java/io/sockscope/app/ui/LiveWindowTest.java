package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Recv;
import io.sockscope.sessions.Sessions;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

/** Live sessions on real loopback sockets: a scenario played in the window, and the serve mode. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class LiveWindowTest {
    private MainWindow window;
    private Path dataDir;

    @Start
    void start(Stage stage) throws Exception {
        dataDir = Files.createTempDirectory("sockscope-data");
        System.setProperty("sockscope.data.dir", dataDir.toString());
        Settings settings = Settings.load(Files.createTempDirectory("sockscope-settings"));
        settings.setSize(1200, 760);
        window = new MainWindow(stage, settings, new SessionViewModel(Runnable::run, SessionFiles::read));
        window.live().setPace(Duration.ZERO);
        stage.show();
    }

    @AfterEach
    void end(FxRobot robot) {
        robot.interact(() -> window.live().closeNow());
        System.clearProperty("sockscope.data.dir");
    }

    @Test
    void aScenarioPlaysLiveAndIsRecorded(FxRobot robot) throws Exception {
        robot.interact(() -> window.runScenario("tcp-echo"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().liveProperty().get()
                || !window.viewModel().events().isEmpty());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.viewModel().liveProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#liveFailedDialog").tryQuery().isPresent(),
                () -> robot.lookup("#liveFailedDialog .content").queryAs(Label.class).getText());
        List<Event> shown = List.copyOf(window.viewModel().events());
        assertTrue(shown.size() > 10, "events: " + shown.size());
        Path file = window.viewModel().sessionProperty().get().file();
        assertTrue(file.startsWith(dataDir), file.toString());
        assertEquals(shown, Sessions.readAll(file).events(), "the recording holds what the window shows");
        assertTrue(window.diagram().fold().lifelines().size() >= 3, "server, its child, the client");
        Note lastStep = (Note) shown.stream().filter(e -> e instanceof Note n && n.step() > 0).reduce((a, b) -> b).orElseThrow();
        robot.interact(() -> window.viewModel().selectEvent(shown.get(shown.size() - 1).seq()));
        assertEquals(lastStep.text(), robot.lookup("#captionText").queryAs(Label.class).getText());
    }

    @Test
    void serveEchoesAnOutsideClientAndDrawsIt(FxRobot robot) throws Exception {
        robot.interact(() -> window.serve(0, true));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.viewModel().events().stream().anyMatch(e -> e instanceof Listen));
        Bind bind = window.viewModel().events().stream().filter(e -> e instanceof Bind).map(Bind.class::cast)
                .findFirst().orElseThrow();
        int port = Integer.parseInt(bind.local().substring(bind.local().lastIndexOf(':') + 1));
        try (SocketChannel client = SocketChannel.open(new InetSocketAddress("127.0.0.1", port))) {
            client.write(ByteBuffer.wrap("hi there\n".getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer back = ByteBuffer.allocate(64);
            while (back.position() < 9) {
                if (client.read(back) < 0) {
                    break;
                }
            }
            assertEquals("hi there\n", new String(back.array(), 0, back.position(), StandardCharsets.US_ASCII));
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().events().stream()
                .anyMatch(e -> e instanceof Recv r && r.done() < 0));
        WaitForAsyncUtils.waitForFxEvents();
        Accept accept = window.viewModel().events().stream().filter(e -> e instanceof Accept).map(Accept.class::cast)
                .findFirst().orElseThrow();
        assertNotNull(window.diagram().fold().lifeline(accept.child()), "the accepted socket has a lifeline");
        assertTrue(window.diagram().fold().lifelines().stream().map(Lifeline::socket).toList().contains(bind.socket()));
        robot.interact(window::stopLive);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().liveProperty().get());
        assertFalse(window.viewModel().liveProperty().get());
    }
}
