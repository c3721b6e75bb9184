package io.sockscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every failed run must look like to a user. */
final class CliAssertions {
    private CliAssertions() {
    }

    /** Exit 2, nothing on stdout, exactly one stderr line {@code sockscope: ...}, no window opened. */
    static void assertBadInput(CliRun run) {
        assertEquals(Cli.BAD_INPUT, run.code(), () -> "exit code; stderr was: " + run.err());
        assertOneErrorLine(run);
        assertTrue(run.windows().isEmpty(), "no window may open on bad input");
    }

    static void assertOneErrorLine(CliRun run) {
        assertEquals(1, run.errLines().size(), () -> "stderr must be one line, was:\n" + run.err());
        assertTrue(run.errLines().get(0).startsWith("sockscope: "), () -> "stderr: " + run.err());
        assertTrue(run.out().isEmpty(), () -> "stdout must be empty, was: " + run.out());
    }
}
