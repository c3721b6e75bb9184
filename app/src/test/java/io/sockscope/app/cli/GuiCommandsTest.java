package io.sockscope.app.cli;

import static io.sockscope.app.cli.CliAssertions.assertBadInput;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sockscope.app.launch.GuiLauncher;
import io.sockscope.model.scenario.ScenarioCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuiCommandsTest {

    @Test
    void serveOpensWindowWithRequestedPortAndEcho() {
        CliRun run = CliRun.of("serve", "--port", "5000", "--echo");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(new GuiLauncher.Request(null, null, 5000, true, true)), run.windows());
    }

    @Test
    void serveDefaultsToAnyFreePortWithoutEcho() {
        CliRun run = CliRun.of("serve");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(new GuiLauncher.Request(null, null, 0, false, true)), run.windows());
    }

    @Test
    void serveOnAPortInUseIsOneLineOnStderrExitTwoAndNoWindow() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            CliRun run = CliRun.of("serve", "--port", Integer.toString(port), "--echo");
            assertEquals(Cli.BAD_INPUT, run.code());
            assertEquals("", run.out());
            assertEquals("sockscope: cannot serve on port " + port + ": Address already in use\n", run.err());
            assertEquals(List.of(), run.windows());
        }
    }

    @Test
    void windowThatCannotOpenIsOneLineAndExitOne() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"serve"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), request -> {
                    throw new UnsupportedOperationException("Unable to open DISPLAY");
                });
        assertEquals(Cli.FAILED, code);
        assertEquals("sockscope: cannot open the window: Unable to open DISPLAY\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runOfUnknownScenarioIsBadInputAndOpensNothing() {
        CliRun run = CliRun.of("run", "no-such-scenario");
        assertBadInput(run);
        assertEquals("sockscope: unknown scenario 'no-such-scenario' (try: sockscope scenarios)", run.errLines().get(0));
    }

    @Test
    void runOfEveryCatalogScenarioOpensWindowRunningIt() {
        ScenarioCatalog.all().forEach(s -> {
            CliRun run = CliRun.of("run", s.id());
            assertEquals(0, run.code(), run.err());
            assertEquals(List.of(new GuiLauncher.Request(null, s.id(), null, false, false)), run.windows());
        });
    }
}
