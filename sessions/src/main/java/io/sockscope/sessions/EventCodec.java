package io.sockscope.sessions;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.sockscope.model.event.Event;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Events as JSON objects, by the table in {@link EventSchema}. The writer writes format 2's
 * compact lines: {@code dt} (nanoseconds since the previous event), {@code type}, then the
 * type's fields in table order, leaving out {@code seq} (always the previous one plus one) and
 * every field that equals its default. The reader reads those and the full lines of 1.0 to 1.4
 * ({@code seq}, {@code t}, {@code type}, every field).
 */
final class EventCodec {
    private EventCodec() {
    }

    /** Writes {@code e}, which happened after an event at {@code previousT} (0 for the first event). */
    static void write(JsonGenerator g, Event e, long previousT, int payloadCap) throws IOException {
        g.writeStartObject();
        g.writeNumberField("dt", e.t() - previousT);
        g.writeStringField("type", e.type().wireName());
        writeFields(g, EventSchema.of(e.type()), e, payloadCap);
        g.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static <E extends Event> void writeFields(JsonGenerator g, WireType<E> type, Event e, int cap) throws IOException {
        E typed = (E) e;
        Function<String, Object> field = name -> type.fields().get(type.indexOf(name)).get(typed);
        for (WireField<E> f : type.fields()) {
            Object v = f.get(typed);
            if (!f.omits(v, field)) {
                f.write(g, v, cap);
            }
        }
    }

    /**
     * One event line, checked against the table. {@code level} is the file's
     * {@link SessionHeader#level()} (fields newer than it may be absent, and from
     * {@link WireField#COMPACT} the line may be compact); the line follows the line of file seq
     * {@code previousSeq} and time {@code previousT} (-1 and 0 before the first event), which a
     * compact line's left-out {@code seq} and its {@code dt} count from; {@code skippedBefore}
     * events of unknown types came earlier, so the event's seq as handed out is its file seq less
     * that many.
     */
    static Line read(JsonNode n, int level, long previousSeq, long previousT, long skippedBefore, Skips skips)
            throws LineException {
        JsonNode typeNode = n.get("type");
        if (typeNode == null) {
            throw new LineException("missing field \"type\"");
        }
        if (!typeNode.isTextual()) {
            throw new LineException("field \"type\" must be a string, got " + Fields.show(typeNode));
        }
        String name = typeNode.textValue();
        WireType<?> type = EventSchema.named(name);
        LineTime time = new LineTime(level, previousSeq, previousT);
        if (type == null) {
            if (!Fields.isWireName(name)) {
                throw new LineException("unknown event type " + Fields.show(typeNode) + " is not a type name (letters, digits and _)");
            }
            String what = "event of unknown type \"" + name + "\"";
            long seq = time.seq(n, what);
            long t = time.t(n, what);
            skips.type(name);
            return new Line(seq, t, null);
        }
        String what = type.wireName() + " event";
        long seq = time.seq(n, what);
        long t = time.t(n, what);
        return new Line(seq, t, readKnown(n, type, what, seq - skippedBefore, t, level, skips));
    }

    static <E extends Event> E readKnown(JsonNode n, WireType<E> type, String what, long seq, long t, int level,
                                                 Skips skips) throws LineException {
        List<WireField<E>> fields = type.fields();
        Object[] values = new Object[fields.size()];
        boolean[] left = new boolean[values.length];
        int present = 0;
        for (int i = 0; i < values.length; i++) {
            WireField<E> f = fields.get(i);
            JsonNode v = n.get(f.name());
            if (v == null) {
                left[i] = level >= WireField.COMPACT && f.fallback() != null;
                if (!left[i] && f.since() <= level && !f.optional()) {
                    throw new LineException(what + ": missing field \"" + f.name() + "\"");
                }
                values[i] = f.absent();
            } else {
                values[i] = f.read(v, what, skips, type.wireName(), level);
                present++;
            }
        }
        for (int i = values.length - 1; i >= 0; i--) {
            if (left[i]) {
                values[i] = fields.get(i).fallback().of(name -> values[type.indexOf(name)]);
            }
        }
        if (n.size() > present + LineTime.common(n, level) + 1) {
            skipUnknown(n, type, what, level, skips);
        }
        try {
            return type.create(new Values(type, seq, t, values));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new LineException(what + ": " + e.getMessage(), false, e);
        }
    }

    private static void skipUnknown(JsonNode n, WireType<?> type, String what, int level, Skips skips) throws LineException {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (type.indexOf(name) < 0 && !LineTime.isCommon(name, level) && !name.equals("type")) {
                if (!Fields.isWireName(name)) {
                    throw new LineException(what + ": \"" + Structs.shorten(name) + "\" is not a field name (letters, digits and _)");
                }
                skips.field(type.wireName() + "." + name);
            }
        }
    }

    /** A parsed event line: its seq and t in the file, and the event, or null when its type is unknown (skipped). */
    record Line(long seq, long t, Event event) {
    }
}
