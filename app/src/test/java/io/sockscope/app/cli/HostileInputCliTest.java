package io.sockscope.app.cli;

import static io.sockscope.app.cli.CliAssertions.assertBadInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import io.sockscope.sessions.Printable;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionWriter;
import io.sockscope.sessions.WriterOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14's hostile inputs through the command line: each gets one true line, exit 2, and nothing raw on the terminal. */
@Timeout(30)
class HostileInputCliTest {
    @TempDir
    Path dir;

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(c -> c != '\n' && Printable.actsOnTerminal((char) c));
    }

    private static void assertRefused(String file, String reason) {
        CliRun run = CliRun.of("info", file);
        assertBadInput(run);
        assertEquals("sockscope: " + file + ": " + reason, run.errLines().get(0));
    }

    @Test
    void infoOnANamedPipeSaysSoAndReturns() throws Exception {
        Path fifo = dir.resolve("f.sockscope");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo");
        assertRefused(fifo.toString(), "is a named pipe (FIFO), not a session file; Sockscope reads only regular files");
    }

    @Test
    void infoOnDevicesAndProcFilesNamesWhatTheyAre() {
        assertRefused("/dev/zero", "is a character device (such as /dev/zero or /dev/urandom), not a session file");
        assertRefused("/dev/urandom", "is a character device (such as /dev/zero or /dev/urandom), not a session file");
        assertRefused("/proc/self/status", "is a file of the kernel's proc file system (made up as it is read), not a session file");
    }

    /** A title, a socket id and an owner full of terminal escapes, NUL and C1 controls. */
    private Path escapingSession() throws Exception {
        Path file = dir.resolve("esc.sockscope");
        String evil = "\u001b]0;pwned\u0007\u001b[2J\u001bc\u0000\u009b31m\u202e";
        try (SessionWriter w = SessionWriter.open(file, SessionHeader.create("title" + evil, "", "en"), WriterOptions.defaults())) {
            w.accept(new Open(0, 0, "s1" + evil, Proto.TCP, Family.INET, 3, evil));
            w.accept(new io.sockscope.model.event.Note(1, 1, "a caption", "en" + evil, 1)); // a caption's language is printed too
        }
        return file;
    }

    @Test
    void infoTextEscapesControlCharactersFromTheFile() throws Exception {
        CliRun run = CliRun.of("info", escapingSession().toString());
        assertEquals(0, run.code(), run.err());
        assertFalse(hasControl(run.out()), run.out());
        assertTrue(run.outLines().contains("title:     title\\x1b]0;pwned\\x07\\x1b[2J\\x1bc\\x00\\x9b31m\\u202e"), run.out());
        assertTrue(run.outLines().contains("captions:  en\\x1b]0;pwned\\x07\\x1b[2J\\x1bc\\x00\\x9b31m\\u202e"), run.out());
    }

    @Test
    void infoJsonEscapesControlCharactersAndStaysValidJson() throws Exception {
        CliRun run = CliRun.of("info", escapingSession().toString(), "--json");
        assertEquals(0, run.code(), run.err());
        assertFalse(hasControl(run.out()), run.out());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("title\u001b]0;pwned\u0007\u001b[2J\u001bc\u0000\u009b31m\u202e", json.get("title").asText());
        assertEquals("en\u001b]0;pwned\u0007\u001b[2J\u001bc\u0000\u009b31m\u202e", json.get("captionLanguages").get(0).asText());
    }

    @Test
    void errorQuotingControlBytesPrintsThemEscaped() throws Exception {
        Path file = Files.writeString(dir.resolve("bad\u001b[2J.sockscope"), "x\u001bc\u0000\n");
        CliRun run = CliRun.of("info", file.toString());
        assertBadInput(run);
        assertFalse(hasControl(run.err()), run.err());
        assertTrue(run.err().contains("bad\\x1b[2J.sockscope"), run.err());
    }

    @Test
    void badOptionQuotingControlBytesPrintsThemEscaped() {
        CliRun run = CliRun.of("scenarios", "--\u001b[2J");
        assertBadInput(run);
        assertFalse(hasControl(run.err()), run.err());
    }

    @Test
    void nameWithBytesTheLocaleCouldNotDecodeIsExplained() {
        CliRun run = CliRun.of("info", dir.resolve("bad\uFFFD.sockscope").toString());
        assertBadInput(run);
        assertTrue(run.err().contains("bad\\ufffd.sockscope: no such file; the name held bytes that are not valid"), run.err());
    }

    @Test
    void emptyOutputNameIsSaidToBeEmpty() {
        CliRun run = CliRun.of("record", "tcp-echo", "-o", "");
        assertBadInput(run);
        assertEquals("sockscope: -o: the file name is empty", run.errLines().get(0));
    }

    @Test
    void outputNameEndingInSlashIsNeverWrittenAsAFile() {
        String name = dir.resolve("newdir") + "/";
        CliRun run = CliRun.of("record", "tcp-echo", "-o", name);
        assertBadInput(run);
        assertEquals("sockscope: " + name + ": names a directory (it ends with /) that does not exist; -o needs a file name",
                run.errLines().get(0));
        assertFalse(Files.exists(dir.resolve("newdir")), "nothing may be written");
    }

    @Test
    void existingDirectoryAsOutputSuggestsAFileInIt() {
        String name = dir + "/";
        CliRun run = CliRun.of("record", "tcp-echo", "-o", name);
        assertBadInput(run);
        assertEquals("sockscope: " + name + ": is a directory; -o needs a file name, e.g. " + dir.resolve("session.sockscope"),
                run.errLines().get(0));
    }
}
