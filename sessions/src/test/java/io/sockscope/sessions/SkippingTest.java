package io.sockscope.sessions;

import static io.sockscope.sessions.Files2.HEADER;
import static io.sockscope.sessions.Files2.OPEN0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Open;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file from a newer 1.x Sockscope (newer 2.x: CompactLinesTest): what this build does not know is skipped and counted, the rest is read. */
class SkippingTest {
    static final String NEWER_HEADER = HEADER.replace("\"version\":1,", "\"version\":1,\"minor\":7,\"schema\":{\"tcpstate\":[\"socket\"]},");
    static final String OPEN_WITH_PID = OPEN0.replace("}", ",\"pid\":-1,\"program\":\"\",\"colour\":4242,\"flavour\":\"nc\"}");
    static final String TCP_STATE = "{\"seq\":1,\"t\":5,\"type\":\"tcpstate\",\"socket\":\"s1\",\"state\":\"listen\"}";
    static final String BIND2 = "{\"seq\":2,\"t\":10,\"type\":\"bind\",\"socket\":\"s1\",\"local\":\"127.0.0.1:5000\"}";
    static final String TCP_STATE3 = "{\"seq\":3,\"t\":15,\"type\":\"tcpstate\",\"socket\":\"s1\",\"state\":\"closed\"}";
    static final String LISTEN4 = "{\"seq\":4,\"t\":20,\"type\":\"listen\",\"socket\":\"s1\",\"backlog\":50,\"drops\":0}";

    @TempDir
    Path dir;

    /** The file of the issue: an unknown event type and unknown fields, from a newer minor version. */
    static Path newerFile(Path file) throws Exception {
        return Files2.lines(file, NEWER_HEADER, OPEN_WITH_PID, TCP_STATE, BIND2, TCP_STATE3, LISTEN4);
    }

    @Test
    void unknownEventTypeAndFieldsAreSkippedAndCounted() throws Exception {
        try (SessionReader r = SessionReader.open(newerFile(dir.resolve("newer.sockscope")))) {
            assertEquals(7, r.header().minor());
            List<Event> events = new ArrayList<>();
            while (r.hasNext()) {
                events.add(r.next());
            }
            assertEquals(List.of(
                    new Open(0, 0, "s1", io.sockscope.model.event.Proto.TCP, io.sockscope.model.event.Family.INET, 7, "server"),
                    new Bind(1, 10, "s1", "127.0.0.1:5000"),
                    new Listen(2, 20, "s1", 50)), events, "known events, numbered on without gaps");
            Skipped s = r.skipped();
            assertEquals(Map.of("tcpstate", 2L), s.eventTypes());
            assertEquals(Map.of("header.schema", 1L, "open.colour", 1L, "open.flavour", 1L, "listen.drops", 1L), s.fields());
            assertEquals(2, s.events());
            assertEquals(4, s.fieldCount());
        }
    }

    @Test
    void statsReportWhatWasSkipped() throws Exception {
        SessionStats stats = SessionStats.of(newerFile(dir.resolve("newer.sockscope")));
        assertEquals(3, stats.events());
        assertEquals(1, stats.count(EventType.BIND));
        assertEquals(2, stats.skipped().events());
    }

    @Test
    void unknownMembersOfPayloadsAndKeysAreCountedUnderTheirPath() throws Exception {
        String send = "{\"seq\":1,\"t\":5,\"type\":\"send\",\"socket\":\"s1\",\"requested\":1,\"done\":1,"
                + "\"payload\":{\"length\":1,\"cut\":false,\"base64\":\"YQ==\",\"sha\":\"x\"}}";
        String select = "{\"seq\":2,\"t\":6,\"type\":\"select\",\"socket\":\"s4\",\"timeoutMs\":0,\"selected\":0,"
                + "\"keys\":[{\"socket\":\"s1\",\"interest\":\"R\",\"ready\":\"\",\"fd\":7}]}";
        try (SessionReader r = SessionReader.open(Files2.lines(dir.resolve("p.sockscope"), HEADER, OPEN0, send, select))) {
            while (r.hasNext()) {
                r.next();
            }
            assertEquals(Map.of("send.payload.sha", 1L, "select.keys.fd", 1L), r.skipped().fields());
        }
    }

    @Test
    void indexSeeksByEventsHandedOutWhenTypesWereSkipped() throws Exception {
        List<String> lines = new ArrayList<>(List.of(NEWER_HEADER));
        for (int seq = 0; seq < 10_000; seq++) {
            lines.add(seq % 7 == 3
                    ? "{\"seq\":" + seq + ",\"t\":" + seq + ",\"type\":\"tcpstate\",\"socket\":\"s1\"}"
                    : "{\"seq\":" + seq + ",\"t\":" + seq + ",\"type\":\"note\",\"text\":\"n" + seq + "\",\"lang\":\"\",\"step\":0,\"zh\":\"\"}");
        }
        Path f = Files2.lines(dir.resolve("many.sockscope"), lines.toArray(String[]::new));
        List<Event> all = Sessions.readAll(f).events();
        SessionIndex index = SessionIndex.build(f);
        assertEquals(all.size(), index.size());
        for (int from : new int[] {0, 4095, 4096, 5000, all.size() - 2}) {
            assertEquals(all.subList(from, from + 2), index.read(from, 2), "from " + from);
            assertEquals(from, index.read(from, 1).get(0).seq());
        }
    }

    @Test
    void fieldNewerThanTheFileTakesItsDefaultAndIsRequiredFromItsVersionOn() throws Exception {
        WireType<Note> noteWithCaption = new WireType<>(EventType.NOTE, Note.class, 0,
                v -> new Note(v.seq(), v.t(), v.str("text") + "|" + v.str("caption"), v.str("lang"), v.i("step")),
                List.of(WireField.text("text", Note::text), WireField.text("lang", Note::lang),
                        WireField.integer("step", WireField.ANY, Note::step),
                        WireField.<Note>text("caption", Note::text).since(1, "none")));
        JsonNode without = json("{\"seq\":0,\"t\":0,\"type\":\"note\",\"text\":\"a\",\"lang\":\"\",\"step\":0}");
        assertEquals("a|none", EventCodec.readKnown(without, noteWithCaption, "note event", 0, 0, 0, new Skips()).text());
        LineException e = assertThrows(LineException.class,
                () -> EventCodec.readKnown(without, noteWithCaption, "note event", 0, 0, 1, new Skips()));
        assertEquals("note event: missing field \"caption\"", e.getMessage());
        JsonNode with = json("{\"seq\":0,\"t\":0,\"type\":\"note\",\"text\":\"a\",\"lang\":\"\",\"step\":0,\"caption\":\"c\"}");
        assertEquals("a|c", EventCodec.readKnown(with, noteWithCaption, "note event", 0, 0, 1, new Skips()).text());
    }

    @Test
    void distinctUnknownNamesAreBoundedAndTheRestCountedTogether() throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int seq = 0; seq < 200; seq++) {
            lines.add("{\"seq\":" + seq + ",\"t\":0,\"type\":\"kind" + seq + "\"}");
        }
        SessionStats s = SessionStats.of(Files2.lines(dir.resolve("names.sockscope"), lines.toArray(String[]::new)));
        assertEquals(Limits.MAX_SKIPPED_NAMES + 1, s.skipped().eventTypes().size());
        assertEquals(200 - Limits.MAX_SKIPPED_NAMES, s.skipped().eventTypes().get(Skipped.OTHERS));
        assertEquals(200, s.skipped().events());
        assertEquals(0, s.events());
    }

    @Test
    void newerMajorVersionIsRefusedWithBothVersionsNamed() throws Exception {
        Path f = Files2.lines(dir.resolve("v3.sockscope"), HEADER.replace("\"version\":1", "\"version\":3"), OPEN0);
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> Sessions.readAll(f));
        assertEquals("version 3 is newer than this Sockscope reads (it reads versions 1 and 2)", e.reason());
    }

    @Test
    void writerMarksItsFilesWithThisBuildsVersion() throws Exception {
        Path f = RoundTripTest.write(dir.resolve("w.sockscope"), SampleEvents.all(), WriterOptions.defaults());
        try (SessionReader r = SessionReader.open(f)) {
            assertEquals(SessionHeader.VERSION + "." + SessionHeader.MINOR, r.header().formatVersion());
        }
        assertTrue(java.nio.file.Files.readAllLines(f).get(0).contains("\"version\":2,\"minor\":0,"));
    }

    private static JsonNode json(String s) throws LineException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return Json.parseObject(b, b.length);
    }
}
