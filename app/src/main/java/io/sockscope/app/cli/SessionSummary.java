package io.sockscope.app.cli;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import io.sockscope.sessions.DroppedTail;
import io.sockscope.sessions.SessionFormatException;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a session once, streaming, into an {@link InfoReport}; throws on the first bad line. */
final class SessionSummary {
    private SessionSummary() {
    }

    static InfoReport read(Path file) throws SessionFormatException {
        try (SessionReader reader = SessionReader.open(file)) {
            Map<EventType, Long> counts = new EnumMap<>(EventType.class);
            List<String> sockets = new ArrayList<>();
            java.util.Set<String> captionLangs = new java.util.TreeSet<>();
            long events = 0;
            long first = 0;
            long last = 0;
            while (reader.hasNext()) {
                Event e = reader.next();
                counts.merge(e.type(), 1L, Long::sum);
                if (e instanceof io.sockscope.model.event.Note n) {
                    captionLangs.addAll(n.languages());
                }
                if (e instanceof Open o && o.proto() != Proto.SELECTOR && !sockets.contains(o.socket())) {
                    sockets.add(o.socket());
                } else if (e instanceof Accept a && !sockets.contains(a.child())) {
                    sockets.add(a.child());
                }
                if (events == 0) {
                    first = e.t();
                }
                last = e.t();
                events++;
            }
            Map<String, Long> byType = new LinkedHashMap<>();
            counts.forEach((type, n) -> byType.put(type.wireName(), n));
            SessionHeader h = reader.header();
            DroppedTail dropped = reader.droppedTail().orElse(null);
            return new InfoReport(file.toString(), h.format(), h.version(), h.app(), h.os(), h.kernel(),
                    h.created(), h.title(), h.scenario(), h.lang(), events, byType, sockets, last - first,
                    dropped == null ? 0 : dropped.line(), dropped == null ? 0 : dropped.bytes(), List.copyOf(captionLangs));
        }
    }
}
