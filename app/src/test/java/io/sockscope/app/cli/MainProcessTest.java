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
        return run(null, null, args);
    }

    /** Runs Main with {@code stdout} as its standard output (null: a file) and {@code lcAll} as LC_ALL (null: inherited). */
    private Outcome run(java.io.File stdout, String lcAll, String... args) throws IOException, InterruptedException {
        return runOnDisplay(stdout, lcAll, null, args);
    }

    /** As above, with DISPLAY set to {@code display} (null: inherited). */
    private Outcome runOnDisplay(java.io.File stdout, String lcAll, String display, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-exports", "java.base/sun.nio.ch=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "io.sockscope.app.Main"));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Files.deleteIfExists(out);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(stdout != null ? stdout : out.toFile())
                .redirectError(err.toFile()).directory(dir.toFile());
        if (lcAll != null) {
            pb.environment().put("LC_ALL", lcAll);
        }
        if (display != null) {
            pb.environment().put("DISPLAY", display);
        }
        Process p = pb.start();
        if (!p.waitFor(50, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("sockscope " + String.join(" ", args) + " did not exit");
        }
        return new Outcome(p.exitValue(), Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "",
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
    void windowCommandOnADisplayNobodyServesSaysTheWindowCannotOpen() throws Exception {
        Path file = SampleSessions.write(dir.resolve("s.sockscope"), false);
        Outcome o = runOnDisplay(null, null, ":97531", "open", file.toString());
        assertEquals(1, o.code(), o.err());
        assertTrue(o.err().startsWith("sockscope: cannot open the window: "), o.err());
        assertEquals(1, o.err().split("\\R").length, o.err());
    }

    @Test
    void badOptionExitsTwoWithoutStackTrace() throws Exception {
        Outcome o = main("scenarios", "--lang", "fr");
        assertEquals(2, o.code());
        assertEquals(1, o.err().split("\\R").length, o.err());
        assertFalse(o.err().contains("Exception"), o.err());
    }

    @Test
    void scenariosToAFullDiskExitsOneSayingSo() throws Exception {
        Outcome o = run(new java.io.File("/dev/full"), null, "scenarios");
        assertEquals(1, o.code(), o.err());
        assertEquals("sockscope: writing to standard output failed; the output is incomplete\n", o.err());
    }

    @Test
    void infoJsonToAFullDiskExitsOneSayingSo() throws Exception {
        Path file = SampleSessions.write(dir.resolve("s.sockscope"), false);
        Outcome o = run(new java.io.File("/dev/full"), null, "info", "--json", file.toString());
        assertEquals(1, o.code(), o.err());
        assertEquals("sockscope: writing to standard output failed; the output is incomplete\n", o.err());
    }

    /** Without the launcher (which switches to C.UTF-8), Java cannot carry a Chinese name under LC_ALL=C: one clear line. */
    @Test
    void chineseFileNameUnderCLocaleFailsWithOneClearLine() throws Exception {
        SampleSessions.write(dir.resolve("中文.sockscope"), false);
        Outcome o = run(null, "C", "info", "中文.sockscope");
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.err().split("\\R").length, o.err());
        assertTrue(o.err().endsWith(".sockscope: this file name cannot be used: the locale's character set "
                + "(ANSI_X3.4-1968) cannot represent it; run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8\n"), o.err());
    }

    @Test
    void chineseFileNameUnderAUtf8LocaleWorks() throws Exception {
        SampleSessions.write(dir.resolve("中文.sockscope"), false);
        Outcome o = run(null, "C.UTF-8", "info", "中文.sockscope");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("file:      中文.sockscope\n"), o.out());
    }

    /** A name that is not UTF-8 reaches Java with U+FFFD in place of the bad byte: it is said, not a bare "no such file". */
    @Test
    void fileNameThatIsNotUtf8IsExplained() throws Exception {
        List<String> cmd = List.of("sh", "-c", "exec \"$0\" --add-exports java.base/sun.nio.ch=ALL-UNNAMED -cp \"$1\" "
                + "io.sockscope.app.Main info \"$(printf 'bad\\377.sockscope')\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(dir.resolve("o").toFile())
                .redirectError(dir.resolve("e").toFile());
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process p = pb.start();
        assertTrue(p.waitFor(50, TimeUnit.SECONDS));
        String err = Files.readString(dir.resolve("e"), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), err);
        assertEquals("sockscope: bad\\ufffd.sockscope: no such file; the name held bytes that are not valid UTF-8 "
                + "(shown as \\ufffd), which Java cannot pass on: rename the file or use a UTF-8 locale\n", err);
    }
}
