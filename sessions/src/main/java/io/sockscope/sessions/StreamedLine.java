package io.sockscope.sessions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.sockscope.model.event.Event;
import java.io.IOException;
import java.util.List;

/**
 * The reader's quick way through an event line: Jackson's streaming parser straight into the
 * event, with no JSON tree and no message text built on the way. It takes only lines it can
 * judge completely, those of a known type whose every name is one the type, {@code seq},
 * {@code t} or {@code dt} knows, with no name twice and every value well-formed and in range,
 * and hands back null for anything else (a bad line, an unknown type or field, a note with a
 * question). The caller then reads that line again by {@link Json#parseObject} and
 * {@link EventCodec#read}, which give the reason in Sockscope's words or count what is
 * skipped. So every check and every message stays where it was; this class only has to
 * refuse whatever that path would refuse, and build the same event for the rest.
 */
final class StreamedLine {
    /**
     * The reader's limits without Jackson's duplicate detection: names are matched against the
     * type's fields here, and a name seen twice sends the line the other way.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Json.MAX_NESTING)
                    .maxNumberLength(Json.MAX_NUMBER_LENGTH)
                    .maxNameLength(Json.MAX_NAME_LENGTH)
                    .build())
            .build();

    private StreamedLine() {
    }

    /**
     * The line {@code line[0, len)} of a file of {@link SessionHeader#level()} {@code level},
     * read as {@link EventCodec#read} reads it, or null when it needs that slower path.
     */
    static EventCodec.Line read(byte[] line, int len, int level, long previousSeq, long previousT, long skippedBefore) {
        if (Utf8.firstInvalid(line, len) >= 0) {
            return null;
        }
        try (JsonParser p = FACTORY.createParser(line, 0, len)) {
            return p.nextToken() == JsonToken.START_OBJECT ? object(p, level, previousSeq, previousT, skippedBefore) : null;
        } catch (IOException e) {
            return null; // not well-formed, or past a limit: the tree path words it
        }
    }

    private static EventCodec.Line object(JsonParser p, int level, long previousSeq, long previousT, long skippedBefore)
            throws IOException {
        boolean compact = level >= WireField.COMPACT;
        WireType<?> type = null;
        Object[] values = null;
        boolean[] seen = null;
        long seq = -1;
        long t = -1;
        long dt = -1;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "type":
                    if (type != null || v != JsonToken.VALUE_STRING) {
                        return null;
                    }
                    type = EventSchema.named(p.getText());
                    if (type == null) {
                        return null;
                    }
                    values = new Object[type.fields().size()];
                    seen = new boolean[values.length];
                    break;
                case "seq":
                    if (seq >= 0 || (seq = StreamedValues.whole(p, v, 0)) < 0) {
                        return null;
                    }
                    break;
                case "t":
                    if (t >= 0 || (t = StreamedValues.whole(p, v, 0)) < 0) {
                        return null;
                    }
                    break;
                case "dt":
                    if (!compact || dt >= 0 || (dt = StreamedValues.whole(p, v, 0)) < 0) {
                        return null;
                    }
                    break;
                default:
                    int i = type == null ? -1 : type.indexOf(name);
                    if (i < 0 || seen[i]) {
                        return null;
                    }
                    seen[i] = true;
                    values[i] = StreamedValues.read(p, v, type.fields().get(i), level);
                    if (values[i] == StreamedValues.NOT_PLAIN) {
                        return null;
                    }
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null || type == null) {
            return null;
        }
        if (seq < 0) {
            if (!compact) {
                return null;
            }
            seq = previousSeq + 1;
        }
        if (dt >= 0) {
            if (t >= 0 || dt > Long.MAX_VALUE - previousT) {
                return null;
            }
            t = previousT + dt;
        }
        if (t < 0) {
            return null;
        }
        Event e = create(type, values, seen, level, seq - skippedBefore, t);
        return e == null ? null : new EventCodec.Line(seq, t, e);
    }

    /** The event from the values read, with left-out fields filled in as {@link EventCodec#readKnown} does; null when it would refuse. */
    private static <E extends Event> E create(WireType<E> type, Object[] values, boolean[] seen, int level, long seq, long t) {
        List<WireField<E>> fields = type.fields();
        boolean compact = level >= WireField.COMPACT;
        for (int i = 0; i < values.length; i++) {
            WireField<E> f = fields.get(i);
            if (!seen[i]) {
                boolean left = compact && f.fallback() != null;
                if (!left && f.since() <= level && !f.optional()) {
                    return null;
                }
                values[i] = f.absent();
            }
        }
        for (int i = values.length - 1; i >= 0; i--) {
            WireField<E> f = fields.get(i);
            if (!seen[i] && compact && f.fallback() != null) {
                values[i] = f.fallback().of(name -> values[type.indexOf(name)]);
            }
        }
        try {
            return type.create(new Values(type, seq, t, values));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
