package io.sockscope.sessions;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Quiz;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One field of an event type as it is written in files: its wire name (fixed, whatever the Java
 * record component is called), the format version it appeared in (as a {@link SessionHeader#level()}), the value a reader
 * uses when a file older than that lacks it, and how its JSON value is checked.
 *
 * @param <E> the record the field belongs to
 */
final class WireField<E> {
    /** The JSON forms a field can take. */
    enum Kind { ID, TEXT, INT, LONG, BOOL, ENUM, PAYLOAD, KEYS, QUIZ }

    /** Least value of a count or time. */
    static final long COUNT = 0;
    /** Least value of a size or number where -1 means unknown, none or end of stream. */
    static final long SIZE = -1;
    /** Any value: kept as the program passed it (backlog, timeout, step). */
    static final long ANY = Long.MIN_VALUE;

    private final String name;
    private final Kind kind;
    private final long min;
    private final Class<? extends Enum<?>> enumType;
    private final Function<E, ?> getter;
    private final int since;
    private final Object absent;
    private final boolean optional;
    private final Fallback fallback;

    private WireField(String name, Kind kind, long min, Class<? extends Enum<?>> enumType, Function<E, ?> getter,
                      int since, Object absent) {
        this(name, kind, min, enumType, getter, since, absent, false, null);
    }

    private WireField(String name, Kind kind, long min, Class<? extends Enum<?>> enumType, Function<E, ?> getter,
                      int since, Object absent, boolean optional, Fallback fallback) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = kind;
        this.min = min;
        this.enumType = enumType;
        this.getter = Objects.requireNonNull(getter, "getter");
        this.since = since;
        this.absent = absent;
        this.optional = optional;
        this.fallback = fallback;
    }

    /**
     * The value of a field that a compact line (format 2.0 or later) leaves out, worked
     * out from the event's other fields ({@code field} gives a field's value by wire name). It
     * may use only fields later in the table: a reader fills left-out fields from the last to
     * the first.
     */
    @FunctionalInterface
    interface Fallback {
        Object of(Function<String, Object> field);
    }

    /**
     * The {@link SessionHeader#level()} of format 2.0, the first version of compact lines: {@code seq} may be left out, time may be given
     * as {@code dt}, a field may be left out when it equals its default, and a payload that is
     * stored whole is a base64 string.
     */
    static final int COMPACT = 5;

    /** A socket or selector id ({@value Limits#MAX_ID_CHARS} characters at most). */
    static <E> WireField<E> id(String name, Function<E, String> getter) {
        return new WireField<>(name, Kind.ID, 0, null, getter, 0, null);
    }

    /** A string for people: address, text, thread name ({@value Limits#MAX_TEXT_CHARS} characters at most). */
    static <E> WireField<E> text(String name, Function<E, String> getter) {
        return new WireField<>(name, Kind.TEXT, 0, null, getter, 0, null);
    }

    /** A whole number that fits an int, at least {@code min}. */
    static <E> WireField<E> integer(String name, long min, Function<E, Integer> getter) {
        return new WireField<>(name, Kind.INT, min, null, getter, 0, null);
    }

    /** A whole number that fits a long, at least {@code min}. */
    static <E> WireField<E> whole(String name, long min, Function<E, Long> getter) {
        return new WireField<>(name, Kind.LONG, min, null, getter, 0, null);
    }

    static <E> WireField<E> bool(String name, Function<E, Boolean> getter) {
        return new WireField<>(name, Kind.BOOL, 0, null, getter, 0, null);
    }

    /** An enum constant, written lowercase with '-' for '_'. */
    static <E, T extends Enum<T>> WireField<E> enumOf(String name, Class<T> type, Function<E, T> getter) {
        return new WireField<>(name, Kind.ENUM, 0, type, getter, 0, null);
    }

    /** A payload object {@code {length, cut, base64}}. */
    static <E> WireField<E> payload(String name, Function<E, Payload> getter) {
        return new WireField<>(name, Kind.PAYLOAD, 0, null, getter, 0, null);
    }

    /** A select's key list {@code [{socket, interest, ready}, ...]}. */
    static <E> WireField<E> keys(String name, Function<E, List<KeyState>> getter) {
        return new WireField<>(name, Kind.KEYS, 0, null, getter, 0, null);
    }

    /** A note's question {@code {choices, choicesZh, answer, explain, explainZh}}. */
    static <E> WireField<E> quiz(String name, Function<E, Quiz> getter) {
        return new WireField<>(name, Kind.QUIZ, 0, null, getter, 0, null);
    }

    /**
     * A field most events of the type lack: written only when it has a value, and read as null
     * when absent, in any version. It appeared in the format version of {@link SessionHeader#level()} {@code level}.
     */
    WireField<E> optional(int level) {
        WireField<E> f = since(level, Boolean.FALSE);
        return new WireField<>(name, kind, min, enumType, getter, f.since, null, true, fallback);
    }

    /** From format 2.0 the field is left out of a line when it equals {@code value}. */
    WireField<E> orDefault(Object value) {
        Objects.requireNonNull(value, "value");
        return orDefaultFrom(field -> value);
    }

    /**
     * From format 2.0 the field is left out of a line when it equals what
     * {@code fallback} works out from the event's later fields.
     */
    WireField<E> orDefaultFrom(Fallback fallback) {
        return new WireField<>(name, kind, min, enumType, getter, since, absent, optional,
                Objects.requireNonNull(fallback, "fallback"));
    }

    /** What the field holds when a compact line leaves it out, or null when it is never left out for its value. */
    Fallback fallback() {
        return fallback;
    }

    /** True when a line leaves this field out for {@code value}: no value, or its default ({@code field} as in {@link Fallback}). */
    boolean omits(Object value, Function<String, Object> field) {
        return optional ? value == null : fallback != null && value.equals(fallback.of(field));
    }

    /** True when the field is left out of lines where it has no value (see {@link #optional(int)}). */
    boolean optional() {
        return optional;
    }

    /** The field's value in {@code event}. */
    Object get(E event) {
        return getter.apply(event);
    }

    /**
     * This field appeared in the format version of {@link SessionHeader#level()} {@code level}
     * (1 to 4 for 1.1 to 1.4, 6 for 2.1, ...): a file of an earlier version lacks it and reads as
     * {@code absent}. Fields without {@code since} are in every file.
     */
    WireField<E> since(int level, Object absent) {
        if (level < 1 || level > SessionHeader.LEVEL) {
            throw new IllegalStateException(name + ": since level " + level + " but this build writes level " + SessionHeader.LEVEL);
        }
        return new WireField<>(name, kind, min, enumType, getter, level, Objects.requireNonNull(absent, "absent"),
                optional, fallback);
    }

    String name() {
        return name;
    }

    Kind kind() {
        return kind;
    }

    /** Least value of a whole number field ({@link #COUNT}, {@link #SIZE}, {@link #ANY}). */
    long min() {
        return min;
    }

    /** The enum class of an {@link Kind#ENUM} field, else null. */
    Class<? extends Enum<?>> enumType() {
        return enumType;
    }

    /** The {@link SessionHeader#level()} of the version the field appeared in; 0 for the original fields. */
    int since() {
        return since;
    }

    /** The value used when a file older than {@link #since()} lacks the field. */
    Object absent() {
        return absent;
    }

    /** The value, read from {@code n} and checked; {@code what} names the event for messages. */
    Object read(JsonNode n, String what, Skips skips, String path, int level) throws LineException {
        switch (kind) {
            case ID:
                return Fields.string(n, name, what, Limits.MAX_ID_CHARS);
            case TEXT:
                return Fields.string(n, name, what, Limits.MAX_TEXT_CHARS);
            case INT:
                return (int) Fields.whole(n, name, what, min, true);
            case LONG:
                return Fields.whole(n, name, what, min, false);
            case BOOL:
                return Fields.bool(n, name, what);
            case ENUM:
                return Fields.enumValue(n, enumType, name, what);
            case PAYLOAD:
                return Structs.readPayload(n, what + ": field \"" + name + "\"", skips, path + "." + name, level);
            case KEYS:
                return Structs.readKeys(n, name, what, skips, path + "." + name);
            case QUIZ:
                return Structs.readQuiz(n, what + ": field \"" + name + "\"", skips, path + "." + name);
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    /** Writes the field with its value {@code v} (see {@link #omits} for when to leave it out). */
    void write(JsonGenerator g, Object v, int payloadCap) throws IOException {
        g.writeFieldName(name);
        switch (kind) {
            case ID: case TEXT:
                g.writeString((String) v);
                break;
            case INT:
                g.writeNumber((Integer) v);
                break;
            case LONG:
                g.writeNumber((Long) v);
                break;
            case BOOL:
                g.writeBoolean((Boolean) v);
                break;
            case ENUM:
                g.writeString(Fields.wire((Enum<?>) v));
                break;
            case PAYLOAD:
                Structs.writePayload(g, ((Payload) v).capped(payloadCap));
                break;
            case KEYS:
                @SuppressWarnings("unchecked")
                List<KeyState> keys = (List<KeyState>) v;
                Structs.writeKeys(g, keys);
                break;
            case QUIZ:
                Structs.writeQuiz(g, (Quiz) v);
                break;
            default:
                throw new IllegalStateException(kind.name());
        }
    }
}
