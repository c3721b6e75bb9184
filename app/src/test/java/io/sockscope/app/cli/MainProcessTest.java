package io.sockscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real entry point in a separate JVM: exit codes and streams as a shell sees them. */
@Timeout(60)
class MainProcessTest {
    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {
    }

    private Outcome main(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-exports", "java.base/sun.nio.ch=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "io.sockscope.app.Main"));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(50, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("sockscope " + String.join(" ", args) + " did not exit");
        }
        return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionExitsZeroWithVersionLine() throws Exception {
        Outcome o = main("--version");
        assertEquals(0, o.code(), o.err());
        assertEquals("sockscope 0.1.0\n", o.out());
        assertEquals("", o.err());
    }

    @Test
    void infoJsonStdoutIsOnlyTheJsonObject() throws Exception {
        Path file = SampleSessions.write(dir.resolve("s.sockscope"), false);
        Outcome o = main("info", file.toString(), "--json");
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.err());
        JsonNode json = new ObjectMapper().readTree(o.out());
        assertEquals(SampleSessions.EVENTS.size(), json.get("events").asInt());
    }

    @Test
    void missingSessionFileExitsTwoWithOneLineAndNoStackTrace() throws Exception {
        Path missing = dir.resolve("nope.sockscope");
        Outcome o = main("info", missing.toString());
        assertEquals(2, o.code());
        assertEquals("", o.out());
        String[] lines = o.err().split("\\R");
        assertEquals(1, lines.length, o.err());
        assertTrue(lines[0].startsWith("sockscope: ") && lines[0].contains(missing.toString()), o.err());
        assertFalse(o.err().contains("\tat "), o.err());
    }

    @Test
    void badOptionExitsTwoWithoutStackTrace() throws Exception {
        Outcome o = main("scenarios", "--lang", "fr");
        assertEquals(2, o.code());
        assertEquals(1, o.err().split("\\R").length, o.err());
        assertFalse(o.err().contains("Exception"), o.err());
    }
}
