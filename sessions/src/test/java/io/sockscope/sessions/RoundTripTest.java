package io.sockscope.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Send;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {
    @TempDir
    Path dir;

    static Path write(Path file, List<Event> events, WriterOptions options) throws Exception {
        try (SessionWriter w = SessionWriter.open(file, SessionHeader.create("round trip 往返", "echo", "zh"), options)) {
            events.forEach(w);
        }
        return file;
    }

    @Test
    void everyEventTypeReadsBackEqual() throws Exception {
        List<Event> events = SampleEvents.all();
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        events.forEach(e -> types.add(e.type()));
        assertEquals(EnumSet.allOf(EventType.class), types, "the sample covers every type");

        Session s = Sessions.readAll(write(dir.resolve("a.sockscope"), events, WriterOptions.defaults()));

        assertEquals(events, s.events());
        assertTrue(s.droppedTail().isEmpty());
        assertEquals("round trip 往返", s.header().title());
        assertEquals("echo", s.header().scenario());
        assertEquals("zh", s.header().lang());
        assertEquals(SessionHeader.VERSION, s.header().version());
    }

    @Test
    void gzipFileReadsBackEqualAndIsDetectedByContentNotName() throws Exception {
        List<Event> events = SampleEvents.all();
        Path file = write(dir.resolve("plain-looking.sockscope"), events, new WriterOptions(4096, true));
        byte[] head = Files.readAllBytes(file);
        assertEquals(0x1f, head[0] & 0xff);
        assertEquals(0x8b, head[1] & 0xff);

        assertEquals(events, Sessions.readAll(file).events());
    }

    @Test
    void payloadOverTheCapIsStoredCutAndMarked() throws Exception {
        byte[] big = new byte[10_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        Send send = new Send(0, 0, "s1", 10_000, 10_000, Payload.of(big, 10_000));
        Path file = write(dir.resolve("cap.sockscope"), List.of(send), new WriterOptions(100, false));

        Send back = (Send) Sessions.readAll(file).events().get(0);

        assertTrue(back.payload().cut());
        assertEquals(100, back.payload().kept());
        assertEquals(10_000, back.payload().length());
        assertEquals(send.payload().capped(100), back.payload());
        assertTrue(Files.readString(file).contains("\"payload\":{\"length\":10000,\"base64\":\""), "cut: an object with the length moved");
    }

    @Test
    void enumsAreWrittenLowercaseWithDashes() throws Exception {
        String text = Files.readString(write(dir.resolve("e.sockscope"), SampleEvents.all(), WriterOptions.defaults()));
        for (String wire : List.of("\"address-in-use\"", "\"in-progress\"", "\"kernel-memory\"", "\"would-block\"",
                "\"type\":\"recvfrom\"", "\"type\":\"option\"", "\"type\":\"error\"")) {
            assertTrue(text.contains(wire), wire);
        }
        assertFalse(text.contains("\"kind\":\"ADDRESS_IN_USE\""));
        assertTrue(text.contains("\"kind\":\"address-in-use\""));
    }

    @Test
    void openOfAnOutsideProgramKeepsItsProcessAndAnOlderOpenReadsAsNoProcess() throws Exception {
        io.sockscope.model.event.Open outside = new io.sockscope.model.event.Open(0, 5, "s1", io.sockscope.model.event.Proto.TCP,
                io.sockscope.model.event.Family.INET, -1, "external: nc (pid 4242)", 4242, "nc");
        Path file = write(dir.resolve("p.sockscope"), List.of(outside), WriterOptions.defaults());
        assertEquals(List.of(outside), Sessions.readAll(file).events());
        assertTrue(Files.readString(file).contains("\"pid\":4242"), "written as a field of its own");

        // a file written before the fields existed: the same line without pid and program, with seq and t as 1.1 has them
        List<String> lines = Files.readAllLines(file);
        String old = lines.get(1).replace(",\"pid\":4242", "").replace(",\"program\":\"nc\"", "")
                .replace("{\"dt\":5,", "{\"seq\":0,\"t\":5,");
        assertTrue(old.startsWith("{\"seq\":0,\"t\":5,\"type\":\"open\","), old);
        assertFalse(old.contains("pid\""), old);
        String oldHeader = lines.get(0).replace("\"version\":" + SessionHeader.VERSION + ",\"minor\":" + SessionHeader.MINOR,
                "\"version\":1,\"minor\":1");
        assertFalse(oldHeader.equals(lines.get(0)), "the header names the format's minor version");
        Path before = Files.writeString(dir.resolve("old.sockscope"), oldHeader + "\n" + old + "\n");
        io.sockscope.model.event.Open read = (io.sockscope.model.event.Open) Sessions.readAll(before).events().get(0);
        assertEquals(io.sockscope.model.event.Open.NO_PID, read.pid());
        assertEquals("", read.program());
        assertEquals("external: nc (pid 4242)", read.owner());
    }
}
