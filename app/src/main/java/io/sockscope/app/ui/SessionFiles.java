package io.sockscope.app.ui;

import io.sockscope.sessions.DroppedTail;
import io.sockscope.sessions.SessionFormatException;
import io.sockscope.sessions.store.OpenedSession;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/** Opens session files for the window as stores (read back on demand) through the sessions module. */
final class SessionFiles {
    private SessionFiles() {
    }

    /** Opens {@code file}, checking and indexing every line; {@code progress} is told the file bytes read so far. */
    static LoadedSession read(Path file, LongConsumer progress) throws SessionFormatException {
        OpenedSession s = OpenedSession.open(file, progress);
        return new LoadedSession(file, s.header().title(), s.store(), s.droppedTail().map(DroppedTail::line).orElse(0L),
                s.header().scenario());
    }
}
