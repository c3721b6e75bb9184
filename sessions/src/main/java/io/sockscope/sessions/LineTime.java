package io.sockscope.sessions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An event line's {@code seq} and time. Lines of format 1.0 to 1.4 give both: {@code seq} and
 * {@code t} (nanoseconds since the session started). From 2.0 ({@link WireField#COMPACT}) a line
 * may leave {@code seq} out (it is the previous line's plus one; when given it must be that) and
 * gives its time either as {@code t} or as {@code dt}, nanoseconds since the previous event's
 * time (since 0 for the first event), never both.
 */
final class LineTime {
    private static final byte[] DT_FIRST = "{\"dt\":".getBytes(StandardCharsets.US_ASCII);

    private final boolean compact;
    private final long previousSeq;
    private final long previousT;

    /** For a line of a file of {@link SessionHeader#level()} {@code level} after the line of {@code previousSeq} at {@code previousT}. */
    LineTime(int level, long previousSeq, long previousT) {
        this.compact = level >= WireField.COMPACT;
        this.previousSeq = previousSeq;
        this.previousT = previousT;
    }

    /** The line's seq as the file gives it (the reader checks that it counts up by one). */
    long seq(JsonNode n, String what) throws LineException {
        JsonNode s = n.get("seq");
        if (s == null && compact) {
            return previousSeq + 1;
        }
        return Fields.whole(Fields.require(n, "seq", what), "seq", what, 0, false);
    }

    /** The line's time, nanoseconds since the session started. */
    long t(JsonNode n, String what) throws LineException {
        JsonNode dt = compact ? n.get("dt") : null;
        if (dt == null) {
            if (compact && n.get("t") == null) {
                throw new LineException(what + ": missing field \"dt\" (or \"t\")");
            }
            return Fields.whole(Fields.require(n, "t", what), "t", what, 0, false);
        }
        if (n.get("t") != null) {
            throw new LineException(what + ": has both \"t\" and \"dt\"; a line gives its time one way");
        }
        return after(Fields.whole(dt, "dt", what, 0, false), what);
    }

    private long after(long dt, String what) throws LineException {
        if (dt > Long.MAX_VALUE - previousT) {
            throw new LineException(what + ": dt " + dt + " after t " + previousT + " is past the largest time a file can hold");
        }
        return previousT + dt;
    }

    /** How many of the fields any event line may have ({@code seq}, {@code t}, {@code dt}) {@code n} has. */
    static int common(JsonNode n, int level) {
        int count = (n.has("seq") ? 1 : 0) + (n.has("t") ? 1 : 0);
        return level >= WireField.COMPACT && n.has("dt") ? count + 1 : count;
    }

    /** True for {@code seq}, {@code t} and, in a file of 2.0 or later, {@code dt}: fields of any event line. */
    static boolean isCommon(String name, int level) {
        return name.equals("seq") || name.equals("t") || level >= WireField.COMPACT && name.equals("dt");
    }

    /**
     * The time of a line already checked (the index read it once): only its top-level
     * {@code t} or {@code dt} is looked at, so a seek can pass over lines without parsing them
     * whole.
     */
    long tOfCheckedLine(byte[] line, int length) throws LineException {
        long dt = compact ? leadingDt(line, length) : -1;
        return dt >= 0 ? after(dt, "event") : parsedT(line, length);
    }

    /**
     * The {@code dt} of a line that starts as Sockscope writes one, {@code {"dt":} and at most 18
     * digits (so no overflow), else -1.
     */
    private static long leadingDt(byte[] line, int length) {
        if (length < DT_FIRST.length || !Arrays.equals(line, 0, DT_FIRST.length, DT_FIRST, 0, DT_FIRST.length)) {
            return -1;
        }
        long v = 0;
        int i = DT_FIRST.length;
        while (i < length && i - DT_FIRST.length < 18 && line[i] >= '0' && line[i] <= '9') {
            v = v * 10 + (line[i++] - '0');
        }
        return i > DT_FIRST.length && i < length && (line[i] == ',' || line[i] == '}') ? v : -1;
    }

    private long parsedT(byte[] line, int length) throws LineException {
        try (JsonParser p = Json.FACTORY.createParser(line, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new LineException("a line must be one JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_NUMBER_INT && name.equals("t")) {
                    return p.getLongValue();
                }
                if (value == JsonToken.VALUE_NUMBER_INT && compact && name.equals("dt")) {
                    return after(p.getLongValue(), "event");
                }
                p.skipChildren();
            }
            throw new LineException("the line has no time (\"t\" or \"dt\"), though it read well before; has the file changed?");
        } catch (IOException e) {
            throw new LineException("invalid JSON: " + e.getMessage(), true, e);
        }
    }
}
