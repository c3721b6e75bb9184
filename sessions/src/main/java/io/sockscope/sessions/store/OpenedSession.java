package io.sockscope.sessions.store;

import io.sockscope.model.event.Event;
import io.sockscope.sessions.DroppedTail;
import io.sockscope.sessions.SessionFormatException;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.Sessions;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * A session file opened as a store, with its header and cut-off tail. A plain file, and a gzip
 * file written as many members (as Sockscope writes them), become a {@link FileStore}: pages
 * are read back on demand, a jump inflating at most one member. A gzip file of one member (an
 * older Sockscope's, or {@code gzip}'s) can only be entered at its start, which would make every
 * page read slow: its events are read into a {@link MemoryStore} once instead.
 */
public record OpenedSession(SessionStore store, SessionHeader header, Optional<DroppedTail> droppedTail) {
    /** Most text a page read may inflate before its first line (a member Sockscope writes holds about 256 KiB). */
    static final long MAX_INFLATE = 1L << 20;

    public OpenedSession {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(droppedTail, "droppedTail");
    }

    /** Opens {@code file}, telling {@code progressBytes} how many of its bytes were read. */
    public static OpenedSession open(Path file, LongConsumer progressBytes) throws SessionFormatException {
        return open(file, progressBytes, e -> { });
    }

    /**
     * {@link #open(Path, LongConsumer)} handing {@code each} every event in order as the file is
     * checked and indexed (once each, also when the events then go to a memory store).
     */
    public static OpenedSession open(Path file, LongConsumer progressBytes, Consumer<Event> each) throws SessionFormatException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(progressBytes, "progressBytes");
        FileStore store = FileStore.open(file, progressBytes, each);
        if (store.longestInflate() > MAX_INFLATE) {
            io.sockscope.sessions.Session s = Sessions.readAll(file, progressBytes);
            return new OpenedSession(new MemoryStore(s.events()), s.header(), s.droppedTail());
        }
        return new OpenedSession(store, store.header(), store.droppedTail());
    }
}
