package io.sockscope.sessions;

import static io.sockscope.sessions.Files2.HEADER;
import static io.sockscope.sessions.Files2.OPEN0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The hostile inputs of issue 14 (points 4 and 6 to 9): each is refused with its own true reason, quickly. */
@Timeout(30)
class HostileFileTest {
    @TempDir
    Path dir;

    private SessionFormatException failure(Path file) {
        return assertThrows(SessionFormatException.class, () -> SessionStats.of(file));
    }

    /** True when {@code s} holds a character a terminal would act on. */
    static boolean hasControl(String s) {
        return s.chars().anyMatch(c -> Printable.actsOnTerminal((char) c));
    }

    @Test
    void namedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("f.sockscope");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo");
        assertEquals("is a named pipe (FIFO), not a session file; Sockscope reads only regular files", failure(fifo).reason());
    }

    @Test
    void devZeroAndUrandomAreCharacterDevicesNotEmptyFiles() {
        for (String dev : new String[] {"/dev/zero", "/dev/urandom", "/dev/null"}) {
            assertEquals("is a character device (such as /dev/zero or /dev/urandom), not a session file",
                    failure(Path.of(dev)).reason(), dev);
        }
    }

    @Test
    void procFileIsNamedAsTheKernelsNotEmpty() {
        assertEquals("is a file of the kernel's proc file system (made up as it is read), not a session file",
                failure(Path.of("/proc/self/status")).reason());
    }

    @Test
    void overlongSlashIsInvalidUtf8NotDotDotSlash() throws Exception {
        byte[] open = OPEN0.replace("\"s1\"", "\"..@@..\"").getBytes(StandardCharsets.US_ASCII);
        int at = new String(open, StandardCharsets.US_ASCII).indexOf("@@");
        open[at] = (byte) 0xc0;
        open[at + 1] = (byte) 0xaf;
        Path f = write("overlong.sockscope", HEADER.getBytes(StandardCharsets.US_ASCII), open);
        SessionFormatException e = failure(f);
        assertEquals(2, e.line());
        assertEquals("invalid UTF-8 at byte " + (at + 1) + " of the line (c0 af); session files are strict UTF-8", e.reason());
    }

    @Test
    void surrogatesAndCodePointsBeyondUnicodeAreInvalidUtf8() throws Exception {
        for (byte[] bad : new byte[][] {{(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                {(byte) 0xe0, (byte) 0x80, (byte) 0xaf}, {(byte) 0xe4, (byte) 0xbd}}) {
            assertTrue(Utf8.firstInvalid(bad, bad.length) == 0, () -> java.util.Arrays.toString(bad));
        }
        byte[] chinese = "你好, 🙂".getBytes(StandardCharsets.UTF_8);
        assertEquals(-1, Utf8.firstInvalid(chinese, chinese.length));
    }

    @Test
    void controlBytesQuotedFromTheFileAreEscaped() throws Exception {
        Path f = Files2.lines(dir.resolve("esc.sockscope"), HEADER, OPEN0, "x\u001bc\u0000\u009b2J");
        SessionFormatException e = failure(f);
        assertFalse(hasControl(e.getMessage()), e.getMessage());
        assertTrue(e.getMessage().contains("x\\x1bc"), e.getMessage());
    }

    @Test
    void fileNameWithEscapeIsEscapedInTheMessage() {
        SessionFormatException e = failure(dir.resolve("a\u001b[2Jb.sockscope"));
        assertFalse(hasControl(e.getMessage()), e.getMessage());
        assertTrue(e.getMessage().endsWith("a\\x1b[2Jb.sockscope: no such file"), e.getMessage());
    }

    @Test
    void parserMessagesDoNotNameTheJsonLibrarysSettings() throws Exception {
        for (String bad : new String[] {
            "{\"seq\":1,\"t\":NaN,\"type\":\"close\"}",
            "{\"seq\":1,\"t\":5,\"type\":\"close\",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}",
            "{\"seq\":1,\"t\":" + "9".repeat(60) + "}",
            "{\"seq\":01,\"t\":5}",
            "{'seq':1}",
            "{\"seq\":1,\"t\":5,\"type\":\"close\"",
            "{\"seq\":1,\"t\":5}}",
        }) {
            String reason = failure(Files2.lines(dir.resolve("j.sockscope"), HEADER, OPEN0, bad)).reason();
            assertTrue(reason.startsWith("invalid JSON: "), reason);
            for (String internal : new String[] {"`", "JsonReadFeature", "StreamReadConstraints", "Feature", "Source: "}) {
                assertFalse(reason.contains(internal), reason);
            }
        }
    }

    @Test
    void nanIsNamedAsNotANumber() throws Exception {
        assertEquals("invalid JSON: 'NaN' is not a JSON number", failure(Files2.lines(dir.resolve("nan.sockscope"),
                HEADER, OPEN0, "{\"seq\":1,\"t\":NaN,\"type\":\"close\"}")).reason());
    }

    @Test
    void bytesAfterTheEndOfTheGzipDataAreAnError() throws Exception {
        byte[] gz = gzip(HEADER + "\n" + OPEN0 + "\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(gz);
        out.write("appended".getBytes(StandardCharsets.US_ASCII));
        Path f = Files.write(dir.resolve("trailing.sockscope"), out.toByteArray());
        SessionFormatException e = failure(f);
        assertEquals("the file goes on after the end of its compressed data (at byte " + gz.length + ")", e.reason());
    }

    @Test
    void concatenatedGzipMembersAreOneSession() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(gzip(HEADER + "\n" + OPEN0 + "\n"));
        out.write(gzip(Files2.BIND1 + "\n"));
        Path f = Files.write(dir.resolve("two.sockscope"), out.toByteArray());
        assertEquals(2, SessionStats.of(f).events());
    }

    @Test
    void damagedGzipChecksumIsAnError() throws Exception {
        byte[] gz = gzip(HEADER + "\n" + OPEN0 + "\n");
        gz[gz.length - 6] ^= 1; // a CRC byte
        SessionFormatException e = failure(Files.write(dir.resolve("crc.sockscope"), gz));
        assertEquals("compressed data is damaged: the checksum of the compressed data does not match (the data is damaged)",
                e.reason());
    }

    /** Issue 14 point 6: 1 MB ids compress to almost nothing; the reader refuses the first rather than keep them all. */
    @Test
    void hugeSocketIdsAreRefusedAtTheFirstOne() throws Exception {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        String big = "s".repeat(1_000_000);
        for (int i = 0; i < 20; i++) {
            sb.append("{\"seq\":").append(i).append(",\"t\":0,\"type\":\"open\",\"socket\":\"").append(big).append(i)
                    .append("\",\"proto\":\"tcp\",\"family\":\"inet\",\"fd\":3,\"owner\":\"\"}\n");
        }
        byte[] gz = gzip(sb.toString());
        assertTrue(gz.length < 200_000, "compressed " + gz.length);
        SessionFormatException e = failure(Files.write(dir.resolve("ids.sockscope"), gz));
        assertEquals(2, e.line());
        assertEquals("open event: field \"socket\" holds 1000001 characters; the reader accepts at most " + Limits.MAX_ID_CHARS,
                e.reason());
    }

    @Test
    void overlongTextIsRefused() throws Exception {
        String note = "{\"seq\":1,\"t\":1,\"type\":\"note\",\"text\":\"" + "a".repeat(Limits.MAX_TEXT_CHARS + 1)
                + "\",\"lang\":\"\",\"step\":0}";
        SessionFormatException e = failure(Files2.lines(dir.resolve("t.sockscope"), HEADER, OPEN0, note));
        assertEquals("note event: field \"text\" holds 65537 characters; the reader accepts at most 65536", e.reason());
    }

    private Path write(String name, byte[]... lines) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] l : lines) {
            out.write(l);
            out.write('\n');
        }
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
