package io.sockscope.sessions;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.Register;
import io.sockscope.model.event.Select;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.SendTo;
import io.sockscope.model.event.Shutdown;
import io.sockscope.model.event.Wake;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Events as JSON objects: {@code seq}, {@code t}, {@code type} (the {@link EventType#wireName()}),
 * then one field per remaining record component, named as the component.
 */
final class EventCodec {
    private static final Map<EventType, RecordShape> SHAPES = new EnumMap<>(EventType.class);

    static {
        put(EventType.OPEN, Open.class);
        put(EventType.BIND, Bind.class);
        put(EventType.LISTEN, Listen.class);
        put(EventType.CONNECT, Connect.class);
        put(EventType.ACCEPT, Accept.class);
        put(EventType.SEND, Send.class);
        put(EventType.RECV, Recv.class);
        put(EventType.SENDTO, SendTo.class);
        put(EventType.RECVFROM, RecvFrom.class);
        put(EventType.SHUTDOWN, Shutdown.class);
        put(EventType.CLOSE, Close.class);
        put(EventType.BLOCK, Block.class);
        put(EventType.WAKE, Wake.class);
        put(EventType.REGISTER, Register.class);
        put(EventType.SELECT, Select.class);
        put(EventType.QUEUES, Queues.class);
        put(EventType.OPTION, OptionSet.class);
        put(EventType.ERROR, Failure.class);
        put(EventType.NOTE, Note.class);
        if (SHAPES.size() != EventType.values().length) {
            throw new IllegalStateException("an event type has no record class");
        }
    }

    private static final RecordShape KEY = new RecordShape(KeyState.class);

    /**
     * Fields added after files were first written, with the value a file without them means:
     * a note's Chinese text ({@code zh}) is "" in a file from before bilingual notes.
     */
    private static final Map<Class<?>, Map<String, Object>> OPTIONAL = Map.of(Note.class, Map.of("zh", ""));

    private EventCodec() {
    }

    private static void put(EventType type, Class<? extends Record> c) {
        RecordShape s = new RecordShape(c);
        if (!s.name(0).equals("seq") || !s.name(1).equals("t")) {
            throw new IllegalStateException(c + " must start with seq, t");
        }
        SHAPES.put(type, s);
    }

    static void write(JsonGenerator g, Event e, int payloadCap) throws IOException {
        RecordShape s = SHAPES.get(e.type());
        g.writeStartObject();
        g.writeNumberField("seq", e.seq());
        g.writeNumberField("t", e.t());
        g.writeStringField("type", e.type().wireName());
        writeFields(g, s, (Record) e, 2, payloadCap);
        g.writeEndObject();
    }

    private static void writeFields(JsonGenerator g, RecordShape s, Record r, int from, int cap) throws IOException {
        for (int i = from; i < s.size(); i++) {
            g.writeFieldName(s.name(i));
            writeValue(g, s.get(r, i), cap);
        }
    }

    private static void writeValue(JsonGenerator g, Object v, int cap) throws IOException {
        if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof String str) {
            g.writeString(str);
        } else if (v instanceof Enum<?> en) {
            g.writeString(Fields.wire(en));
        } else if (v instanceof Payload p) {
            Payload kept = p.capped(cap);
            g.writeStartObject();
            g.writeNumberField("length", kept.length());
            g.writeBooleanField("cut", kept.cut());
            g.writeFieldName("base64");
            g.writeBinary(kept.bytes());
            g.writeEndObject();
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                g.writeStartObject();
                writeFields(g, KEY, (KeyState) o, 0, cap);
                g.writeEndObject();
            }
            g.writeEndArray();
        } else {
            throw new IllegalStateException("no JSON form for " + (v == null ? "null" : v.getClass()));
        }
    }

    /** The event in one parsed line; checks every field against the vocabulary. */
    static Event read(JsonNode n) throws LineException {
        JsonNode typeNode = n.get("type");
        if (typeNode == null) {
            throw new LineException("missing field \"type\"");
        }
        EventType type = typeNode.isTextual() ? EventType.fromWire(typeNode.textValue()) : null;
        if (type == null) {
            throw new LineException("unknown event type " + Fields.show(typeNode));
        }
        return (Event) readRecord(n, SHAPES.get(type), type.wireName() + " event");
    }

    private static Record readRecord(JsonNode n, RecordShape s, String what) throws LineException {
        Object[] args = new Object[s.size()];
        Map<String, Object> optional = OPTIONAL.getOrDefault(s.type(), Map.of());
        for (int i = 0; i < args.length; i++) {
            String field = s.name(i);
            JsonNode v = n.get(field);
            args[i] = v == null && optional.containsKey(field) ? optional.get(field)
                    : readValue(Fields.require(n, field, what), s.type(i), field, what);
        }
        try {
            return s.create(args);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new LineException(what + ": " + e.getMessage(), false, e);
        }
    }

    private static Object readValue(JsonNode n, Class<?> type, String field, String what) throws LineException {
        if (type == long.class) {
            return Fields.whole(n, field, what, Fields.min(field), false);
        } else if (type == int.class) {
            return (int) Fields.whole(n, field, what, Fields.min(field), true);
        } else if (type == boolean.class) {
            return Fields.bool(n, field, what);
        } else if (type == String.class) {
            return Fields.string(n, field, what);
        } else if (type.isEnum()) {
            return Fields.enumValue(n, type, field, what);
        } else if (type == Payload.class) {
            return readPayload(n, what + ": field \"" + field + "\"");
        } else if (type == List.class) {
            return readKeys(n, field, what);
        }
        throw new IllegalStateException("no JSON form for " + type);
    }

    private static Payload readPayload(JsonNode n, String what) throws LineException {
        if (!n.isObject()) {
            throw new LineException(what + " must be an object {length, cut, base64}, got " + Fields.show(n));
        }
        int length = (int) Fields.whole(Fields.require(n, "length", what), "length", what, 0, true);
        boolean cut = Fields.bool(Fields.require(n, "cut", what), "cut", what);
        String b64 = Fields.string(Fields.require(n, "base64", what), "base64", what);
        byte[] kept;
        try {
            kept = java.util.Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new LineException(what + ": base64 is not valid: " + e.getMessage(), false, e);
        }
        if (kept.length > length) {
            throw new LineException(what + ": stores " + kept.length + " bytes but says length " + length);
        }
        if (cut != kept.length < length) {
            throw new LineException(what + ": cut is " + cut + " but " + kept.length + " of " + length + " bytes are stored");
        }
        return Payload.of(kept, length);
    }

    private static List<KeyState> readKeys(JsonNode n, String field, String what) throws LineException {
        if (!n.isArray()) {
            throw new LineException(what + ": field \"" + field + "\" must be an array, got " + Fields.show(n));
        }
        KeyState[] keys = new KeyState[n.size()];
        for (int i = 0; i < keys.length; i++) {
            JsonNode k = n.get(i);
            String at = what + ": " + field + "[" + i + "]";
            if (!k.isObject()) {
                throw new LineException(at + " must be an object, got " + Fields.show(k));
            }
            keys[i] = (KeyState) readRecord(k, KEY, at);
        }
        return List.of(keys);
    }
}
