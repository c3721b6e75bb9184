package io.sockscope.app.cli;

import static io.sockscope.app.cli.CliAssertions.assertBadInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionAndHelpTest {

    @Test
    void versionPrintsProjectVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.code());
        assertEquals("sockscope 0.1.0", run.out().strip());
        assertTrue(run.err().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"scenarios", "record", "info", "open", "run", "serve", "help"})
    void helpOnEveryCommandPrintsUsage(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Usage: sockscope " + command), run.out());
        assertTrue(run.windows().isEmpty());
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.code());
        for (String command : new String[] {"scenarios", "record", "info", "open", "run", "serve", "help"}) {
            assertTrue(run.out().contains("  " + command + " "), () -> command + " missing from:\n" + run.out());
        }
    }

    @Test
    void helpCommandNamesCommandUsage() {
        CliRun run = CliRun.of("help", "record");
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("Usage: sockscope record"), run.out());
    }

    @Test
    void unknownCommandIsBadInput() {
        CliRun run = CliRun.of("frobnicate");
        assertBadInput(run);
        assertEquals("sockscope: unknown command 'frobnicate' (try: sockscope --help)", run.errLines().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bogus", "scenarios --bogus", "scenarios --lang fr", "run", "serve --port 70000",
        "serve --port -1", "serve --port abc", "record", "record tcp-echo", "info", "open", "run a b"})
    void badOptionOrArgumentIsBadInput(String args) {
        assertBadInput(CliRun.of(args.split(" ")));
    }
}
