package io.sockscope.app.ui;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Why a session could not be opened, in one line a user can act on (never a stack trace).
 *
 * @param file   the file that was asked for
 * @param reason one line, e.g. {@code line 3: unknown event type "sned"}
 */
public record LoadFailure(Path file, String reason) {
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
        if (e instanceof NoSuchFileException) {
            reason = "no such file";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e.getMessage() == null || e.getMessage().isBlank()) {
            reason = e.getClass().getSimpleName();
        } else {
            reason = e.getMessage().strip().lines().findFirst().orElse("").strip();
        }
        return new LoadFailure(file, reason);
    }
}
