package io.sockscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sockscope export}: files made headless, and bad input as one line, exit 2, no file left. */
class ExportCommandTest {
    private static final Path SAMPLE = Path.of(System.getProperty("sockscope.samples", "../resources/sessions"))
            .resolve("tcp-echo.sockscope");

    @TempDir
    Path dir;

    private void assertNothingWritten() throws Exception {
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void exportsTheFormatTheExtensionNames() throws Exception {
        Path out = dir.resolve("echo.svg");
        CliRun run = CliRun.of("export", SAMPLE.toString(), "-o", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(out).startsWith("<?xml"));
        assertTrue(run.out().contains("exported"), run.out());
    }

    @Test
    void formatOptionOverridesTheExtension() throws Exception {
        Path out = dir.resolve("echo.txt");
        CliRun run = CliRun.of("export", SAMPLE.toString(), "-o", out.toString(), "--format", "mmd", "--steps", "2-3");
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(out).startsWith("sequenceDiagram"));
    }

    @Test
    void unknownFormatIsOneLineAndExit2() throws Exception {
        CliRun run = CliRun.of("export", SAMPLE.toString(), "-o", dir.resolve("x.bmp").toString());
        assertEquals(2, run.code());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("unknown format '.bmp'"), run.err());
        assertNothingWritten();
    }

    @Test
    void unwritablePathIsExit2() throws Exception {
        CliRun run = CliRun.of("export", SAMPLE.toString(), "-o", dir.resolve("missing/dir/x.svg").toString());
        assertEquals(2, run.code());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("does not exist"), run.err());
        assertNothingWritten();
    }

    @Test
    void emptyRangeIsExit2AndLeavesNoFile() throws Exception {
        CliRun run = CliRun.of("export", SAMPLE.toString(), "-o", dir.resolve("x.png").toString(), "--events", "5000-6000");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("sockscope: events 5000-6000 are not in the session"), run.err());
        assertNothingWritten();
    }

    @Test
    void backwardsRangeIsExit2() throws Exception {
        CliRun run = CliRun.of("export", SAMPLE.toString(), "-o", dir.resolve("x.png").toString(), "--steps", "5-2");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("is empty"), run.err());
    }

    @Test
    void brokenSessionIsOneLineWithItsLineNumberAndExit2() throws Exception {
        Path broken = dir.resolve("broken.sockscope");
        List<String> lines = Files.readAllLines(SAMPLE);
        Files.write(broken, List.of(lines.get(0), lines.get(1), "{not json"));
        Path out = dir.resolve("x.svg");
        CliRun run = CliRun.of("export", broken.toString(), "-o", out.toString());
        assertEquals(2, run.code());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("broken.sockscope:3"), run.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void mp4WithoutFfmpegNamesThePackage() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(io.sockscope.app.export.ExportFormat.MP4 != null
                && !ffmpegOnPath(), "ffmpeg is on the PATH here: the missing-ffmpeg message cannot be seen");
        CliRun run = CliRun.of("export", SAMPLE.toString(), "-o", dir.resolve("x.mp4").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("ffmpeg"), run.err());
        assertNothingWritten();
    }

    private static boolean ffmpegOnPath() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d.isEmpty() ? "." : d, "ffmpeg"))) {
                return true;
            }
        }
        return false;
    }
}
