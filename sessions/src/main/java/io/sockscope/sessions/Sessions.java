package io.sockscope.sessions;

import io.sockscope.model.event.Event;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/** Conveniences over {@link SessionReader} for files small enough to hold in memory. */
public final class Sessions {
    private static final long PROGRESS_STEP = 1 << 16;

    private Sessions() {
    }

    /** Reads every event of {@code file}. */
    public static Session readAll(Path file) throws SessionFormatException {
        return readAll(file, bytes -> { });
    }

    /**
     * Reads every event, telling {@code progressBytes} how many file bytes have been consumed
     * (compare with the file's size; called every 64 KiB or so and once at the end).
     */
    public static Session readAll(Path file, LongConsumer progressBytes) throws SessionFormatException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(progressBytes, "progressBytes");
        try (SessionReader r = SessionReader.open(file)) {
            List<Event> events = new ArrayList<>();
            long reported = 0;
            while (r.hasNext()) {
                events.add(r.next());
                long now = r.bytesRead();
                if (now - reported >= PROGRESS_STEP) {
                    reported = now;
                    progressBytes.accept(now);
                }
            }
            progressBytes.accept(r.bytesRead());
            return new Session(r.header(), events, r.droppedTail());
        }
    }
}
