package io.sockscope.sessions;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A session file could not be read: it is missing, unreadable, not a session, or one of its
 * lines breaks the format. The message is {@code FILE:LINE: reason}, or {@code FILE: reason}
 * when no line applies, ready to show a user as is: control characters from the file name or
 * the file's bytes are escaped ({@link Printable}).
 */
public final class SessionFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String reason;

    /** @param line 1-based line number in the (uncompressed) text, or 0 when no line applies */
    public SessionFormatException(Path file, long line, String reason, Throwable cause) {
        super(message(file, line, reason), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = Math.max(line, 0);
        this.reason = Printable.escape(Objects.requireNonNull(reason, "reason"));
    }

    public SessionFormatException(Path file, long line, String reason) {
        this(file, line, reason, null);
    }

    private static String message(Path file, long line, String reason) {
        String f = Printable.escape(String.valueOf(file));
        String r = Printable.escape(reason);
        return line > 0 ? f + ":" + line + ": " + r : f + ": " + r;
    }

    /** The file being read. */
    public Path file() {
        return file;
    }

    /** The 1-based line the problem is on (line 1 is the header), or 0 when no line applies. */
    public long line() {
        return line;
    }

    /** What is wrong, without file and line (control characters escaped). */
    public String reason() {
        return reason;
    }
}
