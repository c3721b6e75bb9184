package io.sockscope.sessions;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.Ops;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Quiz;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The nested objects of the format: a payload {@code {length, cut, base64}} (since 2.0 a base64
 * string when every byte is stored, else {@code {length, base64}}), a select key
 * {@code {socket, interest, ready}} and a note's question
 * {@code {choices, choicesZh, answer, explain, explainZh}}. Their wire names are fixed here; unknown members are
 * skipped and counted like unknown event fields.
 */
final class Structs {
    private static final Set<String> PAYLOAD_FIELDS = Set.of("length", "cut", "base64");
    private static final Set<String> KEY_FIELDS = Set.of("socket", "interest", "ready");
    private static final Set<String> QUIZ_FIELDS = Set.of("choices", "choicesZh", "answer", "explain", "explainZh");

    private Structs() {
    }

    /** A payload as format 2 writes it: its bytes as a base64 string, or {@code {length, base64}} when they are cut. */
    static void writePayload(JsonGenerator g, Payload p) throws IOException {
        if (!p.cut()) {
            g.writeBinary(p.bytes());
            return;
        }
        g.writeStartObject();
        g.writeNumberField("length", p.length());
        g.writeFieldName("base64");
        g.writeBinary(p.bytes());
        g.writeEndObject();
    }

    static void writeKeys(JsonGenerator g, List<KeyState> keys) throws IOException {
        g.writeStartArray();
        for (KeyState k : keys) {
            g.writeStartObject();
            g.writeStringField("socket", k.socket());
            g.writeStringField("interest", k.interest());
            g.writeStringField("ready", k.ready());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void writeQuiz(JsonGenerator g, Quiz q) throws IOException {
        g.writeStartObject();
        writeStrings(g, "choices", q.choices());
        writeStrings(g, "choicesZh", q.choicesZh());
        g.writeNumberField("answer", q.answer());
        g.writeStringField("explain", q.explain());
        g.writeStringField("explainZh", q.explainZh());
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    static Quiz readQuiz(JsonNode n, String what, Skips skips, String path) throws LineException {
        if (!n.isObject()) {
            throw new LineException(what + " must be an object {choices, choicesZh, answer, explain, explainZh}, got " + Fields.show(n));
        }
        List<String> choices = readStrings(Fields.require(n, "choices", what), "choices", what);
        List<String> choicesZh = readStrings(Fields.require(n, "choicesZh", what), "choicesZh", what);
        int answer = (int) Fields.whole(Fields.require(n, "answer", what), "answer", what, -1, true);
        String explain = Fields.string(Fields.require(n, "explain", what), "explain", what, Limits.MAX_TEXT_CHARS);
        String explainZh = Fields.string(Fields.require(n, "explainZh", what), "explainZh", what, Limits.MAX_TEXT_CHARS);
        skipUnknown(n, QUIZ_FIELDS, what, skips, path);
        try {
            return new Quiz(choices, choicesZh, answer, explain, explainZh);
        } catch (IllegalArgumentException e) {
            throw new LineException(what + ": " + e.getMessage());
        }
    }

    private static List<String> readStrings(JsonNode n, String field, String what) throws LineException {
        if (!n.isArray()) {
            throw new LineException(what + ": \"" + field + "\" must be an array of strings, got " + Fields.show(n));
        }
        if (n.size() > Quiz.MAX_CHOICES) {
            throw new LineException(what + ": \"" + field + "\" holds " + n.size() + " strings, at most " + Quiz.MAX_CHOICES);
        }
        String[] out = new String[n.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Fields.string(n.get(i), field + "[" + i + "]", what, Limits.MAX_TEXT_CHARS);
        }
        return List.of(out);
    }

    /**
     * A payload of a file of {@link SessionHeader#level()} {@code level}: an object {@code {length, cut, base64}}
     * ({@code cut} may be left out from 2.0, it follows from the other two), or from 2.0 a base64
     * string of bytes stored whole.
     */
    static Payload readPayload(JsonNode n, String what, Skips skips, String path, int level) throws LineException {
        boolean compact = level >= WireField.COMPACT;
        if (compact && n.isTextual()) {
            byte[] kept = base64(n.textValue(), what);
            return Payload.of(kept, kept.length);
        }
        if (!n.isObject()) {
            throw new LineException(what + " must be " + (compact ? "a base64 string or " : "") + "an object {length, cut, base64}, got "
                    + Fields.show(n));
        }
        int length = (int) Fields.whole(Fields.require(n, "length", what), "length", what, 0, true);
        JsonNode cutNode = compact ? n.get("cut") : Fields.require(n, "cut", what);
        JsonNode b64Node = Fields.require(n, "base64", what);
        byte[] kept = base64(Fields.string(b64Node, "base64", what, Integer.MAX_VALUE), what);
        if (kept.length > length) {
            throw new LineException(what + ": stores " + kept.length + " bytes but says length " + length);
        }
        if (cutNode != null) {
            boolean cut = Fields.bool(cutNode, "cut", what);
            if (cut != kept.length < length) {
                throw new LineException(what + ": cut is " + cut + " but " + kept.length + " of " + length + " bytes are stored");
            }
        }
        skipUnknown(n, PAYLOAD_FIELDS, what, skips, path);
        return Payload.of(kept, length);
    }

    private static byte[] base64(String b64, String what) throws LineException {
        try {
            return Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new LineException(what + ": base64 is not valid: " + e.getMessage(), false, e);
        }
    }

    static List<KeyState> readKeys(JsonNode n, String field, String what, Skips skips, String path) throws LineException {
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
            String socket = Fields.string(Fields.require(k, "socket", at), "socket", at, Limits.MAX_ID_CHARS);
            String interest = Fields.string(Fields.require(k, "interest", at), "interest", at, 4);
            String ready = Fields.string(Fields.require(k, "ready", at), "ready", at, 4);
            if (!Ops.isValid(interest) || !Ops.isValid(ready)) {
                throw new LineException(at + ": not an op set (letters of ACRW in order): "
                        + (Ops.isValid(interest) ? ready : interest));
            }
            skipUnknown(k, KEY_FIELDS, at, skips, path);
            keys[i] = new KeyState(socket, interest, ready);
        }
        return List.of(keys);
    }

    /** Counts members of {@code obj} not in {@code known} under {@code path.name}; a name no writer could produce is an error. */
    static void skipUnknown(JsonNode obj, Set<String> known, String what, Skips skips, String path) throws LineException {
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                if (!Fields.isWireName(name)) {
                    throw new LineException(what + ": \"" + shorten(name) + "\" is not a field name (letters, digits and _)");
                }
                skips.field(path + "." + name);
            }
        }
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
