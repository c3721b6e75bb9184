package io.sockscope.app.live;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Turns what the user typed into bytes: text with \n \r \t \\ escapes, or hex digits. */
final class Payloads {
    private Payloads() {
    }

    /** @throws IllegalArgumentException naming what is wrong with the hex */
    static byte[] parse(String typed, boolean hex) {
        return hex ? hex(typed) : text(typed);
    }

    static byte[] text(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case '0' -> b.append('\0');
                    default -> b.append(n);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] hex(String s) {
        String digits = s.replaceAll("(0x|[\\s,:])", "");
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < digits.length(); i += 2) {
            int hi = Character.digit(digits.charAt(i), 16);
            int lo = Character.digit(digits.charAt(i + 1), 16);
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException("not a hex digit in \"" + digits.substring(i, i + 2) + "\"");
            }
            out.write(hi << 4 | lo);
        }
        return out.toByteArray();
    }
}
