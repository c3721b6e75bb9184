package io.sockscope.app.ui;

import java.nio.file.Path;
import java.util.function.LongConsumer;

/** Reads session files for the window through the sessions module. */
final class SessionFiles {
    private SessionFiles() {
    }

    static LoadedSession read(Path file, LongConsumer progress) throws Exception {
        throw new UnsupportedOperationException("session reading arrives with the sessions module");
    }
}
