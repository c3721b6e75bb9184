package io.sockscope.app.cli;

import static io.sockscope.app.cli.CliAssertions.assertBadInput;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sockscope.app.launch.GuiLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenCommandTest {
    @TempDir
    Path dir;

    @Test
    void goodSessionOpensWindowReplayingIt() throws Exception {
        Path file = SampleSessions.write(dir.resolve("s.sockscope"), true);
        CliRun run = CliRun.of("open", file.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(new GuiLauncher.Request(file, null, null, false, false)), run.windows());
    }

    @Test
    void missingFileFailsBeforeAnyWindow() {
        assertBadInput(CliRun.of("open", dir.resolve("nope.sockscope").toString()));
    }

    @Test
    void emptyFileFailsBeforeAnyWindow() throws Exception {
        assertBadInput(CliRun.of("open", Files.createFile(dir.resolve("e.sockscope")).toString()));
    }

    @Test
    void futureVersionFailsBeforeAnyWindow() throws Exception {
        Path file = Files.writeString(dir.resolve("f.sockscope"), SampleSessions.headerLine(99) + "\n");
        assertBadInput(CliRun.of("open", file.toString()));
    }
}
