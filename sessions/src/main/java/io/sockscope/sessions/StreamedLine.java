package io.sockscope.sessions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.sockscope.model.event.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The reader's quick way through an event line: Jackson's streaming parser straight into the
 * event, with no JSON tree and no message text built on the way. It takes only lines it can
 * judge completely, those of a known type whose every name is one the type, {@code seq},
 * {@code t} or {@code dt} knows, with no name twice and every value well-formed and in range,
 * and hands back null for anything else (a bad line, an unknown type or field, a note with a
 * question). The caller then reads that line again by {@link Json#parseObject} and
 * {@link EventCodec#read}, which give the reason in Sockscope's words or count what is
 * skipped. So every check and every message stays where it was; this class only has to
 * refuse whatever that path would refuse, and build the same event for the rest.
 */
final class StreamedLine implements AutoCloseable {
    /**
     * The reader's limits without Jackson's duplicate detection: names are matched against the
     * type's fields here, and a name seen twice sends the line the other way.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Json.MAX_NESTING)
                    .maxNumberLength(Json.MAX_NUMBER_LENGTH)
                    .maxNameLength(Json.MAX_NAME_LENGTH)
                    .build())
            .build();

    /** The line being read, handed to the parser as its input. */
    private final Feed feed = new Feed();
    /**
     * The parser of the lines read so far, standing between two root values, or null: one parser
     * reads line after line (making one took about a third of the time of reading a line), and
     * a line it does not take leaves it wherever it stopped, so the next line gets a new one.
     */
    private JsonParser parser;
    /**
     * False while the lines are only counted and placed (an index growing over a file it read
     * before): a whole payload's base64 is then measured, not decoded, and its event keeps none
     * of its bytes. Decoding was most of the work of following a live session's autosave.
     */
    private boolean payloadBytes = true;

    /** Whether events keep their payloads' bytes (they do unless told otherwise). */
    void payloadBytes(boolean keep) {
        payloadBytes = keep;
    }

    /**
     * The line {@code line[0, len)} of a file of {@link SessionHeader#level()} {@code level},
     * read as {@link EventCodec#read} reads it, or null when it needs that slower path. A parser
     * of its own each time: for tests; a reader keeps one {@link StreamedLine} for its lines.
     */
    static EventCodec.Line read(byte[] line, int len, int level, long previousSeq, long previousT, long skippedBefore) {
        try (StreamedLine once = new StreamedLine()) {
            return once.next(line, len, level, previousSeq, previousT, skippedBefore);
        }
    }

    /** As {@link #read}, with the parser the lines before left standing after their last object. */
    EventCodec.Line next(byte[] line, int len, int level, long previousSeq, long previousT, long skippedBefore) {
        if (Utf8.firstInvalid(line, len) >= 0) {
            return null;
        }
        feed.start(line, len);
        EventCodec.Line read = null;
        try {
            if (parser == null) {
                parser = FACTORY.createParser(feed);
            }
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                read = object(parser, level, previousSeq, previousT, skippedBefore, payloadBytes);
            }
            if (read != null && !restIsBlank(line, len, parser.releaseBuffered(OutputStream.nullOutputStream()))) {
                read = null;
            }
        } catch (IOException e) {
            read = null; // not well-formed, or past a limit: the tree path words it
        }
        if (read == null) {
            close();
        }
        return read;
    }

    /**
     * True when the line's last {@code buffered} bytes the parser holds unread, and the ones not
     * yet handed to it, are JSON white space: nothing follows the object (a parser of the line
     * alone would find its end there).
     */
    private boolean restIsBlank(byte[] line, int len, int buffered) {
        for (int i = len - buffered - feed.left(); i < len; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Lets the parser go; the next line gets a new one. */
    @Override
    public void close() {
        if (parser != null) {
            JsonParser p = parser;
            parser = null;
            try {
                p.close();
            } catch (IOException e) {
                throw new UncheckedIOException("closing a parser of a line in memory", e);
            }
        }
    }

    /**
     * The current line as the parser's input stream: its bytes, then the end of input (a parser
     * reaches that only inside a cut-off object, and is let go of then).
     */
    private static final class Feed extends InputStream {
        private byte[] line;
        private int at;
        private int end;

        void start(byte[] bytes, int len) {
            line = bytes;
            at = 0;
            end = len;
        }

        /** Bytes of the line not yet handed out. */
        int left() {
            return end - at;
        }

        @Override
        public int read() {
            return at < end ? line[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (at >= end) {
                return -1;
            }
            int n = Math.min(len, end - at);
            System.arraycopy(line, at, b, off, n);
            at += n;
            return n;
        }
    }

    private static EventCodec.Line object(JsonParser p, int level, long previousSeq, long previousT, long skippedBefore,
                                          boolean payloadBytes) throws IOException {
        boolean compact = level >= WireField.COMPACT;
        WireType<?> type = null;
        Object[] values = null;
        boolean[] seen = null;
        long seq = -1;
        long t = -1;
        long dt = -1;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "type":
                    if (type != null || v != JsonToken.VALUE_STRING) {
                        return null;
                    }
                    type = EventSchema.named(p.getText());
                    if (type == null) {
                        return null;
                    }
                    values = new Object[type.fields().size()];
                    seen = new boolean[values.length];
                    break;
                case "seq":
                    if (seq >= 0 || (seq = StreamedValues.whole(p, v, 0)) < 0) {
                        return null;
                    }
                    break;
                case "t":
                    if (t >= 0 || (t = StreamedValues.whole(p, v, 0)) < 0) {
                        return null;
                    }
                    break;
                case "dt":
                    if (!compact || dt >= 0 || (dt = StreamedValues.whole(p, v, 0)) < 0) {
                        return null;
                    }
                    break;
                default:
                    int i = type == null ? -1 : type.indexOf(name);
                    if (i < 0 || seen[i]) {
                        return null;
                    }
                    seen[i] = true;
                    values[i] = StreamedValues.read(p, v, type.fields().get(i), level, payloadBytes);
                    if (values[i] == StreamedValues.NOT_PLAIN) {
                        return null;
                    }
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT || type == null) {
            return null;
        }
        if (seq < 0) {
            if (!compact) {
                return null;
            }
            seq = previousSeq + 1;
        }
        if (dt >= 0) {
            if (t >= 0 || dt > Long.MAX_VALUE - previousT) {
                return null;
            }
            t = previousT + dt;
        }
        if (t < 0) {
            return null;
        }
        Event e = create(type, values, seen, level, seq - skippedBefore, t);
        return e == null ? null : new EventCodec.Line(seq, t, e);
    }

    /** The event from the values read, with left-out fields filled in as {@link EventCodec#readKnown} does; null when it would refuse. */
    private static <E extends Event> E create(WireType<E> type, Object[] values, boolean[] seen, int level, long seq, long t) {
        List<WireField<E>> fields = type.fields();
        boolean compact = level >= WireField.COMPACT;
        for (int i = 0; i < values.length; i++) {
            WireField<E> f = fields.get(i);
            if (!seen[i]) {
                boolean left = compact && f.fallback() != null;
                if (!left && f.since() <= level && !f.optional()) {
                    return null;
                }
                values[i] = f.absent();
            }
        }
        for (int i = values.length - 1; i >= 0; i--) {
            WireField<E> f = fields.get(i);
            if (!seen[i] && compact && f.fallback() != null) {
                values[i] = f.fallback().of(name -> values[type.indexOf(name)]);
            }
        }
        try {
            return type.create(new Values(type, seq, t, values));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
