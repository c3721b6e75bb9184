package io.sockscope.sessions;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One event type as it is written in files: its wire name, the version it appeared in (a
 * {@link SessionHeader#level()}), its fields in writing order (after {@code seq}, {@code t},
 * {@code type}), and how an event is built from the values read.
 *
 * @param <E> the event record
 */
final class WireType<E extends Event> {
    private final EventType type;
    private final Class<E> recordClass;
    private final int since;
    private final List<WireField<E>> fields;
    private final Map<String, Integer> index = new HashMap<>();
    private final Function<Values, E> create;

    WireType(EventType type, Class<E> recordClass, int since, Function<Values, E> create, List<WireField<E>> fields) {
        this.type = Objects.requireNonNull(type, "type");
        this.recordClass = Objects.requireNonNull(recordClass, "recordClass");
        this.since = since;
        this.create = Objects.requireNonNull(create, "create");
        this.fields = List.copyOf(fields);
        for (int i = 0; i < this.fields.size(); i++) {
            String n = this.fields.get(i).name();
            if (n.equals("seq") || n.equals("t") || n.equals("type") || index.put(n, i) != null) {
                throw new IllegalStateException(type.wireName() + ": field name \"" + n + "\" is reserved or used twice");
            }
        }
    }

    EventType type() {
        return type;
    }

    String wireName() {
        return type.wireName();
    }

    Class<E> recordClass() {
        return recordClass;
    }

    /** The {@link SessionHeader#level()} of the version this type appeared in; 0 for the original types. */
    int since() {
        return since;
    }

    List<WireField<E>> fields() {
        return fields;
    }

    /** Position of a field in {@link #fields()}, or -1. */
    int indexOf(String field) {
        Integer i = index.get(field);
        return i == null ? -1 : i;
    }

    E create(Values v) {
        return create.apply(v);
    }
}
