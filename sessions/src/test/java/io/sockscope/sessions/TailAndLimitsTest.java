package io.sockscope.sessions;

import static io.sockscope.sessions.Files2.BIND1;
import static io.sockscope.sessions.Files2.HEADER;
import static io.sockscope.sessions.Files2.LISTEN2;
import static io.sockscope.sessions.Files2.OPEN0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Event;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The crash tail, tolerance for newer fields, and limits against hostile files. */
class TailAndLimitsTest {
    @TempDir
    Path dir;

    private Path raw(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void lastLineCutMidWriteIsDroppedAndReported() throws Exception {
        String cut = LISTEN2.substring(0, 25);
        Path f = raw("cut.sockscope", HEADER + "\n" + OPEN0 + "\n" + BIND1 + "\n" + cut);

        Session s = Sessions.readAll(f);

        assertEquals(2, s.events().size());
        assertEquals(new DroppedTail(4, 25), s.droppedTail().orElseThrow());
    }

    @Test
    void lastLineCutInsideAMultiByteCharacterIsDropped() throws Exception {
        byte[] full = (HEADER + "\n" + OPEN0 + "\n" + "{\"seq\":1,\"t\":1,\"type\":\"note\",\"text\":\"你好\",\"lang\":\"zh\",\"step\":0}")
                .getBytes(StandardCharsets.UTF_8);
        int cutAt = full.length - 20; // inside the text's multi-byte characters
        Path f = Files.write(dir.resolve("mb.sockscope"), Arrays.copyOf(full, cutAt));
        Session s = Sessions.readAll(f);
        assertEquals(1, s.events().size());
        assertTrue(s.droppedTail().isPresent());
    }

    @Test
    void completeLastLineWithoutNewlineIsKept() throws Exception {
        Session s = Sessions.readAll(raw("nonl.sockscope", HEADER + "\n" + OPEN0 + "\n" + BIND1));
        assertEquals(2, s.events().size());
        assertTrue(s.droppedTail().isEmpty());
    }

    @Test
    void parsableButInvalidLastLineIsStillAnError() throws Exception {
        Path f = raw("inv.sockscope", HEADER + "\n" + OPEN0 + "\n{\"seq\":1}");
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> Sessions.readAll(f));
        assertEquals(f + ":3: missing field \"type\"", e.getMessage());
    }

    @Test
    void headerCutOffIsAnError() throws Exception {
        Path f = raw("h.sockscope", HEADER.substring(0, 40));
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionReader.open(f));
        assertEquals(f + ":1: header line is cut off (the file ends inside it)", e.getMessage());
    }

    @Test
    void unknownExtraFieldsAreIgnored() throws Exception {
        String header = HEADER.replace("\"lang\":\"en\"", "\"lang\":\"en\",\"host\":\"box\",\"future\":{\"a\":[1,2]}");
        String bind = BIND1.replace("}", ",\"backlogHint\":3,\"tags\":[\"x\"]}");
        Session s = Sessions.readAll(Files2.lines(dir.resolve("x.sockscope"), header, OPEN0, bind));
        assertEquals(new Bind(1, 10, "s1", "127.0.0.1:5000"), s.events().get(1));
        assertEquals("en", s.header().lang());
    }

    @Test
    @Timeout(20)
    void hugeLineIsRejectedWithoutBufferingIt() throws Exception {
        String huge = "{\"seq\":1,\"t\":1,\"type\":\"note\",\"text\":\"" + "a".repeat(3 << 20) + "\",\"lang\":\"\",\"step\":0}";
        Path f = Files2.lines(dir.resolve("huge.sockscope"), HEADER, OPEN0, huge, LISTEN2);
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> Sessions.readAll(f));
        assertEquals(f + ":3: line is longer than 1048576 bytes (the reader's limit)", e.getMessage());
    }

    @Test
    @Timeout(20)
    void hugeFileWithoutAnyNewlineIsRejected() throws Exception {
        Path f = raw("one-line.sockscope", "{\"format\":\"" + "x".repeat(4 << 20));
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionReader.open(f));
        assertEquals(f + ":1: line is longer than 1048576 bytes (the reader's limit)", e.getMessage());
    }

    @Test
    void lineLimitIsConfigurable() throws Exception {
        String note = "{\"seq\":1,\"t\":1,\"type\":\"note\",\"text\":\"" + "b".repeat(3000) + "\",\"lang\":\"\",\"step\":0}";
        Path f = Files2.lines(dir.resolve("limit.sockscope"), HEADER, OPEN0, note);
        assertEquals(2, Sessions.readAll(f).events().size());
        SessionReader r = SessionReader.open(f, new ReaderOptions(2048));
        r.next();
        SessionFormatException e = assertThrows(SessionFormatException.class, r::next);
        assertEquals("line is longer than 2048 bytes (the reader's limit)", e.reason());
        r.close();
    }

    @Test
    @Timeout(20)
    void deepNestingIsRejected() throws Exception {
        String deep = BIND1.replace("}", ",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        Path f = Files2.lines(dir.resolve("deep.sockscope"), HEADER, OPEN0, deep);
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> Sessions.readAll(f));
        assertEquals(3, e.line());
        assertEquals("invalid JSON: nested deeper than 16 levels (the reader's limit)", e.reason());
    }

    @Test
    @Timeout(20)
    void giantNumberIsRejected() throws Exception {
        String giant = BIND1.replace("\"seq\":1", "\"seq\":1" + "0".repeat(100_000));
        Path f = Files2.lines(dir.resolve("giant.sockscope"), HEADER, OPEN0, giant);
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> Sessions.readAll(f));
        assertEquals(3, e.line());
        assertEquals("invalid JSON: a number longer than 40 characters (the reader's limit)", e.reason());
    }

    @Test
    void truncatedGzipNamesTheLineWhereTheDataEnds() throws Exception {
        Path full = RoundTripTest.write(dir.resolve("full.sockscope.gz"), manyEvents(5000), new WriterOptions(4096, true));
        byte[] bytes = Files.readAllBytes(full);
        Path f = Files.write(dir.resolve("cut.gz"), Arrays.copyOf(bytes, bytes.length / 2));
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> Sessions.readAll(f));
        assertEquals("compressed data ends early (the gzip file is cut off)", e.reason());
        assertTrue(e.line() > 2, "line " + e.line());
        assertEquals(f + ":" + e.line() + ": " + e.reason(), e.getMessage());
    }

    @Test
    void gzipMagicFollowedByGarbageIsDamaged() throws Exception {
        Path f = Files.write(dir.resolve("g.sockscope"), new byte[] {0x1f, (byte) 0x8b, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> Sessions.readAll(f));
        assertEquals(f + ": compressed data is damaged: unsupported compression method 1 (gzip uses 8, deflate)", e.getMessage());
    }

    static List<Event> manyEvents(int n) {
        Event[] out = new Event[n];
        for (int i = 0; i < n; i++) {
            out[i] = new Bind(i, i * 1000L, "s" + (i % 7), "127.0.0.1:" + (1000 + i));
        }
        return List.of(out);
    }
}
