package io.sockscope.app.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Recv;
import io.sockscope.model.trace.StepCaptions;
import io.sockscope.model.trace.StraceCommand;
import io.sockscope.model.trace.Tracer;
import io.sockscope.sessions.Sessions;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A program under strace drawn while it runs: the traced echo server's listener is in the
 * diagram while the server still waits in accept, the test's own client then gets a lifeline
 * drawn for it, and the session ends (recorded) when the program does.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class LiveTraceWindowTest {
    private static final Path ECHO_SERVER = Path.of("..", "resources", "programs", "echo_server.py").toAbsolutePath().normalize();
    private LiveWindow live;

    @Start
    void start(Stage stage) throws Exception {
        live = LiveRobot.window(stage, null, Files.createTempDirectory("sockscope-data"));
        stage.show();
    }

    @AfterEach
    void closeSession(FxRobot robot) {
        robot.interact(() -> live.close());
    }

    @Test
    void tracedServerIsDrawnWhileItRunsAndRecordedWhenItEnds(FxRobot robot) throws Exception {
        assumeTrue(StraceCommand.strace() != null, "strace is not installed (Debian package: strace): skipped");
        assumeTrue(StraceCommand.onPath("python3") != null, "python3 is not installed: skipped");
        Tracer tracer = Tracer.launch(new Tracer.Request(List.of("python3", ECHO_SERVER.toString()), 0, "en", 4096,
                StepCaptions.NONE), System.err);
        LiveSession session = LiveRobot.fx(() -> live.trace("trace: echo_server.py", tracer));
        LiveRobot r = new LiveRobot(robot, live);
        assertTrue(session.engine().isEmpty(), "a traced program takes no calls from the palette");

        r.waitUntil("the traced listener drawn with its address", () -> bound() != null && lifeline(bound().socket()) != null);
        assertTrue(LiveRobot.fx(() -> live.window().viewModel().liveProperty().get()), "drawn live, not after the end");
        assertEquals(-1, tracer.exitCode(), "the server still waits for its client");
        Bind bind = LiveRobot.fx(this::bound);
        String listener = bind.socket();
        assertTrue(LiveRobot.fx(() -> lifeline(listener).owner().startsWith("echo_server.py (pid ")),
                "the lifeline names the program and its pid: " + LiveRobot.fx(() -> lifeline(listener).owner()));

        // the bind is drawn as soon as strace reports it; connect only once listen has returned too
        r.waitUntil("the traced server listens", () -> LiveRobot.fx(() -> live.window().viewModel().events().stream()
                .anyMatch(e -> e instanceof io.sockscope.model.event.Listen && listener.equals(e.socket()))));
        byte[] hello = "hello, traced".getBytes(StandardCharsets.US_ASCII);
        try (Socket client = new Socket()) {
            // the program binds port 0: the bind is drawn with the port the kernel chose
            assertTrue(port(bind.local()) > 0, bind.local());
            client.connect(new InetSocketAddress("127.0.0.1", port(bind.local())), 5000);
            client.setSoTimeout(10_000);
            OutputStream out = client.getOutputStream();
            out.write(hello);
            InputStream in = client.getInputStream();
            assertArrayEquals(hello, in.readNBytes(hello.length), "echoed by the traced server");
            r.waitUntil("the accepted connection and its bytes drawn", () -> received(hello.length));
        }
        r.waitUntil("the session ended with the program", () -> !live.window().viewModel().liveProperty().get());
        assertEquals(0, tracer.exitCode());
        assertTrue(LiveRobot.fx(() -> live.bar().said()).startsWith("The traced program ended (exit status 0)"),
                LiveRobot.fx(() -> live.bar().said()));
        List<Event> shown = LiveRobot.fx(() -> List.copyOf(live.window().viewModel().events()));
        assertTrue(shown.stream().anyMatch(e -> e instanceof Accept), "the accept spawned a lifeline");
        assertFalse(shown.isEmpty());
        assertEquals(shown, Sessions.readAll(session.file()).events(), "the autosave holds what was drawn");
    }

    /** The traced listener's bind, on the FX thread. */
    private Bind bound() {
        return live.window().viewModel().events().stream()
                .filter(e -> e instanceof Bind).map(e -> (Bind) e).findFirst().orElse(null);
    }

    private boolean received(int n) {
        List<Event> events = live.window().viewModel().events();
        String child = events.stream().filter(e -> e instanceof Accept).map(e -> ((Accept) e).child()).findFirst().orElse(null);
        return child != null && lifeline(child) != null
                && events.stream().anyMatch(e -> e instanceof Recv v && v.socket().equals(child) && v.done() == n);
    }

    private Lifeline lifeline(String socket) {
        return live.fold().lifelines().stream().filter(l -> l.socket().equals(socket)).findFirst().orElse(null);
    }

    private static int port(String address) {
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }
}
