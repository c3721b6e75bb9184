package io.sockscope.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Typed reads of JSON fields with messages that name the field and what was wrong. */
final class Fields {
    private static final Map<Class<?>, Map<String, Enum<?>>> ENUMS = new ConcurrentHashMap<>();

    private Fields() {
    }

    static JsonNode require(JsonNode obj, String field, String what) throws LineException {
        JsonNode n = obj.get(field);
        if (n == null) {
            throw new LineException(what + ": missing field \"" + field + "\"");
        }
        return n;
    }

    static String string(JsonNode n, String field, String what, int maxChars) throws LineException {
        if (!n.isTextual()) {
            throw new LineException(what + ": field \"" + field + "\" must be a string, got " + show(n));
        }
        String s = n.textValue();
        if (s.length() > maxChars) {
            throw new LineException(what + ": field \"" + field + "\" holds " + s.length()
                    + " characters; the reader accepts at most " + maxChars);
        }
        return s;
    }

    static boolean bool(JsonNode n, String field, String what) throws LineException {
        if (!n.isBoolean()) {
            throw new LineException(what + ": field \"" + field + "\" must be true or false, got " + show(n));
        }
        return n.booleanValue();
    }

    static long whole(JsonNode n, String field, String what, long min, boolean isInt) throws LineException {
        if (!n.isIntegralNumber()) {
            throw new LineException(what + ": field \"" + field + "\" must be a whole number, got " + show(n));
        }
        if (isInt ? !n.canConvertToInt() : !n.canConvertToLong()) {
            throw new LineException(what + ": field \"" + field + "\" is " + show(n)
                    + ", beyond the range of " + (isInt ? "an int" : "a long"));
        }
        long v = n.longValue();
        if (v < min) {
            throw new LineException(what + ": field \"" + field + "\" is " + v + "; it must be " + min + " or more");
        }
        return v;
    }

    static Enum<?> enumValue(JsonNode n, Class<?> type, String field, String what) throws LineException {
        Map<String, Enum<?>> byWire = wireNames(type);
        Enum<?> v = n.isTextual() ? byWire.get(n.textValue()) : null;
        if (v == null) {
            throw new LineException(what + ": field \"" + field + "\" must be one of "
                    + String.join(", ", byWire.keySet()) + ", got " + show(n));
        }
        return v;
    }

    /** The constant of {@code type} written as {@code wire}, or null. */
    static Enum<?> enumOrNull(Class<?> type, String wire) {
        return wireNames(type).get(wire);
    }

    /** An enum constant as written in files: lowercase, '-' for '_' (e.g. {@code address-in-use}). */
    static String wire(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, Enum<?>> wireNames(Class<?> type) {
        return ENUMS.computeIfAbsent(type, c -> {
            Map<String, Enum<?>> m = new java.util.LinkedHashMap<>();
            for (Object o : c.getEnumConstants()) {
                m.put(wire((Enum<?>) o), (Enum<?>) o);
            }
            return java.util.Collections.unmodifiableMap(m);
        });
    }

    /** A short rendering of a node for an error message (control characters are escaped later, with the message). */
    static String show(JsonNode n) {
        String s = n.toString();
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /**
     * True when {@code name} could be a field or event type written by a later Sockscope: a
     * letter, then letters, digits or {@code _}, 64 characters at most. Anything else is damage.
     */
    static boolean isWireName(String name) {
        if (name.isEmpty() || name.length() > 64 || !isAsciiLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
