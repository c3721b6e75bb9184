package io.sockscope.sessions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.Ops;
import io.sockscope.model.event.Payload;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Field values for {@link StreamedLine}, read from the parser standing on their first token and
 * checked as {@link WireField#read} checks them. A value that check would refuse, or one this
 * class does not read (a note's question), is {@link #NOT_PLAIN}.
 */
final class StreamedValues {
    /** The value is not one this class judges: the line goes the tree's way. */
    static final Object NOT_PLAIN = new Object();

    private StreamedValues() {
    }

    static Object read(JsonParser p, JsonToken v, WireField<?> f, int level, boolean payloadBytes) throws IOException {
        switch (f.kind()) {
            case ID:
                return text(p, v, Limits.MAX_ID_CHARS);
            case TEXT:
                return text(p, v, Limits.MAX_TEXT_CHARS);
            case INT:
                long i = integer(p, v, f.min());
                return i == Long.MIN_VALUE ? NOT_PLAIN : (Object) (int) i;
            case LONG:
                long l = whole(p, v, f.min());
                return l == Long.MIN_VALUE ? NOT_PLAIN : (Object) l;
            case BOOL:
                return v == JsonToken.VALUE_TRUE ? Boolean.TRUE : v == JsonToken.VALUE_FALSE ? Boolean.FALSE : NOT_PLAIN;
            case ENUM:
                Object e = v == JsonToken.VALUE_STRING ? Fields.enumOrNull(f.enumType(), p.getText()) : null;
                return e == null ? NOT_PLAIN : e;
            case PAYLOAD:
                return payload(p, v, level, payloadBytes);
            case KEYS:
                return keys(p, v);
            default:
                return NOT_PLAIN;
        }
    }

    /**
     * A whole number that fits a long and is at least {@code min}, else {@code Long.MIN_VALUE}
     * (a value of {@code Long.MIN_VALUE} itself goes the tree's way too, which reads it).
     */
    static long whole(JsonParser p, JsonToken v, long min) throws IOException {
        if (v != JsonToken.VALUE_NUMBER_INT) {
            return Long.MIN_VALUE;
        }
        JsonParser.NumberType nt = p.getNumberType();
        if (nt != JsonParser.NumberType.INT && nt != JsonParser.NumberType.LONG) {
            return Long.MIN_VALUE;
        }
        long x = p.getLongValue();
        return x < min || x == Long.MIN_VALUE ? Long.MIN_VALUE : x;
    }

    /** As {@link #whole} for a number that must fit an int. */
    private static long integer(JsonParser p, JsonToken v, long min) throws IOException {
        if (v != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            return Long.MIN_VALUE;
        }
        int x = p.getIntValue();
        return x < min ? Long.MIN_VALUE : x;
    }

    private static Object text(JsonParser p, JsonToken v, int maxChars) throws IOException {
        if (v != JsonToken.VALUE_STRING) {
            return NOT_PLAIN;
        }
        String s = p.getText();
        return s.length() > maxChars ? NOT_PLAIN : s;
    }

    /**
     * A payload as {@link Structs#readPayload} takes it: a base64 string (from 2.0), or
     * {@code {length, cut, base64}}. Without {@code bytes}, a base64 string is measured only:
     * the payload keeps its length and none of its bytes.
     */
    private static Object payload(JsonParser p, JsonToken v, int level, boolean bytes) throws IOException {
        boolean compact = level >= WireField.COMPACT;
        if (compact && v == JsonToken.VALUE_STRING) {
            byte[] kept = bytes ? base64(p.getText()) : NO_BYTES;
            int keptLength = bytes ? (kept == null ? -1 : kept.length) : measured(p);
            return keptLength < 0 ? NOT_PLAIN : Payload.of(kept, keptLength);
        }
        if (v != JsonToken.START_OBJECT) {
            return NOT_PLAIN;
        }
        long length = Long.MIN_VALUE;
        JsonToken cut = null;
        byte[] kept = null;
        int keptLength = -1;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            if (name.equals("length") && length == Long.MIN_VALUE) {
                length = integer(p, t, 0);
                if (length == Long.MIN_VALUE) {
                    return NOT_PLAIN;
                }
            } else if (name.equals("cut") && cut == null && (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE)) {
                cut = t;
            } else if (name.equals("base64") && kept == null && t == JsonToken.VALUE_STRING) {
                kept = bytes ? base64(p.getText()) : NO_BYTES;
                keptLength = bytes ? (kept == null ? -1 : kept.length) : measured(p);
                if (keptLength < 0) {
                    return NOT_PLAIN;
                }
            } else {
                return NOT_PLAIN; // unknown, repeated or of the wrong JSON type
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT || length == Long.MIN_VALUE || kept == null
                || (cut == null && !compact) || keptLength > length
                || (cut != null && (cut == JsonToken.VALUE_TRUE) != (keptLength < length))) {
            return NOT_PLAIN;
        }
        return Payload.of(kept, (int) length);
    }

    private static final byte[] NO_BYTES = new byte[0];

    /** The length of the base64 string the parser stands on, without decoding it; -1 when no base64 text is that long. */
    private static int measured(JsonParser p) throws IOException {
        return base64Length(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    /**
     * The number of bytes {@code n} characters of padded or unpadded base64 stand for, or -1
     * when no base64 text is that long (the decoder, on the tree path, says why). The characters
     * themselves are not checked.
     */
    static int base64Length(char[] text, int offset, int n) {
        int pad = n >= 4 && n % 4 == 0 ? (text[offset + n - 1] == '=' ? 1 : 0) + (text[offset + n - 2] == '=' ? 1 : 0) : 0;
        int rest = n % 4;
        return rest == 1 ? -1 : n / 4 * 3 + (rest == 0 ? 0 : rest - 1) - pad;
    }

    private static byte[] base64(String b64) {
        try {
            return Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            return null; // the tree path reads the line again and says what is wrong with it
        }
    }

    /** A select's keys as {@link Structs#readKeys} takes them: {@code [{socket, interest, ready}, ...]}. */
    private static Object keys(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.START_ARRAY) {
            return NOT_PLAIN;
        }
        List<KeyState> keys = new ArrayList<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
            if (k != JsonToken.START_OBJECT) {
                return NOT_PLAIN;
            }
            Object[] parts = new Object[3];
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonToken t = p.nextToken();
                int i = name.equals("socket") ? 0 : name.equals("interest") ? 1 : name.equals("ready") ? 2 : -1;
                if (i < 0 || parts[i] != null) {
                    return NOT_PLAIN;
                }
                parts[i] = text(p, t, i == 0 ? Limits.MAX_ID_CHARS : 4);
                if (parts[i] == NOT_PLAIN) {
                    return NOT_PLAIN;
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || parts[0] == null || parts[1] == null || parts[2] == null
                    || !Ops.isValid((String) parts[1]) || !Ops.isValid((String) parts[2])) {
                return NOT_PLAIN;
            }
            keys.add(new KeyState((String) parts[0], (String) parts[1], (String) parts[2]));
        }
        return List.copyOf(keys);
    }
}
