package io.sockscope.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStatsTest {
    @TempDir
    Path dir;

    @Test
    void statsCountTypesSocketsSelectorsAndDuration() throws Exception {
        List<Event> events = SampleEvents.all();
        Path f = RoundTripTest.write(dir.resolve("a.sockscope"), events, WriterOptions.defaults());

        SessionStats s = SessionStats.of(f);

        assertEquals(events.size(), s.events());
        assertEquals(6, s.count(EventType.OPEN));
        assertEquals(3, s.count(EventType.SELECT));
        assertEquals(5, s.count(EventType.NOTE));
        assertEquals(events.stream().filter(e -> e.type() == EventType.ERROR).count(), s.count(EventType.ERROR));
        assertEquals(events.size(), s.counts().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(6, s.sockets(), "s1, s2, s4 opened, s6 accepted, s7 a descriptor copied from s6 and s8 its lifeline in a thread");
        assertEquals(1, s.selectors());
        assertEquals(Long.MAX_VALUE, s.durationNs());
        assertTrue(s.droppedTail().isEmpty());
    }

    /** Issue 14 point 5: many sockets, each id kept once in order of first appearance (set, not list search; time in bench/run info). */
    @Test
    void fiftyThousandSocketsAreEachCountedOnceInOrder() throws Exception {
        List<Event> events = new ArrayList<>();
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            events.add(new io.sockscope.model.event.Open(2L * i, i, "s" + (n - i), io.sockscope.model.event.Proto.TCP,
                    io.sockscope.model.event.Family.INET, 3, ""));
            events.add(new io.sockscope.model.event.Accept(2L * i + 1, i, "s" + (n - i), "s" + (n - i), 4, "", ""));
        }
        SessionStats s = SessionStats.of(RoundTripTest.write(dir.resolve("many.sockscope"), events, WriterOptions.defaults()));
        assertEquals(n, s.sockets());
        assertEquals("s" + n, s.socketIds().get(0));
        assertEquals("s1", s.socketIds().get(n - 1));
    }

    @Test
    void statsOfACutFileReportTheDrop() throws Exception {
        Path f = RoundTripTest.write(dir.resolve("c.sockscope"), TailAndLimitsTest.manyEvents(100), WriterOptions.defaults());
        byte[] b = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(b, b.length - 5));
        SessionStats s = SessionStats.of(f);
        assertEquals(99, s.events());
        assertEquals(98_000, s.durationNs());
        String text = new String(b, java.nio.charset.StandardCharsets.UTF_8);
        int lastLineBytes = text.length() - (text.lastIndexOf('\n', text.length() - 2) + 1); // with its newline
        assertEquals(new DroppedTail(101, lastLineBytes - 5), s.droppedTail().orElseThrow());
    }

    @Test
    void readAllReportsProgressUpToTheFileSize() throws Exception {
        Path f = RoundTripTest.write(dir.resolve("p.sockscope"), TailAndLimitsTest.manyEvents(20_000), WriterOptions.defaults());
        List<Long> seen = new ArrayList<>();
        Sessions.readAll(f, seen::add);
        assertTrue(seen.size() > 5, "several progress reports: " + seen.size());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1));
        }
        assertEquals(Files.size(f), seen.get(seen.size() - 1));
    }
}
