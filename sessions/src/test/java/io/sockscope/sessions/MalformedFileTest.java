package io.sockscope.sessions;

import static io.sockscope.sessions.Files2.BIND1;
import static io.sockscope.sessions.Files2.HEADER;
import static io.sockscope.sessions.Files2.LISTEN2;
import static io.sockscope.sessions.Files2.OPEN0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way a file can be wrong ends in one SessionFormatException saying FILE:LINE: reason. */
class MalformedFileTest {
    @TempDir
    Path dir;

    private SessionFormatException failure(Path file) {
        return assertThrows(SessionFormatException.class, () -> Sessions.readAll(file));
    }

    private void assertFails(Path file, long line, String reason) {
        SessionFormatException e = failure(file);
        assertEquals(file, e.file());
        assertEquals(line, e.line());
        assertEquals(reason, e.reason());
        assertEquals(line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason, e.getMessage());
    }

    private Path withEvent(String bad) throws Exception {
        return Files2.lines(dir.resolve("bad.sockscope"), HEADER, OPEN0, bad);
    }

    @Test
    void noteWithoutChineseTextReadsAsOneLanguage() throws Exception {
        Path file = withEvent("{\"seq\":1,\"t\":5,\"type\":\"note\",\"text\":\"only English\",\"lang\":\"en\",\"step\":1}");

        io.sockscope.model.event.Note n = (io.sockscope.model.event.Note) Sessions.readAll(file).events().get(1);

        assertEquals("", n.zh());
        assertEquals("only English", n.in("zh"));
        assertEquals(java.util.List.of("en"), n.languages());
    }

    @Test
    void missingFileSaysSo() {
        assertFails(dir.resolve("nope.sockscope"), 0, "no such file");
    }

    @Test
    void directorySaysSo() {
        assertFails(dir, 0, "is a directory, not a session file");
    }

    @Test
    void emptyFileSaysSo() throws Exception {
        assertFails(Files.write(dir.resolve("empty.sockscope"), new byte[0]), 0, "empty file, not a Sockscope session");
    }

    @Test
    void binaryGarbageIsNotASession() throws Exception {
        byte[] junk = new byte[5000];
        new java.util.Random(1).nextBytes(junk);
        junk[0] = 0x7f;
        assertFails(Files.write(dir.resolve("junk.bin"), junk), 1,
                "not a Sockscope session (it does not start with a JSON header line)");
    }

    @Test
    void jsonWithoutFormatIsNotASession() throws Exception {
        assertFails(Files2.lines(dir.resolve("other.json"), "{\"name\":\"package.json\"}"), 1,
                "not a Sockscope session (line 1 lacks \"format\":\"sockscope-session\")");
    }

    @Test
    void futureVersionNamesTheVersionsThisBuildReads() throws Exception {
        assertFails(Files2.lines(dir.resolve("v7.sockscope"), HEADER.replace("\"version\":1", "\"version\":7"), "{\"anything\":1}"),
                1, "version 7 is newer than this Sockscope reads (it reads versions 1 and 2)");
    }

    @Test
    void versionZeroIsRejected() throws Exception {
        assertFails(Files2.lines(dir.resolve("v0.sockscope"), HEADER.replace("\"version\":1", "\"version\":0")),
                1, "version 0 is not a Sockscope session version (this Sockscope reads versions 1 and 2)");
    }

    @Test
    void headerMissingAFieldNamesIt() throws Exception {
        assertFails(Files2.lines(dir.resolve("h.sockscope"), HEADER.replace(",\"kernel\":\"6.1.0\"", "")),
                1, "header: missing field \"kernel\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"seq\":1,\"t\":5,\"type\":\"bo gus\"}|unknown event type \"bo gus\" is not a type name (letters, digits and _)",
        "{\"seq\":1,\"type\":\"bogus\"}|event of unknown type \"bogus\": missing field \"t\"",
        "{\"seq\":1,\"t\":5,\"type\":\"bind\",\"socket\":\"s1\",\"local\":\"\",\"x-y\":1}|bind event: \"x-y\" is not a field name (letters, digits and _)",
        "{\"seq\":1,\"t\":5,\"socket\":\"s1\"}|missing field \"type\"",
        "{\"seq\":1,\"t\":5,\"type\":7}|field \"type\" must be a string, got 7",
        "{\"seq\":1,\"t\":5,\"type\":\"bind\",\"socket\":\"s1\"}|bind event: missing field \"local\"",
        "{\"seq\":1,\"t\":5,\"type\":\"listen\",\"socket\":\"s1\",\"backlog\":\"50\"}|listen event: field \"backlog\" must be a whole number, got \"50\"",
        "{\"seq\":1,\"t\":5,\"type\":\"listen\",\"socket\":\"s1\",\"backlog\":1.5}|listen event: field \"backlog\" must be a whole number, got 1.5",
        "{\"seq\":1,\"t\":5,\"type\":\"listen\",\"socket\":\"s1\",\"backlog\":4294967296}|listen event: field \"backlog\" is 4294967296, beyond the range of an int",
        "{\"seq\":99999999999999999999,\"t\":5,\"type\":\"close\",\"socket\":\"s1\",\"abortive\":false}|close event: field \"seq\" is 99999999999999999999, beyond the range of a long",
        "{\"seq\":1,\"t\":-5,\"type\":\"close\",\"socket\":\"s1\",\"abortive\":false}|close event: field \"t\" is -5; it must be 0 or more",
        "{\"seq\":1,\"t\":5,\"type\":\"open\",\"socket\":\"s2\",\"proto\":\"tcp\",\"family\":\"inet\",\"fd\":-2,\"owner\":\"\"}|open event: field \"fd\" is -2; it must be -1 or more",
        "{\"seq\":1,\"t\":5,\"type\":\"open\",\"socket\":\"s2\",\"proto\":\"sctp\",\"family\":\"inet\",\"fd\":3,\"owner\":\"\"}|open event: field \"proto\" must be one of tcp, udp, unix, selector, got \"sctp\"",
        "{\"seq\":1,\"t\":5,\"type\":\"close\",\"socket\":null,\"abortive\":false}|close event: field \"socket\" must be a string, got null",
        "{\"seq\":1,\"t\":5,\"type\":\"close\",\"socket\":\"s1\",\"abortive\":\"no\"}|close event: field \"abortive\" must be true or false, got \"no\"",
        "{\"seq\":1,\"t\":5,\"type\":\"send\",\"socket\":\"s1\",\"requested\":-3,\"done\":0,\"payload\":{\"length\":0,\"cut\":false,\"base64\":\"\"}}|send event: field \"requested\" is -3; it must be 0 or more",
        "{\"seq\":1,\"t\":5,\"type\":\"send\",\"socket\":\"s1\",\"requested\":3,\"done\":3,\"payload\":{\"length\":3,\"cut\":false,\"base64\":\"AQI=\"}}|send event: field \"payload\": cut is false but 2 of 3 bytes are stored",
        "{\"seq\":1,\"t\":5,\"type\":\"send\",\"socket\":\"s1\",\"requested\":3,\"done\":3,\"payload\":{\"length\":1,\"cut\":false,\"base64\":\"AQI=\"}}|send event: field \"payload\": stores 2 bytes but says length 1",
        "{\"seq\":1,\"t\":5,\"type\":\"send\",\"socket\":\"s1\",\"requested\":3,\"done\":3,\"payload\":{\"length\":-1,\"cut\":false,\"base64\":\"\"}}|send event: field \"payload\": field \"length\" is -1; it must be 0 or more",
        "{\"seq\":1,\"t\":5,\"type\":\"send\",\"socket\":\"s1\",\"requested\":3,\"done\":3,\"payload\":\"AQI=\"}|send event: field \"payload\" must be an object {length, cut, base64}, got \"AQI=\"",
        "{\"seq\":1,\"t\":5,\"type\":\"register\",\"socket\":\"s1\",\"selector\":\"s3\",\"interest\":\"RA\"}|register event: not an op set (letters of ACRW in order): RA",
        "{\"seq\":1,\"t\":5,\"type\":\"select\",\"socket\":\"s3\",\"timeoutMs\":0,\"selected\":1,\"keys\":[{\"socket\":\"s1\",\"interest\":\"R\"}]}|select event: keys[0]: missing field \"ready\"",
        "{\"seq\":1,\"t\":5,\"type\":\"select\",\"socket\":\"s3\",\"timeoutMs\":0,\"selected\":1,\"keys\":{}}|select event: field \"keys\" must be an array, got {}",
        "{\"seq\":1,\"t\":5,\"type\":\"error\",\"socket\":\"s1\",\"call\":\"bind\",\"kind\":\"ADDRESS_IN_USE\",\"message\":\"\"}|error event: field \"kind\" must be one of refused, reset, address-in-use, timed-out, not-connected, closed, unreachable, would-block, illegal-state, other, got \"ADDRESS_IN_USE\"",
        "[1,2,3]|a line must be one JSON object, got array",
        "{\"seq\":2,\"t\":5,\"type\":\"close\",\"socket\":\"s1\",\"abortive\":false}|seq 2 where 1 was expected (events count up by one from 0)",
    })
    void badEventLineNamesFileLineAndReason(String line, String reason) throws Exception {
        assertFails(withEvent(line), 3, reason);
    }

    @Test
    void firstEventMustBeSeqZero() throws Exception {
        assertFails(Files2.lines(dir.resolve("s.sockscope"), HEADER, BIND1), 2,
                "seq 1 where 0 was expected (events count up by one from 0)");
    }

    @Test
    void timeGoingBackwardsIsAnError() throws Exception {
        assertFails(Files2.lines(dir.resolve("t.sockscope"), HEADER, OPEN0, BIND1, LISTEN2.replace("\"t\":20", "\"t\":9")), 4,
                "time goes backwards: t 9 is before the previous event's t 10");
    }

    @Test
    void malformedLineInTheMiddleIsAnError() throws Exception {
        Path f = Files2.lines(dir.resolve("m.sockscope"), HEADER, OPEN0, BIND1.substring(0, 30), LISTEN2);
        SessionFormatException e = failure(f);
        assertEquals(3, e.line());
        assertTrue(e.reason().startsWith("invalid JSON: "), e.reason());
    }

    @Test
    void emptyLineInTheMiddleIsAnError() throws Exception {
        assertFails(Files2.lines(dir.resolve("e.sockscope"), HEADER, OPEN0, "", BIND1), 3, "empty line");
    }

    @Test
    void duplicateFieldIsAnError() throws Exception {
        SessionFormatException e = failure(withEvent(BIND1.replace("\"local\"", "\"socket\":\"s9\",\"local\"")));
        assertEquals(3, e.line());
        assertEquals("invalid JSON: field \"socket\" appears twice", e.reason());
    }

    @Test
    void trailingGarbageAfterTheObjectIsAnError() throws Exception {
        SessionFormatException e = failure(withEvent(BIND1 + " {}"));
        assertEquals(3, e.line());
        assertTrue(e.reason().startsWith("invalid JSON: Trailing token"), e.reason());
    }

    @Test
    void invalidUtf8IsAnError() throws Exception {
        Path f = dir.resolve("u.sockscope");
        byte[] bad = (HEADER + "\n" + OPEN0.replace("server", "serv\u00ffr") + "\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(f, bad);
        SessionFormatException e = failure(f);
        assertEquals(2, e.line());
        assertEquals("invalid UTF-8 at byte 94 of the line (ff); session files are strict UTF-8", e.reason());
    }

    @Test
    void nextThrowsAndThenTheReaderIsAtItsEnd() throws Exception {
        try (SessionReader r = SessionReader.open(withEvent("{\"nonsense\":true}"))) {
            assertTrue(r.hasNext());
            r.next();
            assertTrue(r.hasNext());
            SessionFormatException e = assertThrows(SessionFormatException.class, r::next);
            assertEquals("missing field \"type\"", e.reason());
            assertEquals(false, r.hasNext());
        }
    }
}
