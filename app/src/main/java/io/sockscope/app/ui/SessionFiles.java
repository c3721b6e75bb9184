package io.sockscope.app.ui;

import io.sockscope.sessions.DroppedTail;
import io.sockscope.sessions.Session;
import io.sockscope.sessions.SessionFormatException;
import io.sockscope.sessions.Sessions;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/** Reads session files for the window through the sessions module. */
final class SessionFiles {
    private SessionFiles() {
    }

    /** Reads all of {@code file}; {@code progress} is told the file bytes read so far. */
    static LoadedSession read(Path file, LongConsumer progress) throws SessionFormatException {
        Session s = Sessions.readAll(file, progress);
        return new LoadedSession(file, s.header().title(), s.events(), s.droppedTail().map(DroppedTail::line).orElse(0L),
                s.header().scenario());
    }
}
