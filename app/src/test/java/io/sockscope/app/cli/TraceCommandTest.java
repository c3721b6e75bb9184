package io.sockscope.app.cli;

import static io.sockscope.app.cli.CliAssertions.assertBadInput;
import static io.sockscope.app.cli.CliAssertions.assertOneErrorLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sockscope.app.launch.GuiLauncher;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Event;
import io.sockscope.model.trace.Tracer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import io.sockscope.model.event.Note;
import io.sockscope.model.trace.StraceCommand;
import io.sockscope.sessions.Session;
import io.sockscope.sessions.Sessions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class TraceCommandTest {
    static final Path TOGETHER = Path.of("..", "resources", "programs", "together.py").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    static void needStrace() {
        assumeTrue(StraceCommand.strace() != null, "strace is not installed (Debian package: strace): skipped");
        assumeTrue(StraceCommand.onPath("python3") != null, "python3 is not installed: skipped");
    }

    @Test
    void headlessTraceRecordsTheEchoPairWithCaptionsAndOpensNoWindow() throws Exception {
        needStrace();
        Path file = dir.resolve("echo.sockscope");
        CliRun run = CliRun.of("trace", "--headless", "--lang", "zh", "-o", file.toString(), "--",
                "python3", TOGETHER.toString(), "echo_server.py", "--", "echo_client.py");
        assertEquals(0, run.code(), run.err());
        Session s = Sessions.readAll(file);
        assertEquals(List.of("sockscope: recorded " + s.events().size() + " events to " + file), run.outLines());
        assertEquals("zh", s.header().lang());
        assertTrue(s.events().stream().anyMatch(e -> e instanceof Accept), "the server accepted the client");
        assertTrue(s.events().stream().anyMatch(e -> e instanceof Note n && n.step() == 1 && n.lang().equals("zh")),
                "echo.captions beside echo_server.py gives the steps");
        assertTrue(run.windows().isEmpty());
    }

    @Test
    void withoutHeadlessTheWindowFollowsTheRunningProgramAndOutputGetsACopy() throws Exception {
        needStrace();
        Path file = dir.resolve("udp.sockscope");
        List<GuiLauncher.Request> windows = new ArrayList<>();
        List<Event> drawn = new CopyOnWriteArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"trace", "-o", file.toString(), "--",
            "python3", TOGETHER.toString(), "udp_server.py", "--", "udp_client.py"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err, req -> {
                    windows.add(req); // as the window does: subscribe, follow, show until the program ends
                    Tracer tracer = req.trace().tracer();
                    assertEquals(-1, tracer.exitCode(), "the window gets the program while it runs");
                    tracer.subscribe(drawn::add);
                    tracer.follow();
                    try {
                        assertTrue(tracer.awaitEnd(60, TimeUnit.SECONDS), "the traced pair ended");
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                });
        assertEquals(0, code);
        assertEquals(1, windows.size());
        assertTrue(windows.get(0).trace().title().startsWith("trace: python3 "), windows.get(0).trace().title());
        assertTrue(drawn.stream().anyMatch(e -> e instanceof Bind), "the window was given the server's calls");
        assertEquals(drawn, Sessions.readAll(file).events(), "-o holds what the window was given");
        assertEquals("sockscope: recorded " + drawn.size() + " events to " + file, out.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void missingCommandIsOneLine() {
        needStrace();
        CliRun run = CliRun.of("trace", "--headless", "-o", dir.resolve("x.sockscope").toString(), "--", "no-such-program-here");
        assertEquals(Cli.FAILED, run.code());
        assertOneErrorLine(run);
        assertEquals("sockscope: no-such-program-here: command not found", run.err().strip());
    }

    @Test
    void noCommandIsBadInput() {
        assertBadInput(CliRun.of("trace", "--headless"));
    }
}
