package io.sockscope.app.ui;

import io.sockscope.model.event.Event;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Reads a session file on a thread of its own while the thread that asked folds what was read
 * so far: the source's events come over in batches of {@value #BATCH} through a queue of at
 * most {@value #AHEAD} batches, so the file's lines are parsed on one core while the events
 * before them are folded on the other. The taker gets every event in order, then the source's
 * session, or the very exception the source threw (a damaged file fails as it did on one thread).
 */
final class ReadAhead {
    /** Events handed over at once. */
    static final int BATCH = 2048;
    /**
     * Batches the reader may be ahead of the taker: few, as events waiting in the queue live
     * through young collections and are copied there (a reader 16 batches of 4,096 ahead saw
     * 25-90 MB copied per young collection while a 1,000,000-event file opened).
     */
    static final int AHEAD = 4;
    /** Put after the last batch. */
    private static final List<Event> END = List.of();

    private final BlockingQueue<List<Event>> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;
    private List<Event> batch = new ArrayList<>(BATCH);
    /** Set by the reader before it puts {@link #END}. */
    private LoadedSession result;
    private Throwable failure;

    private ReadAhead(SessionSource source, Path file, LongConsumer progress) {
        reader = new Thread(() -> read(source, file, progress), "sockscope-read-" + file.getFileName());
        reader.setDaemon(true);
    }

    /**
     * Reads {@code file} from {@code source} on a new thread, handing {@code each} its events in
     * order on the calling thread; returns the session once every event was handed over. When
     * the calling thread is interrupted the reading stops and {@link InterruptedException} is thrown.
     */
    static LoadedSession read(SessionSource source, Path file, LongConsumer progress, Consumer<List<Event>> each)
            throws Exception {
        Objects.requireNonNull(each, "each");
        ReadAhead r = new ReadAhead(Objects.requireNonNull(source, "source"), Objects.requireNonNull(file, "file"),
                Objects.requireNonNull(progress, "progress"));
        r.reader.start();
        return r.take(each);
    }

    private LoadedSession take(Consumer<List<Event>> each) throws Exception {
        try {
            for (List<Event> b = queue.take(); b != END; b = queue.take()) {
                each.accept(b);
            }
            reader.join();
        } catch (InterruptedException | RuntimeException | Error e) {
            abandon();
            throw e;
        }
        if (failure instanceof Exception e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return result;
    }

    /**
     * Stops the reader (at its next batch, or in its next read of the file) and waits for it,
     * closing the store of a session it finished reading all the same: nobody will show it.
     */
    private void abandon() {
        reader.interrupt();
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException again) {
                interrupted = true; // asked again to stop: the reader is stopping; told again below
            }
        }
        if (result != null) {
            result.store().close();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(SessionSource source, Path file, LongConsumer progress) {
        try {
            LoadedSession s = source.read(file, progress, this::add);
            try {
                hand(batch);
            } catch (RuntimeException e) {
                s.store().close(); // the taker gave up: nobody else will close it
                throw e;
            }
            result = s;
        } catch (Exception | Error e) {
            failure = e;
        } finally {
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                // the taker was interrupted and gave up waiting: nobody takes the end
                Thread.currentThread().interrupt();
            }
        }
    }

    private void add(Event e) {
        batch.add(e);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    private void hand(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            queue.put(events);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("opening cancelled");
        }
    }
}
