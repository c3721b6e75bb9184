package io.sockscope.model.trace;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits lines of {@code strace -f -ttt -yy -xx} output into {@link StraceLine}s. */
public final class StraceLineParser {
    private static final Pattern LEAD = Pattern.compile("^(?:\\[pid\\s+(\\d+)\\]\\s*|(\\d+)\\s+)?(?:(\\d+\\.\\d+)\\s+)?");
    private static final Pattern RESUMED = Pattern.compile("^<\\.\\.\\. ([A-Za-z0-9_]+) resumed>\\s?");
    private static final Pattern CALL = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\(");
    private static final String UNFINISHED = "<unfinished ...>";

    private StraceLineParser() {
    }

    /** The line's parts; never null (an unknown shape is {@link StraceLine.Kind#OTHER}). */
    public static StraceLine parse(String line) {
        Matcher lead = LEAD.matcher(line);
        lead.find();
        int pid = lead.group(1) != null ? Integer.parseInt(lead.group(1))
                : lead.group(2) != null ? Integer.parseInt(lead.group(2)) : 0;
        long micros = lead.group(3) == null ? -1 : micros(lead.group(3));
        String body = line.substring(lead.end());
        if (body.startsWith("+++ exited with ")) {
            return new StraceLine(pid, micros, StraceLine.Kind.EXITED, "", "", body.replaceAll("\\D", ""), line);
        }
        if (body.startsWith("+++ killed by ")) {
            return new StraceLine(pid, micros, StraceLine.Kind.KILLED, "", "", body, line);
        }
        if (body.startsWith("--- ")) {
            return new StraceLine(pid, micros, StraceLine.Kind.SIGNAL, "", "", body, line);
        }
        Matcher r = RESUMED.matcher(body);
        if (r.find()) {
            String rest = body.substring(r.end());
            int close = Args.closingParen(rest, 0, 1);
            if (close < 0) {
                return other(pid, micros, line);
            }
            return new StraceLine(pid, micros, StraceLine.Kind.RESUMED, r.group(1), rest.substring(0, close),
                    result(rest.substring(close + 1)), line);
        }
        Matcher c = CALL.matcher(body);
        if (!c.find()) {
            return other(pid, micros, line);
        }
        String afterOpen = body.substring(c.end());
        if (body.endsWith(UNFINISHED)) {
            String args = afterOpen.substring(0, afterOpen.length() - UNFINISHED.length()).stripTrailing();
            return new StraceLine(pid, micros, StraceLine.Kind.UNFINISHED, c.group(1), args, "", line);
        }
        int close = Args.closingParen(afterOpen, 0, 1);
        if (close < 0) {
            return other(pid, micros, line);
        }
        return new StraceLine(pid, micros, StraceLine.Kind.CALL, c.group(1), afterOpen.substring(0, close),
                result(afterOpen.substring(close + 1)), line);
    }

    /**
     * A call strace has begun printing but not finished (the output file ends in the middle of
     * its line): the call is still in the kernel. Null if {@code partial} is not such a start.
     */
    public static StraceLine entry(String partial) {
        Matcher lead = LEAD.matcher(partial);
        lead.find();
        String body = partial.substring(lead.end());
        Matcher c = CALL.matcher(body);
        if (!c.find() || lead.end() == 0) {
            return null;
        }
        int pid = lead.group(1) != null ? Integer.parseInt(lead.group(1))
                : lead.group(2) != null ? Integer.parseInt(lead.group(2)) : 0;
        long micros = lead.group(3) == null ? -1 : micros(lead.group(3));
        return new StraceLine(pid, micros, StraceLine.Kind.UNFINISHED, c.group(1), body.substring(c.end()), "", partial);
    }

    private static String result(String tail) {
        String t = tail.strip();
        if (!t.startsWith("=")) {
            return "";
        }
        String r = t.substring(1).strip();
        int timing = r.lastIndexOf(" <"); // -T adds " <0.000123>"
        if (timing > 0 && r.endsWith(">") && r.substring(timing + 2, r.length() - 1).matches("[0-9.]+")) {
            r = r.substring(0, timing);
        }
        return r;
    }

    private static StraceLine other(int pid, long micros, String line) {
        return new StraceLine(pid, micros, StraceLine.Kind.OTHER, "", "", "", line);
    }

    private static long micros(String ts) {
        int dot = ts.indexOf('.');
        String frac = (ts.substring(dot + 1) + "000000").substring(0, 6);
        return Long.parseLong(ts.substring(0, dot)) * 1_000_000L + Long.parseLong(frac);
    }
}
