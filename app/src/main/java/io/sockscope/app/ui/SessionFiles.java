package io.sockscope.app.ui;

import io.sockscope.model.event.Event;
import io.sockscope.sessions.DroppedTail;
import io.sockscope.sessions.SessionFormatException;
import io.sockscope.sessions.store.OpenedSession;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** Opens session files for the window as stores (read back on demand) through the sessions module. */
final class SessionFiles {
    /** The window's source: events reach the caller as the file is indexed, so it is read once. */
    static final SessionSource SOURCE = new SessionSource() {
        @Override
        public LoadedSession read(Path file, LongConsumer progress) throws SessionFormatException {
            return SessionFiles.read(file, progress);
        }

        @Override
        public LoadedSession read(Path file, LongConsumer progress, Consumer<Event> each) throws SessionFormatException {
            return SessionFiles.read(file, progress, each);
        }
    };

    private SessionFiles() {
    }

    /** Opens {@code file}, checking and indexing every line; {@code progress} is told the file bytes read so far. */
    static LoadedSession read(Path file, LongConsumer progress) throws SessionFormatException {
        return read(file, progress, e -> { });
    }

    /** {@link #read(Path, LongConsumer)} handing {@code each} every event in order as it is checked. */
    static LoadedSession read(Path file, LongConsumer progress, Consumer<Event> each) throws SessionFormatException {
        OpenedSession s = OpenedSession.open(file, progress, each);
        return new LoadedSession(file, s.header().title(), s.store(), s.droppedTail().map(DroppedTail::line).orElse(0L),
                s.header().scenario());
    }
}
