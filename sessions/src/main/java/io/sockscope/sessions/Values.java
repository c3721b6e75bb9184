package io.sockscope.sessions;

import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Quiz;
import java.util.List;

/**
 * The checked field values of one event line, looked up by wire name when the event record is
 * built. Asking for a name the type does not declare is a programming error.
 */
final class Values {
    private final WireType<?> type;
    private final long seq;
    private final long t;
    private final Object[] values;

    Values(WireType<?> type, long seq, long t, Object[] values) {
        this.type = type;
        this.seq = seq;
        this.t = t;
        this.values = values;
    }

    long seq() {
        return seq;
    }

    long t() {
        return t;
    }

    private Object get(String field) {
        int i = type.indexOf(field);
        if (i < 0) {
            throw new IllegalStateException(type.wireName() + " has no wire field \"" + field + "\"");
        }
        return values[i];
    }

    String str(String field) {
        return (String) get(field);
    }

    int i(String field) {
        return (Integer) get(field);
    }

    /** An optional whole number: {@code none} when the line lacks it. */
    int i(String field, int none) {
        Integer v = (Integer) get(field);
        return v == null ? none : v;
    }

    long l(String field) {
        return (Long) get(field);
    }

    boolean b(String field) {
        return (Boolean) get(field);
    }

    <T extends Enum<T>> T en(String field, Class<T> enumType) {
        return enumType.cast(get(field));
    }

    Payload payload(String field) {
        return (Payload) get(field);
    }

    Quiz quiz(String field) {
        return (Quiz) get(field);
    }

    @SuppressWarnings("unchecked")
    List<KeyState> keys(String field) {
        return (List<KeyState>) get(field);
    }
}
