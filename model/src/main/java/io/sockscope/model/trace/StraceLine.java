package io.sockscope.model.trace;

/**
 * One line of {@code strace -f -ttt} output, split into its parts but not interpreted.
 *
 * @param pid    the thread id strace printed (0 when the line had none)
 * @param micros the -ttt timestamp in microseconds, or -1
 * @param kind   what the line is
 * @param name   the system call's name (for EXITED/KILLED/SIGNAL/OTHER: "")
 * @param args   the arguments as printed (for RESUMED: only the part printed on resume)
 * @param result the text after " = " ("" when none), see {@link Result}
 * @param text   the whole line
 */
public record StraceLine(int pid, long micros, Kind kind, String name, String args, String result, String text) {

    /** What a line says. */
    public enum Kind {
        /** A whole call: name(args) = result. */
        CALL,
        /** The first half of a call that had not returned when another task printed. */
        UNFINISHED,
        /** The second half: {@code <... name resumed>args) = result}. */
        RESUMED,
        /** {@code +++ exited with N +++}. */
        EXITED,
        /** {@code +++ killed by SIG +++}. */
        KILLED,
        /** {@code --- SIGNAL {...} ---}. */
        SIGNAL,
        /** Anything else (strace's own messages). */
        OTHER
    }

    /** The parsed result of a CALL or RESUMED line. */
    public Result parsedResult() {
        return Result.parse(result);
    }
}
