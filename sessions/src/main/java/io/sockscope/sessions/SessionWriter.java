package io.sockscope.sessions;

import com.fasterxml.jackson.core.JsonGenerator;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Appends events to a session file as they happen. Subscribe it to an engine.
 *
 * <p>Lines reach the operating system at least every {@value #FLUSH_MS} ms and at once for
 * every note, so a process killed with SIGKILL loses at most the last 100 ms (plain files;
 * a gzip file's unfinished tail is lost). Thread-safe. A write failure is kept, not thrown
 * into the engine: see {@link #failure()}; {@link #close()} throws it.
 */
public final class SessionWriter implements Consumer<Event>, AutoCloseable {
    /** Longest time a written event stays in this process's buffer. */
    public static final int FLUSH_MS = 50;

    private final Object lock = new Object();
    private final Path file;
    private final int payloadCap;
    private final OutputStream out;
    /** The same stream as {@link #out} for a gzip file, told where lines end; null for a plain file. */
    private final GzipMembers members;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private final JsonGenerator gen;
    private final ScheduledExecutorService flusher;
    private IOException failure;
    private boolean dirty;
    private boolean closed;
    private long lastFlush = System.nanoTime();
    private long written;
    private long expectedSeq;
    private long lastT;

    private SessionWriter(Path file, OutputStream out, int payloadCap) throws IOException {
        this.file = file;
        this.out = out;
        this.members = out instanceof GzipMembers g ? g : null;
        this.payloadCap = payloadCap;
        this.gen = Json.FACTORY.createGenerator(line);
        gen.setRootValueSeparator(null);
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sockscope-session-flush " + file.getFileName());
            t.setDaemon(true);
            return t;
        });
    }

    /** Creates (or truncates) {@code file}, writes the header line and flushes it. */
    public static SessionWriter open(Path file, SessionHeader header, WriterOptions options) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(options, "options");
        OutputStream fileOut = new FileOutputStream(file.toFile());
        OutputStream out = options.gzip() ? new GzipMembers(fileOut) : new BufferedOutputStream(fileOut, 1 << 16);
        SessionWriter w;
        try {
            w = new SessionWriter(file, out, options.payloadCap());
            synchronized (w.lock) {
                Json.writeHeader(w.gen, header);
                w.endLine();
                w.flushNow();
            }
        } catch (IOException | RuntimeException e) {
            try {
                out.close();
            } catch (IOException ce) {
                e.addSuppressed(ce);
            }
            throw e;
        }
        w.flusher.scheduleWithFixedDelay(w::flushIfDirty, FLUSH_MS, FLUSH_MS, TimeUnit.MILLISECONDS);
        return w;
    }

    /** Appends one event; never throws for I/O (see {@link #failure()}). */
    @Override
    public void accept(Event e) {
        Objects.requireNonNull(e, "event");
        synchronized (lock) {
            if (failure != null) {
                return;
            }
            if (closed) {
                failure = new IOException(file + ": event " + e.seq() + " arrived after the writer was closed");
                return;
            }
            try {
                long previousT = lastT;
                checkOrder(e);
                EventCodec.write(gen, e, previousT, payloadCap);
                endLine();
                written++;
                dirty = true;
                if (e.type() == EventType.NOTE || System.nanoTime() - lastFlush >= FLUSH_MS * 1_000_000L) {
                    flushNow();
                }
            } catch (IOException ex) {
                failure = ex;
            }
        }
    }

    private void checkOrder(Event e) throws IOException {
        if (e.seq() != expectedSeq || e.t() < lastT || e.t() < 0) {
            throw new IOException(file + ": event seq " + e.seq() + " t " + e.t() + " out of order (expected seq "
                    + expectedSeq + ", t at least " + Math.max(lastT, 0) + "); a session must start at seq 0 and count up");
        }
        expectedSeq++;
        lastT = e.t();
    }

    private void endLine() throws IOException {
        gen.flush();
        line.write('\n');
        line.writeTo(out);
        line.reset();
        if (members != null) {
            members.lineEnded();
        }
    }

    private void flushNow() throws IOException {
        out.flush();
        dirty = false;
        lastFlush = System.nanoTime();
    }

    private void flushIfDirty() {
        synchronized (lock) {
            if (dirty && !closed && failure == null) {
                try {
                    flushNow();
                } catch (IOException ex) {
                    failure = ex;
                }
            }
        }
    }

    /** The first write failure, if any; events after it were not written. */
    public Optional<IOException> failure() {
        synchronized (lock) {
            return Optional.ofNullable(failure);
        }
    }

    /** Events written so far. */
    public long written() {
        synchronized (lock) {
            return written;
        }
    }

    /** Flushes and closes the file; throws the first write failure, if any. Idempotent. */
    @Override
    public void close() throws IOException {
        flusher.shutdownNow();
        synchronized (lock) {
            if (!closed) {
                closed = true;
                try {
                    out.close();
                } catch (IOException ex) {
                    if (failure == null) {
                        failure = ex;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }
}
