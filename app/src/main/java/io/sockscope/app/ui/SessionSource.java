package io.sockscope.app.ui;

import java.nio.file.Path;
import java.util.function.LongConsumer;

/** Reads a whole session file; called on a background thread. */
@FunctionalInterface
public interface SessionSource {

    /**
     * @param progress told how many bytes of the file have been read so far
     * @throws Exception anything that stops the read; its message is shown to the user
     */
    LoadedSession read(Path file, LongConsumer progress) throws Exception;
}
