package io.sockscope.sessions;

/**
 * Strict UTF-8 (RFC 3629): no overlong forms (so {@code C0 AF} is not "/"), no surrogates, nothing
 * above U+10FFFF, no cut sequences. Jackson decodes leniently, so every line is checked first.
 */
final class Utf8 {
    private Utf8() {
    }

    /** Index of the first byte of the first invalid sequence in {@code b[0, len)}, or -1 when all is valid. */
    static int firstInvalid(byte[] b, int len) {
        int i = 0;
        while (i < len) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int lo = 0x80;
            int hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                n = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                n = 2;
                if (c == 0xe0) {
                    lo = 0xa0; // below: overlong
                } else if (c == 0xed) {
                    hi = 0x9f; // above: UTF-16 surrogates
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                n = 3;
                if (c == 0xf0) {
                    lo = 0x90; // below: overlong
                } else if (c == 0xf4) {
                    hi = 0x8f; // above: beyond U+10FFFF
                }
            } else {
                return i; // a continuation byte out of place, C0/C1 (always overlong), or F5..FF
            }
            if (i + n >= len) {
                return i; // the sequence is cut off by the end of the line
            }
            int second = b[i + 1] & 0xff;
            if (second < lo || second > hi) {
                return i;
            }
            for (int k = 2; k <= n; k++) {
                if ((b[i + k] & 0xc0) != 0x80) {
                    return i;
                }
            }
            i += n + 1;
        }
        return -1;
    }

    /** The bytes of the invalid sequence at {@code at}, in hex, for a message (at most 4). */
    static String show(byte[] b, int len, int at) {
        StringBuilder sb = new StringBuilder();
        for (int i = at; i < Math.min(len, at + 4); i++) {
            if (i > at && (b[i] & 0xc0) != 0x80) {
                break;
            }
            sb.append(i == at ? "" : " ").append(String.format("%02x", b[i] & 0xff));
        }
        return sb.toString();
    }
}
