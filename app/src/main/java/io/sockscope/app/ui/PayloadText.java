package io.sockscope.app.ui;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Shows captured bytes to people: as text (UTF-8, control bytes made visible) and as a hex dump. */
public final class PayloadText {
    private PayloadText() {
    }

    /** Multi-line text: line breaks kept (and marked), other control bytes as {@code \xNN}. */
    public static String text(byte[] bytes) {
        return escape(decode(bytes), true);
    }

    /** One line, at most {@code max} characters, for tables: every control byte escaped. */
    public static String preview(byte[] bytes, int max) {
        String s = escape(decode(bytes), false);
        return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "…";
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // not UTF-8 (or cut inside a character): show each byte as Latin-1 so nothing is hidden
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static String escape(String s, boolean keepBreaks) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append(keepBreaks ? "\\n\n" : "\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** A classic hex dump: offset, 16 bytes in hex (a gap after 8), then the printable ASCII. */
    public static String hex(byte[] bytes) {
        return hex(bytes, 16);
    }

    /** A hex dump with {@code perLine} bytes a line (8 fits a narrow panel). */
    public static String hex(byte[] bytes, int perLine) {
        StringBuilder sb = new StringBuilder(bytes.length * 4 + 16);
        for (int off = 0; off < bytes.length; off += perLine) {
            sb.append(String.format("%04x  ", off));
            StringBuilder ascii = new StringBuilder(perLine);
            for (int i = 0; i < perLine; i++) {
                if (off + i < bytes.length) {
                    int b = bytes[off + i] & 0xff;
                    sb.append(String.format("%02x ", b));
                    ascii.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
                } else {
                    sb.append("   ");
                }
                if (i == 7 && perLine > 8) {
                    sb.append(' ');
                }
            }
            sb.append(" |").append(ascii).append("|\n");
        }
        return sb.toString();
    }
}
