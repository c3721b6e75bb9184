package io.sockscope.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.QueueSource;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.SendTo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format 2's compact lines: what the writer leaves out, what the reader fills in, and what it still refuses. */
class CompactLinesTest {
    static final String HEADER_2_0 = Files2.HEADER.replace("\"version\":1,", "\"version\":2,\"minor\":0,");
    static final String HEADER_1_4 = Files2.HEADER.replace("\"version\":1,", "\"version\":1,\"minor\":4,");

    @TempDir
    Path dir;

    private static Payload text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return Payload.of(b, b.length);
    }

    /** Each event at its default values, and the line the writer makes of it. */
    private static final List<Event> AT_DEFAULTS = List.of(
            new Open(0, 1000, "s1", Proto.TCP, Family.INET, 7, "server"),
            new Queues(1, 1000, "s1", 0, 0, -1, -1, -1, -1, QueueSource.EXACT, -1),
            new Connect(2, 2500, "s2", "127.0.0.1:41234", "127.0.0.1:5000", ConnectState.CONNECTED),
            new Send(3, 4000, "s2", 3, 3, text("hi\n")),
            new Recv(4, 4200, "s3", 3, 3, text("hi\n")),
            new SendTo(5, 4300, "s5", "[::1]:6000", 4, 4, text("ping")),
            new RecvFrom(6, 4400, "s5", "[::1]:6000", 4, 4, text("ping")),
            new OptionSet(7, 4500, "s1", "BLOCKING", "false", "false", ""),
            new Close(8, 5000, "s3", false),
            new Note(9, 9000, "a caption", "en", 0, ""));
    private static final List<String> AT_DEFAULTS_LINES = List.of(
            "{\"dt\":1000,\"type\":\"open\",\"socket\":\"s1\",\"proto\":\"tcp\",\"family\":\"inet\",\"fd\":7,\"owner\":\"server\"}",
            "{\"dt\":0,\"type\":\"queues\",\"socket\":\"s1\"}",
            "{\"dt\":1500,\"type\":\"connect\",\"socket\":\"s2\",\"local\":\"127.0.0.1:41234\",\"remote\":\"127.0.0.1:5000\"}",
            "{\"dt\":1500,\"type\":\"send\",\"socket\":\"s2\",\"payload\":\"aGkK\"}",
            "{\"dt\":200,\"type\":\"recv\",\"socket\":\"s3\",\"payload\":\"aGkK\"}",
            "{\"dt\":100,\"type\":\"sendto\",\"socket\":\"s5\",\"peer\":\"[::1]:6000\",\"payload\":\"cGluZw==\"}",
            "{\"dt\":100,\"type\":\"recvfrom\",\"socket\":\"s5\",\"peer\":\"[::1]:6000\",\"payload\":\"cGluZw==\"}",
            "{\"dt\":100,\"type\":\"option\",\"socket\":\"s1\",\"name\":\"BLOCKING\",\"asked\":\"false\",\"reported\":\"false\"}",
            "{\"dt\":500,\"type\":\"close\",\"socket\":\"s3\"}",
            "{\"dt\":4000,\"type\":\"note\",\"text\":\"a caption\",\"lang\":\"en\"}");

    @Test
    void fieldsAtTheirDefaultsAreLeftOutAndReadBack() throws Exception {
        Path f = RoundTripTest.write(dir.resolve("d.sockscope"), AT_DEFAULTS, WriterOptions.defaults());
        List<String> lines = Files.readAllLines(f);
        assertEquals(AT_DEFAULTS_LINES, lines.subList(1, lines.size()));
        assertEquals(AT_DEFAULTS, Sessions.readAll(f).events());
    }

    @Test
    void fieldsBesideTheirDefaultsAreWrittenAndReadBack() throws Exception {
        List<Event> events = List.of(
                new Queues(0, 0, "s1", 5, 6, 0, 50, 8192, 131072, QueueSource.KERNEL, 0),
                new Send(1, 10, "s2", 10, 4, text("abcd")),
                new Recv(2, 20, "s3", 1024, 3, text("abc")),
                new Recv(3, 30, "s3", 1024, -1, Payload.of(new byte[0], 0)),
                new SendTo(4, 40, "s5", "[::1]:6000", 4, 0, Payload.of(new byte[0], 0)),
                new Send(5, 50, "s2", 10_000, 10_000, Payload.of(new byte[] {0, 1, 2, -1}, 10_000)),
                new Close(6, 60, "s2", true),
                new Note(7, 70, "Step 1", "en", 1, "第一步"));
        Path f = RoundTripTest.write(dir.resolve("n.sockscope"), events, WriterOptions.defaults());
        List<String> lines = Files.readAllLines(f);
        assertEquals(List.of(
                "{\"dt\":0,\"type\":\"queues\",\"socket\":\"s1\",\"sendQ\":5,\"recvQ\":6,\"acceptQ\":0,\"backlog\":50,"
                        + "\"sndBuf\":8192,\"rcvBuf\":131072,\"source\":\"kernel\",\"drops\":0}",
                "{\"dt\":10,\"type\":\"send\",\"socket\":\"s2\",\"requested\":10,\"payload\":\"YWJjZA==\"}",
                "{\"dt\":10,\"type\":\"recv\",\"socket\":\"s3\",\"requested\":1024,\"payload\":\"YWJj\"}",
                "{\"dt\":10,\"type\":\"recv\",\"socket\":\"s3\",\"requested\":1024,\"done\":-1,\"payload\":\"\"}",
                "{\"dt\":10,\"type\":\"sendto\",\"socket\":\"s5\",\"peer\":\"[::1]:6000\",\"requested\":4,\"payload\":\"\"}",
                "{\"dt\":10,\"type\":\"send\",\"socket\":\"s2\",\"payload\":{\"length\":10000,\"base64\":\"AAEC/w==\"}}",
                "{\"dt\":10,\"type\":\"close\",\"socket\":\"s2\",\"abortive\":true}",
                "{\"dt\":10,\"type\":\"note\",\"text\":\"Step 1\",\"lang\":\"en\",\"step\":1,\"zh\":\"第一步\"}"),
                lines.subList(1, lines.size()));
        assertEquals(events, Sessions.readAll(f).events());
    }

    @Test
    void aCompactFileMayGiveSeqAndAbsoluteTimeOnAnyLine() throws Exception {
        Path f = Files2.lines(dir.resolve("m.sockscope"), HEADER_2_0,
                "{\"seq\":0,\"t\":100,\"type\":\"close\",\"socket\":\"s1\"}",
                "{\"dt\":5,\"type\":\"close\",\"socket\":\"s2\"}",
                "{\"seq\":2,\"t\":300,\"type\":\"close\",\"socket\":\"s3\"}",
                "{\"dt\":0,\"type\":\"close\",\"socket\":\"s4\"}");
        List<Event> events = Sessions.readAll(f).events();
        assertEquals(List.of(0L, 1L, 2L, 3L), events.stream().map(Event::seq).toList());
        assertEquals(List.of(100L, 105L, 300L, 300L), events.stream().map(Event::t).toList());
    }

    @Test
    void anUnknownEventTypeTakesASeqAndItsDtCounts() throws Exception {
        Path f = Files2.lines(dir.resolve("u.sockscope"), HEADER_2_0,
                "{\"dt\":10,\"type\":\"close\",\"socket\":\"s1\"}",
                "{\"dt\":5,\"type\":\"tcpstate\",\"socket\":\"s1\"}",
                "{\"dt\":7,\"seq\":2,\"type\":\"close\",\"socket\":\"s2\"}");
        List<Event> events = Sessions.readAll(f).events();
        assertEquals(List.of(new Close(0, 10, "s1", false), new Close(1, 22, "s2", false)), events);
    }

    private String refused(String header, String line) throws Exception {
        Path f = Files2.lines(dir.resolve("bad.sockscope"), header, "{\"dt\":3,\"type\":\"close\",\"socket\":\"s1\"}", line);
        return assertThrows(SessionFormatException.class, () -> Sessions.readAll(f)).reason();
    }

    @Test
    void compactLinesAreStillChecked() throws Exception {
        assertEquals("close event: has both \"t\" and \"dt\"; a line gives its time one way",
                refused(HEADER_2_0, "{\"t\":9,\"dt\":3,\"type\":\"close\",\"socket\":\"s2\"}"));
        assertEquals("close event: missing field \"dt\" (or \"t\")", refused(HEADER_2_0, "{\"type\":\"close\",\"socket\":\"s2\"}"));
        assertEquals("close event: field \"dt\" is -1; it must be 0 or more",
                refused(HEADER_2_0, "{\"dt\":-1,\"type\":\"close\",\"socket\":\"s2\"}"));
        assertEquals("seq 5 where 1 was expected (events count up by one from 0)",
                refused(HEADER_2_0, "{\"seq\":5,\"dt\":1,\"type\":\"close\",\"socket\":\"s2\"}"));
        assertEquals("time goes backwards: t 2 is before the previous event's t 3",
                refused(HEADER_2_0, "{\"t\":2,\"type\":\"close\",\"socket\":\"s2\"}"));
        assertEquals("close event: dt 9223372036854775807 after t 3 is past the largest time a file can hold",
                refused(HEADER_2_0, "{\"dt\":9223372036854775807,\"type\":\"close\",\"socket\":\"s2\"}"));
        assertEquals("send event: field \"payload\" must be a base64 string or an object {length, cut, base64}, got 5",
                refused(HEADER_2_0, "{\"dt\":1,\"type\":\"send\",\"socket\":\"s2\",\"payload\":5}"));
        assertEquals("send event: field \"payload\": cut is true but 3 of 3 bytes are stored",
                refused(HEADER_2_0, "{\"dt\":1,\"type\":\"send\",\"socket\":\"s2\",\"payload\":{\"length\":3,\"cut\":true,\"base64\":\"aGkK\"}}"));
        assertEquals("send event: field \"payload\": base64 is not valid: Illegal base64 character 2a",
                refused(HEADER_2_0, "{\"dt\":1,\"type\":\"send\",\"socket\":\"s2\",\"payload\":\"**\"}"));
        assertEquals("send event: missing field \"payload\"", refused(HEADER_2_0, "{\"dt\":1,\"type\":\"send\",\"socket\":\"s2\"}"));
    }

    @Test
    void olderFilesMustStillGiveEveryField() throws Exception {
        String full = "{\"seq\":0,\"t\":3,\"type\":\"close\",\"socket\":\"s1\",\"abortive\":false}";
        Path f = Files2.lines(dir.resolve("old.sockscope"), HEADER_1_4, full,
                "{\"dt\":1,\"type\":\"close\",\"socket\":\"s2\",\"abortive\":false}");
        assertEquals("close event: missing field \"seq\"",
                assertThrows(SessionFormatException.class, () -> Sessions.readAll(f)).reason());
        Path g = Files2.lines(dir.resolve("old2.sockscope"), HEADER_1_4, full, "{\"seq\":1,\"t\":4,\"type\":\"close\",\"socket\":\"s2\"}");
        assertEquals("close event: missing field \"abortive\"",
                assertThrows(SessionFormatException.class, () -> Sessions.readAll(g)).reason());
        Path h = Files2.lines(dir.resolve("old3.sockscope"), HEADER_1_4, full,
                "{\"seq\":1,\"t\":4,\"type\":\"send\",\"socket\":\"s2\",\"requested\":3,\"done\":3,\"payload\":\"aGkK\"}");
        assertEquals("send event: field \"payload\" must be an object {length, cut, base64}, got \"aGkK\"",
                assertThrows(SessionFormatException.class, () -> Sessions.readAll(h)).reason());
    }

    @Test
    void aNewerMinorOf2IsReadAsCompactLinesWithWhatIsUnknownSkipped() throws Exception {
        String header = Files2.HEADER.replace("\"version\":1,", "\"version\":2,\"minor\":1,\"schema\":{},");
        Path f = Files2.lines(dir.resolve("v21.sockscope"), header,
                "{\"dt\":10,\"type\":\"close\",\"socket\":\"s1\",\"linger\":5}",
                "{\"dt\":5,\"type\":\"tcpstate\",\"socket\":\"s1\"}",
                "{\"dt\":7,\"type\":\"close\",\"socket\":\"s2\",\"abortive\":true}");
        try (SessionReader r = SessionReader.open(f)) {
            assertEquals("2.1", r.header().formatVersion());
            assertEquals(new Close(0, 10, "s1", false), r.next());
            assertEquals(new Close(1, 22, "s2", true), r.next());
            assertFalse(r.hasNext());
            assertEquals(java.util.Map.of("header.schema", 1L, "close.linger", 1L), r.skipped().fields());
            assertEquals(java.util.Map.of("tcpstate", 1L), r.skipped().eventTypes());
        }
    }

    @Test
    void aNewerMinorOf1IsReadAs14WithEveryFieldRequired() throws Exception {
        String header = Files2.HEADER.replace("\"version\":1,", "\"version\":1,\"minor\":5,");
        Path f = Files2.lines(dir.resolve("v15.sockscope"), header,
                "{\"seq\":0,\"t\":3,\"type\":\"close\",\"socket\":\"s1\",\"abortive\":false,\"linger\":5}");
        try (SessionReader r = SessionReader.open(f)) {
            assertEquals(new Close(0, 3, "s1", false), r.next());
            assertEquals(java.util.Map.of("close.linger", 1L), r.skipped().fields());
        }
        Path g = Files2.lines(dir.resolve("v15c.sockscope"), header, "{\"dt\":3,\"type\":\"close\",\"socket\":\"s1\"}");
        assertEquals("close event: missing field \"seq\"",
                assertThrows(SessionFormatException.class, () -> Sessions.readAll(g)).reason());
    }

    @Test
    void dtInAnOlderFileIsAnUnknownFieldAndItsTStillCounts() throws Exception {
        Path f = Files2.lines(dir.resolve("old.sockscope"), HEADER_1_4,
                "{\"seq\":0,\"t\":3,\"dt\":3,\"type\":\"close\",\"socket\":\"s1\",\"abortive\":false}");
        try (SessionReader r = SessionReader.open(f)) {
            assertEquals(new Close(0, 3, "s1", false), r.next());
            assertFalse(r.hasNext());
            assertEquals("close.dt", r.skipped().fields().keySet().iterator().next());
        }
    }
}
