package io.sockscope.app.ui;

import io.sockscope.sessions.SessionFormatException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Why a session could not be opened, in one line a user can act on (never a stack trace).
 *
 * @param file   the file that was asked for
 * @param line   the 1-based line of the file at fault, or 0 when no line applies
 * @param reason one line, e.g. {@code unknown event type "sned"}
 */
public record LoadFailure(Path file, long line, String reason) {
    public LoadFailure {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    /** The one-line reason for {@code error}: its message's first line, or its kind when it has none. */
    public static LoadFailure of(Path file, Throwable error) {
        Throwable e = error;
        while (e.getCause() != null && (e.getMessage() == null || e instanceof java.util.concurrent.CompletionException)) {
            e = e.getCause();
        }
        String reason;
        long line = 0;
        if (e instanceof SessionFormatException f) {
            line = f.line();
            reason = firstLine(f.reason());
        } else if (e instanceof NoSuchFileException) {
            reason = "no such file";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e.getMessage() == null || e.getMessage().isBlank()) {
            reason = e.getClass().getSimpleName();
        } else {
            reason = firstLine(e.getMessage());
        }
        return new LoadFailure(file, line, reason);
    }

    /** What the user reads: {@code Line 3: reason} or just the reason. */
    public String describe(I18n i18n) {
        return line > 0 ? i18n.t("dialog.openFailed.line", line, reason) : reason;
    }

    private static String firstLine(String s) {
        return s.strip().lines().findFirst().orElse("").strip();
    }
}
