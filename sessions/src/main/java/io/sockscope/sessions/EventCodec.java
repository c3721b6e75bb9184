package io.sockscope.sessions;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.sockscope.model.event.Event;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * Events as JSON objects, by the table in {@link EventSchema}: {@code seq}, {@code t},
 * {@code type}, then the type's fields in table order.
 */
final class EventCodec {
    /** How many fields every event has before its own: seq, t, type. */
    private static final int COMMON = 3;

    private EventCodec() {
    }

    static void write(JsonGenerator g, Event e, int payloadCap) throws IOException {
        g.writeStartObject();
        g.writeNumberField("seq", e.seq());
        g.writeNumberField("t", e.t());
        g.writeStringField("type", e.type().wireName());
        writeFields(g, EventSchema.of(e.type()), e, payloadCap);
        g.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static <E extends Event> void writeFields(JsonGenerator g, WireType<E> type, Event e, int cap) throws IOException {
        for (WireField<E> f : type.fields()) {
            f.write(g, (E) e, cap);
        }
    }

    /**
     * One event line, checked against the table. {@code minor} is the file's minor version
     * (fields newer than it may be absent); {@code skippedBefore} events of unknown types came
     * earlier, so the event's seq as handed out is its file seq less that many.
     */
    static Line read(JsonNode n, int minor, long skippedBefore, Skips skips) throws LineException {
        JsonNode typeNode = n.get("type");
        if (typeNode == null) {
            throw new LineException("missing field \"type\"");
        }
        if (!typeNode.isTextual()) {
            throw new LineException("field \"type\" must be a string, got " + Fields.show(typeNode));
        }
        String name = typeNode.textValue();
        WireType<?> type = EventSchema.named(name);
        if (type == null) {
            if (!Fields.isWireName(name)) {
                throw new LineException("unknown event type " + Fields.show(typeNode) + " is not a type name (letters, digits and _)");
            }
            String what = "event of unknown type \"" + name + "\"";
            long seq = seq(n, what);
            long t = t(n, what);
            skips.type(name);
            return new Line(seq, t, null);
        }
        String what = type.wireName() + " event";
        long seq = seq(n, what);
        long t = t(n, what);
        return new Line(seq, t, readKnown(n, type, what, seq - skippedBefore, t, minor, skips));
    }

    private static long seq(JsonNode n, String what) throws LineException {
        return Fields.whole(Fields.require(n, "seq", what), "seq", what, 0, false);
    }

    private static long t(JsonNode n, String what) throws LineException {
        return Fields.whole(Fields.require(n, "t", what), "t", what, 0, false);
    }

    static <E extends Event> E readKnown(JsonNode n, WireType<E> type, String what, long seq, long t, int minor,
                                                 Skips skips) throws LineException {
        List<WireField<E>> fields = type.fields();
        Object[] values = new Object[fields.size()];
        int present = 0;
        for (int i = 0; i < values.length; i++) {
            WireField<E> f = fields.get(i);
            JsonNode v = n.get(f.name());
            if (v == null) {
                if (f.since() <= minor && !f.optional()) {
                    throw new LineException(what + ": missing field \"" + f.name() + "\"");
                }
                values[i] = f.absent();
            } else {
                values[i] = f.read(v, what, skips, type.wireName());
                present++;
            }
        }
        if (n.size() > present + COMMON) {
            skipUnknown(n, type, what, skips);
        }
        try {
            return type.create(new Values(type, seq, t, values));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new LineException(what + ": " + e.getMessage(), false, e);
        }
    }

    private static void skipUnknown(JsonNode n, WireType<?> type, String what, Skips skips) throws LineException {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (type.indexOf(name) < 0 && !name.equals("seq") && !name.equals("t") && !name.equals("type")) {
                if (!Fields.isWireName(name)) {
                    throw new LineException(what + ": \"" + Structs.shorten(name) + "\" is not a field name (letters, digits and _)");
                }
                skips.field(type.wireName() + "." + name);
            }
        }
    }

    /** A parsed event line: its seq and t as written, and the event, or null when its type is unknown (skipped). */
    record Line(long seq, long t, Event event) {
    }
}
