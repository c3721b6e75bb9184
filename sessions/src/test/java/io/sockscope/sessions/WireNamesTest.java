package io.sockscope.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.Payload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The wire names are the format: they are held here to a fixed list that only changes when the
 * format does (a new field or type, added with its version), never when Java code is renamed.
 */
class WireNamesTest {
    /** Every event type and its fields in writing order, as files have them since 1.0. */
    private static final Map<String, String> FORMAT = new TreeMap<>(Map.ofEntries(
            Map.entry("open", "socket proto family fd owner pid program copyOf thread"),
            Map.entry("bind", "socket local"),
            Map.entry("listen", "socket backlog"),
            Map.entry("connect", "socket local remote state"),
            Map.entry("accept", "socket child fd local remote"),
            Map.entry("send", "socket requested done payload"),
            Map.entry("recv", "socket requested done payload"),
            Map.entry("sendto", "socket peer requested done payload"),
            Map.entry("recvfrom", "socket peer requested done payload"),
            Map.entry("shutdown", "socket how"),
            Map.entry("close", "socket abortive"),
            Map.entry("block", "socket call thread"),
            Map.entry("wake", "socket call thread"),
            Map.entry("register", "socket selector interest"),
            Map.entry("select", "socket timeoutMs selected keys"),
            Map.entry("queues", "socket sendQ recvQ acceptQ backlog sndBuf rcvBuf source drops"),
            Map.entry("state", "socket state open"),
            Map.entry("option", "socket name asked reported kernel"),
            Map.entry("error", "socket call kind message"),
            Map.entry("note", "text lang step zh question")));

    @Test
    void everyWireNameMatchesTheFixedList() {
        Map<String, String> table = new TreeMap<>();
        for (WireType<?> t : EventSchema.all()) {
            table.put(t.wireName(), t.fields().stream().map(WireField::name).collect(Collectors.joining(" ")));
        }
        assertEquals(FORMAT, table);
    }

    @Test
    void everyEventTypeHasATableEntry() {
        for (EventType type : EventType.values()) {
            assertEquals(type, EventSchema.of(type).type());
            assertEquals(EventSchema.of(type), EventSchema.named(type.wireName()));
        }
    }

    /**
     * Each type is built from a distinct value per field, none its default, and written back: every field reaches
     * the record's component it belongs to and comes out under its own name (a constructor
     * argument forgotten or swapped with another of the same type fails here).
     */
    @Test
    void everyFieldGoesThroughItsRecordComponentUnchanged() throws Exception {
        for (WireType<?> t : EventSchema.all()) {
            Object[] values = new Object[t.fields().size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = sample(t.fields().get(i), i);
            }
            Event e = t.create(new Values(t, 41, 42, values));
            assertEquals(t.recordClass(), e.getClass());
            assertEquals(41, e.seq());
            assertEquals(42, e.t());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
                EventCodec.write(g, e, 0, Integer.MAX_VALUE);
            }
            JsonNode json = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
            Skips skips = new Skips();
            for (int i = 0; i < values.length; i++) {
                WireField<?> f = t.fields().get(i);
                assertEquals(values[i], f.read(json.get(f.name()), "test", skips, t.wireName(), SessionHeader.LEVEL), t.wireName() + "." + f.name());
            }
            assertEquals(values.length + 2, json.size(), t.wireName() + ": fields written, with dt and type");
            assertEquals(42, json.get("dt").longValue());
        }
    }

    private static Object sample(WireField<?> f, int i) {
        switch (f.kind()) {
            case ID:
                return "s" + (100 + i);
            case TEXT:
                return f.name().equals("interest") ? "AR" : f.name() + "-" + i;
            case INT:
                return 1000 + i;
            case LONG:
                return 100_000L + i;
            case BOOL:
                return true;
            case ENUM: { // not the default, which a line leaves out
                Object[] constants = f.enumType().getEnumConstants();
                Object none = f.fallback() == null ? null : f.fallback().of(name -> null);
                return constants[(i + 1) % constants.length] != none ? constants[(i + 1) % constants.length]
                        : constants[(i + 2) % constants.length];
            }
            case PAYLOAD:
                return Payload.of(new byte[] {1, 2, (byte) i}, 7 + i);
            case KEYS:
                return List.of(new KeyState("s" + i, "R", "R"), new KeyState("s9", "AW", ""));
            case QUIZ:
                return io.sockscope.model.event.Quiz.choices(List.of("a" + i, "b"), List.of("甲", "乙"), 1, "why " + i, "");
            default:
                throw new IllegalStateException(f.kind().name());
        }
    }
}
