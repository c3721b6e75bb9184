package io.sockscope.sessions;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A summary of a session file, computed in one streaming pass in time linear in the file
 * (what {@code sockscope info} prints).
 *
 * @param counts      events per type, in {@link EventType} order, types that never occur left out
 * @param socketIds   distinct ids of the sockets opened or accepted, in order of appearance (selectors not included)
 * @param selectors   distinct selector ids opened
 * @param durationNs  {@code t} of the last event minus {@code t} of the first; 0 with under two events
 * @param skipped     what this build did not know and passed over (a file from a newer 1.x Sockscope)
 * @param captionLanguages the languages its captions are written in ("en", "zh"), in order of first use
 * @param steps       the steps a replay walks through (consecutive step captions with one number are one step)
 * @param questions   notes that ask the class a question
 */
public record SessionStats(SessionHeader header, long events, Map<EventType, Long> counts, List<String> socketIds,
                           int selectors, long durationNs, Optional<DroppedTail> droppedTail, Skipped skipped,
                           List<String> captionLanguages, int steps, int questions) {
    public SessionStats {
        Objects.requireNonNull(header, "header");
        counts = Collections.unmodifiableMap(counts.isEmpty() ? new EnumMap<>(EventType.class) : new EnumMap<>(counts));
        socketIds = List.copyOf(socketIds);
        Objects.requireNonNull(droppedTail, "droppedTail");
        Objects.requireNonNull(skipped, "skipped");
        captionLanguages = List.copyOf(captionLanguages);
    }

    /** Reads {@code file} once; throws on the first bad line. */
    public static SessionStats of(Path file) throws SessionFormatException {
        Objects.requireNonNull(file, "file");
        try (SessionReader r = SessionReader.open(file)) {
            Map<EventType, Long> counts = new EnumMap<>(EventType.class);
            Set<String> sockets = new LinkedHashSet<>();
            Set<String> selectors = new HashSet<>();
            Set<String> languages = new LinkedHashSet<>();
            long n = 0;
            long first = 0;
            long last = 0;
            int steps = 0;
            int lastStep = 0;
            int questions = 0;
            while (r.hasNext()) {
                Event e = r.next();
                counts.merge(e.type(), 1L, Long::sum);
                if (e instanceof Open o) {
                    (o.proto() == Proto.SELECTOR ? selectors : sockets).add(o.socket());
                } else if (e instanceof Accept a) {
                    sockets.add(a.child());
                } else if (e instanceof io.sockscope.model.event.Note note) {
                    languages.addAll(note.languages());
                    if (note.step() > 0 && note.step() != lastStep) {
                        steps++;
                        lastStep = note.step();
                    }
                    questions += note.question() ? 1 : 0;
                }
                if (n == 0) {
                    first = e.t();
                }
                last = e.t();
                n++;
            }
            return new SessionStats(r.header(), n, counts, List.copyOf(sockets), selectors.size(), last - first,
                    r.droppedTail(), r.skipped(), List.copyOf(languages), steps, questions);
        }
    }

    /** Distinct sockets opened or accepted. */
    public int sockets() {
        return socketIds.size();
    }

    /** How many events of {@code type} the session holds. */
    public long count(EventType type) {
        return counts.getOrDefault(type, 0L);
    }
}
