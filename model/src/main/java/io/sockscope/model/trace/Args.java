package io.sockscope.model.trace;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Reads strace's argument syntax: top-level lists, quoted strings with C escapes, struct fields. */
final class Args {
    private Args() {
    }

    /** Splits at commas outside quotes, braces, brackets and parentheses. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == '{' || ch == '[' || ch == '(') {
                depth++;
            } else if (ch == '}' || ch == ']' || ch == ')') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                out.add(s.substring(start, i).strip());
                start = i + 1;
            }
        }
        String last = s.substring(start).strip();
        if (!last.isEmpty() || !out.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    /** Index of the ')' that closes a call whose arguments start at {@code from}, or -1. */
    static int closingParen(String s, int from, int depth) {
        boolean quoted = false;
        for (int i = from; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == '{' || ch == '[' || ch == '(') {
                depth++;
            } else if (ch == '}' || ch == ']' || ch == ')') {
                depth--;
                if (depth == 0) {
                    return ch == ')' ? i : -1;
                }
            }
        }
        return -1;
    }

    /** Index of the ']' closing the '[' at {@code open}, or the last index. */
    static int closingBracket(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ']' || ch == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return s.length() - 1;
    }

    /** Index of the '>' ending a descriptor annotation that starts with '<' at {@code open}. */
    static int tagEnd(String s, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open + 1; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == '[') {
                depth++;
            } else if (ch == ']') {
                depth--;
            } else if (ch == '>' && depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }

    /** The bytes of a quoted string argument ({@code "\x68\x69"...}); empty for anything else. */
    static byte[] bytes(String arg) {
        String s = arg.strip();
        if (!s.startsWith("\"")) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 1; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                break;
            }
            if (ch != '\\') {
                if (ch < 0x80) {
                    out.write(ch);
                } else {
                    byte[] b = String.valueOf(ch).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    out.write(b, 0, b.length);
                }
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'x' -> {
                    out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'f' -> out.write('\f');
                default -> {
                    if (e >= '0' && e <= '7') {
                        int j = i;
                        while (j < s.length() && j < i + 3 && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
                            j++;
                        }
                        out.write(Integer.parseInt(s.substring(i, j), 8));
                        i = j - 1;
                    } else {
                        out.write(e);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    /** A quoted string argument as text (UTF-8). */
    static String text(String arg) {
        return new String(bytes(arg), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The value of {@code key=} at the top level of a struct {@code {a=1, key=v}}, or "". */
    static String field(String struct, String key) {
        String s = struct.strip();
        if (s.startsWith("{") && s.endsWith("}")) {
            s = s.substring(1, s.length() - 1);
        }
        for (String part : split(s)) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        return "";
    }

    /** The items of a list {@code [a, b]} (or of {@code [3 4]}, select's descriptor sets). */
    static List<String> items(String list) {
        String s = list.strip();
        if (!s.startsWith("[") || !s.endsWith("]")) {
            return List.of();
        }
        String inner = s.substring(1, s.length() - 1).strip();
        if (inner.isEmpty()) {
            return List.of();
        }
        if (!inner.contains(",") && !inner.contains("{")) {
            return List.of(inner.split("\\s+"));
        }
        return split(inner);
    }

    /** The leading integer of an argument ({@code 3<TCP:[..]>} gives 3), or -1. */
    static long leadingNumber(String arg) {
        String s = arg.strip();
        int i = 0;
        if (i < s.length() && s.charAt(i) == '-') {
            i++;
        }
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        try {
            return Long.parseLong(s.substring(0, i));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** True when the string argument was cut by -s (strace adds "..." after the quote). */
    static boolean cut(String arg) {
        return arg.strip().endsWith("\"...");
    }
}
