package io.sockscope.model.trace;

/**
 * A system call's result as strace prints it: {@code 4<TCP:[...]>}, {@code -1 EAGAIN (Resource
 * temporarily unavailable)}, {@code 1 (in [3])}, {@code ? ERESTARTSYS (...)}.
 *
 * @param value  the returned number; {@link #UNKNOWN} for "?"
 * @param tag    the descriptor annotation of a returned descriptor (-yy), or ""
 * @param errno  the error's name (EAGAIN), or "" when the call succeeded
 * @param reason the error's text as strace gives it ("Resource temporarily unavailable"), or ""
 * @param extra  what strace adds in parentheses after a success ("in [3]"), or ""
 */
public record Result(long value, String tag, String errno, String reason, String extra) {
    public static final long UNKNOWN = Long.MIN_VALUE;

    public boolean failed() {
        return !errno.isEmpty();
    }

    /** True for ERESTARTSYS and its kin: the kernel will restart the call, it did not end. */
    public boolean restarted() {
        return errno.startsWith("ERESTART");
    }

    static Result parse(String text) {
        String s = text.strip();
        int i = 0;
        while (i < s.length() && s.charAt(i) != ' ' && s.charAt(i) != '<') {
            i++;
        }
        long value = number(s.substring(0, i));
        String tag = "";
        if (i < s.length() && s.charAt(i) == '<') {
            int end = Args.tagEnd(s, i);
            tag = s.substring(i + 1, end);
            i = end + 1;
        }
        String rest = s.substring(i).strip();
        int sp = rest.indexOf(' ');
        String first = sp < 0 ? rest : rest.substring(0, sp);
        if (!first.isEmpty() && first.matches("E[A-Z0-9_]+")) {
            String reason = sp < 0 ? "" : stripParens(rest.substring(sp + 1).strip());
            return new Result(value, tag, first, reason, "");
        }
        return new Result(value, tag, "", "", stripParens(rest));
    }

    private static long number(String s) {
        if (s.isEmpty() || s.equals("?")) {
            return UNKNOWN;
        }
        try {
            return s.startsWith("0x") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
    }

    private static String stripParens(String s) {
        return s.startsWith("(") && s.endsWith(")") ? s.substring(1, s.length() - 1) : s;
    }
}
