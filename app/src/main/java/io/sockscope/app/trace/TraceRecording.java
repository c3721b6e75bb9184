package io.sockscope.app.trace;

import io.sockscope.model.trace.StepCaptions;
import io.sockscope.model.trace.TraceException;
import io.sockscope.model.trace.Tracer;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionWriter;
import io.sockscope.sessions.WriterOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A traced program recorded to a session file: the {@link Tracer} feeds a {@link SessionWriter}
 * from its first event. Used by {@code sockscope trace} and by File ▸ Trace a program….
 */
public final class TraceRecording implements AutoCloseable {
    private final Tracer tracer;
    private final SessionWriter writer;
    private final Path file;
    private final AtomicBoolean closed = new AtomicBoolean();

    private TraceRecording(Tracer tracer, SessionWriter writer, Path file) {
        this.tracer = tracer;
        this.writer = writer;
        this.file = file;
    }

    /** Starts {@code req} under strace, writing its session to {@code file}. */
    public static TraceRecording start(Tracer.Request req, Path file, int payloadCap, PrintStream stderr)
            throws TraceException, IOException {
        Objects.requireNonNull(req, "req");
        SessionWriter writer = open(req, file, payloadCap);
        try {
            Tracer tracer = Tracer.start(req, stderr, writer);
            return new TraceRecording(tracer, writer, file);
        } catch (TraceException | RuntimeException e) {
            discard(writer, file);
            throw e;
        }
    }

    /**
     * Writes the events of {@code tracer}, launched from {@code req} and not yet followed, to
     * {@code file} as well (the window draws it live and records its own copy).
     */
    public static TraceRecording beside(Tracer tracer, Tracer.Request req, Path file, int payloadCap) throws IOException {
        SessionWriter writer = open(req, file, payloadCap);
        try {
            tracer.subscribe(writer);
            return new TraceRecording(tracer, writer, file);
        } catch (RuntimeException e) {
            discard(writer, file);
            throw e;
        }
    }

    /** The session's title for {@code req}: the command line, or the pid attached to. */
    public static String title(Tracer.Request req) {
        return req.pid() > 0 ? "trace: pid " + req.pid() : "trace: " + String.join(" ", req.command());
    }

    private static SessionWriter open(Tracer.Request req, Path file, int payloadCap) throws IOException {
        return SessionWriter.open(file, SessionHeader.create(title(req), "", req.lang()), new WriterOptions(payloadCap, false));
    }

    private static void discard(SessionWriter writer, Path file) throws IOException {
        writer.close();
        Files.deleteIfExists(file);
    }

    /**
     * The step captions for a command: a caption file beside the first program file it names
     * ({@code together.py echo_server.py} finds {@code echo.captions} next to echo_server.py).
     */
    public static StepCaptions captionsFor(List<String> command) throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (String arg : command) {
            Path p = Path.of(arg);
            for (Path candidate : candidates(p, dirs)) {
                if (Files.isRegularFile(candidate)) {
                    Path captions = StepCaptions.besides(candidate.toAbsolutePath());
                    if (captions != null) {
                        return StepCaptions.read(captions);
                    }
                    if (candidate.toAbsolutePath().getParent() != null) {
                        dirs.add(candidate.toAbsolutePath().getParent());
                    }
                }
            }
        }
        return StepCaptions.NONE;
    }

    private static List<Path> candidates(Path p, List<Path> dirs) {
        List<Path> c = new ArrayList<>(List.of(p));
        if (!p.isAbsolute()) {
            dirs.forEach(d -> c.add(d.resolve(p)));
        }
        return c;
    }

    /** Waits until the traced program ended and its events are written. */
    public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        return tracer.awaitEnd(timeout, unit);
    }

    public Tracer tracer() {
        return tracer;
    }

    public Path file() {
        return file;
    }

    public long written() {
        return writer.written();
    }

    public int exitCode() {
        return tracer.exitCode();
    }

    /** Why the trace failed, or null. */
    public String problem() {
        return tracer.problem();
    }

    /** Stops tracing (ending a program strace started) and closes the file; safe to call twice. */
    @Override
    public void close() throws IOException {
        if (closed.compareAndSet(false, true)) {
            tracer.close();
            writer.close();
        }
    }
}
