package io.sockscope.app.cli;

import static io.sockscope.app.cli.CliAssertions.assertBadInput;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sockscope.app.ui.GuiLauncher;
import io.sockscope.model.scenario.ScenarioCatalog;
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
