package io.sockscope.model.scenario.data;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The four ways to mark message boundaries on a byte stream, as encoders and incremental
 * decoders (a decoder is fed each recv's bytes and returns the messages they completed).
 */
final class Framing {
    /** The messages every framing scenario sends: short, of different lengths, one holding a newline. */
    static final List<String> MESSAGES = List.of("hi", "sensor 7: 21.5 C", "two\nlines");
    /** Fixed-length slot size: the longest message fits exactly. */
    static final int SLOT = 16;
    static final byte DELIMITER = '\n';
    static final byte ESCAPE = '\\';
    static final int HEADER = 4;

    private Framing() {
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The message in a SLOT-byte slot, padded with zero bytes; a longer message cannot be sent. */
    static byte[] fixed(String message) {
        byte[] body = utf8(message);
        if (body.length > SLOT) {
            throw new IllegalArgumentException(body.length + " bytes do not fit a " + SLOT + "-byte slot");
        }
        return Arrays.copyOf(body, SLOT);
    }

    /** The message with backslash and newline escaped, then a newline. */
    static byte[] delimited(String message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : utf8(message)) {
            if (b == ESCAPE || b == DELIMITER) {
                out.write(ESCAPE);
                out.write(b == DELIMITER ? 'n' : ESCAPE);
            } else {
                out.write(b);
            }
        }
        out.write(DELIMITER);
        return out.toByteArray();
    }

    /** A 4-byte big-endian length, then the message. */
    static byte[] lengthPrefixed(String message) {
        byte[] body = utf8(message);
        return ByteBuffer.allocate(HEADER + body.length).putInt(body.length).put(body).array();
    }

    /**
     * Reads a 4-byte big-endian length header as an unsigned number, 0 to 4 GiB - 1 (a signed
     * getInt() would turn lengths from 2 GiB up negative).
     */
    static long length(byte[] header) {
        if (header.length != HEADER) {
            throw new IllegalArgumentException("a length header has " + HEADER + " bytes, not " + header.length);
        }
        return Integer.toUnsignedLong(ByteBuffer.wrap(header).getInt());
    }

    /** Messages as a language-free note: [1] "hi"  [2] "two\nlines". */
    static String show(List<String> messages) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < messages.size(); i++) {
            String shown = messages.get(i).replace("\\", "\\\\").replace("\n", "\\n");
            sb.append(i == 0 ? "" : "  ").append('[').append(i + 1).append("] \"").append(shown).append('"');
        }
        return sb.toString();
    }

    /** Feeds bytes as they arrive; returns the messages they completed. */
    interface Decoder {
        List<String> feed(byte[] bytes);
    }

    /** Cuts the stream every SLOT bytes and drops the zero padding. */
    static final class FixedDecoder implements Decoder {
        private final ByteArrayOutputStream slot = new ByteArrayOutputStream();

        @Override
        public List<String> feed(byte[] bytes) {
            Objects.requireNonNull(bytes, "bytes");
            List<String> done = new ArrayList<>();
            for (byte b : bytes) {
                slot.write(b);
                if (slot.size() == SLOT) {
                    byte[] s = slot.toByteArray();
                    int end = SLOT;
                    while (end > 0 && s[end - 1] == 0) {
                        end--;
                    }
                    done.add(new String(s, 0, end, StandardCharsets.UTF_8));
                    slot.reset();
                }
            }
            return done;
        }
    }

    /** Scans every byte for the newline, undoing escapes; keeps an unfinished tail for the next feed. */
    static final class DelimitedDecoder implements Decoder {
        private final ByteArrayOutputStream message = new ByteArrayOutputStream();
        private boolean escaped;

        @Override
        public List<String> feed(byte[] bytes) {
            Objects.requireNonNull(bytes, "bytes");
            List<String> done = new ArrayList<>();
            for (byte b : bytes) {
                if (escaped) {
                    message.write(b == 'n' ? DELIMITER : b);
                    escaped = false;
                } else if (b == ESCAPE) {
                    escaped = true;
                } else if (b == DELIMITER) {
                    done.add(message.toString(StandardCharsets.UTF_8));
                    message.reset();
                } else {
                    message.write(b);
                }
            }
            return done;
        }
    }
}
