package io.sockscope.app.ui;

import io.sockscope.model.event.Event;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** Reads a whole session file; called on a background thread. */
@FunctionalInterface
public interface SessionSource {

    /**
     * @param progress told how many bytes of the file have been read so far
     * @throws Exception anything that stops the read; its message is shown to the user
     */
    LoadedSession read(Path file, LongConsumer progress) throws Exception;

    /**
     * {@link #read(Path, LongConsumer)} handing {@code each} every event in order as it is read,
     * so the caller works the session out in the same pass; a source that cannot hands it none
     * (the default), and the caller reads the events back from the store instead.
     */
    default LoadedSession read(Path file, LongConsumer progress, Consumer<Event> each) throws Exception {
        return read(file, progress);
    }
}
