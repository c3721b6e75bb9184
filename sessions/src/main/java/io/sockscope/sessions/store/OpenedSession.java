package io.sockscope.sessions.store;

import io.sockscope.sessions.DroppedTail;
import io.sockscope.sessions.SessionFormatException;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.Sessions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * A session file opened as a store, with its header and cut-off tail. A plain file becomes a
 * {@link FileStore} (read back on demand); a gzip file's events are read into a
 * {@link MemoryStore} once, because one written as a single gzip member (by an older Sockscope
 * or by {@code gzip}) can only be entered at its start, which would make every page read slow.
 */
public record OpenedSession(SessionStore store, SessionHeader header, Optional<DroppedTail> droppedTail) {
    public OpenedSession {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(droppedTail, "droppedTail");
    }

    /** Opens {@code file}, telling {@code progressBytes} how many of its bytes were read. */
    public static OpenedSession open(Path file, LongConsumer progressBytes) throws SessionFormatException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(progressBytes, "progressBytes");
        if (gzip(file)) {
            io.sockscope.sessions.Session s = Sessions.readAll(file, progressBytes);
            return new OpenedSession(new MemoryStore(s.events()), s.header(), s.droppedTail());
        }
        FileStore store = FileStore.open(file, progressBytes);
        return new OpenedSession(store, store.header(), store.droppedTail());
    }

    private static boolean gzip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        } catch (IOException e) {
            return false; // the reader opens it next and says exactly what is wrong
        }
    }
}
