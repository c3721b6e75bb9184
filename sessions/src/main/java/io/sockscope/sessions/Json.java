package io.sockscope.sessions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;

/** The Jackson set-up shared by writer and reader, and the header's JSON form. */
final class Json {
    /** Deepest nesting a line may have (an event with a select key list needs 3). */
    static final int MAX_NESTING = 16;
    /** Longest number, in characters (a long has at most 20). */
    static final int MAX_NUMBER_LENGTH = 40;
    /** Longest field name, in bytes. */
    static final int MAX_NAME_LENGTH = 1024;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /** Parses one line (without its newline) into a JSON object. */
    static JsonNode parseObject(byte[] line, int len) throws LineException {
        int bad = Utf8.firstInvalid(line, len);
        if (bad >= 0) {
            throw new LineException("invalid UTF-8 at byte " + (bad + 1) + " of the line (" + Utf8.show(line, len, bad)
                    + "); session files are strict UTF-8", true, null);
        }
        JsonNode n;
        try {
            n = MAPPER.readTree(line, 0, len);
        } catch (JsonProcessingException e) {
            throw new LineException(JsonErrors.reason(e), true, e);
        } catch (IOException e) {
            throw new LineException("invalid JSON: " + e.getMessage(), true, e);
        }
        if (n == null || n.isMissingNode()) {
            throw new LineException("empty line", true, null);
        }
        if (!n.isObject()) {
            throw new LineException("a line must be one JSON object, got " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return n;
    }

    /** Writes line 1, always with this build's version: the events that follow have every field it knows. */
    static void writeHeader(JsonGenerator g, SessionHeader h) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", SessionHeader.FORMAT);
        g.writeNumberField("version", SessionHeader.VERSION);
        g.writeNumberField("minor", SessionHeader.MINOR);
        g.writeStringField("app", h.app());
        g.writeStringField("os", h.os());
        g.writeStringField("kernel", h.kernel());
        g.writeStringField("created", h.created());
        g.writeStringField("title", h.title());
        g.writeStringField("scenario", h.scenario());
        g.writeStringField("lang", h.lang());
        g.writeEndObject();
    }

    private static final Set<String> HEADER_FIELDS = Set.of("format", "version", "minor", "app", "os", "kernel",
            "created", "title", "scenario", "lang");

    /** Reads line 1; checks format and version before anything else so old builds give the right message. */
    static SessionHeader readHeader(JsonNode n, Skips skips) throws LineException {
        String what = "header";
        JsonNode format = n.get("format");
        if (format == null || !format.isTextual() || !SessionHeader.FORMAT.equals(format.textValue())) {
            throw new LineException("not a Sockscope session (line 1 lacks \"format\":\"" + SessionHeader.FORMAT + "\")");
        }
        long version = Fields.whole(Fields.require(n, "version", what), "version", what, Long.MIN_VALUE, false);
        if (version > SessionHeader.VERSION) {
            throw new LineException("version " + version + " is newer than this Sockscope reads (it reads versions 1 and "
                    + SessionHeader.VERSION + ")");
        }
        if (version < 1) {
            throw new LineException("version " + version + " is not a Sockscope session version (this Sockscope reads versions 1 and "
                    + SessionHeader.VERSION + ")");
        }
        JsonNode minorNode = n.get("minor");
        int minor = minorNode == null ? 0 : (int) Fields.whole(minorNode, "minor", what, 0, true);
        SessionHeader h = new SessionHeader(SessionHeader.FORMAT, (int) version, minor,
                text(n, "app"), text(n, "os"), text(n, "kernel"), text(n, "created"),
                text(n, "title"), text(n, "scenario"), text(n, "lang"));
        Structs.skipUnknown(n, HEADER_FIELDS, what, skips, "header");
        return h;
    }

    private static String text(JsonNode n, String field) throws LineException {
        return Fields.string(Fields.require(n, field, "header"), field, "header", Limits.MAX_TEXT_CHARS);
    }
}
