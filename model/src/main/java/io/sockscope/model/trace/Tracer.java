package io.sockscope.model.trace;

import io.sockscope.model.event.Event;
import io.sockscope.model.source.EventSource;
import io.sockscope.model.source.Sequencer;
import io.sockscope.model.source.Subscription;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Runs a program (or attaches to a process) under {@code strace -f} and emits its socket calls
 * as session events, beside the engine as another {@link EventSource}. The program's standard
 * input and output are the caller's; its standard error, which it shares with strace, is passed
 * on to {@code stderr} except strace's own messages, which become one-line {@link TraceException}s.
 */
public final class Tracer implements EventSource {
    private static final System.Logger LOG = System.getLogger(Tracer.class.getName());

    /** What to trace. {@code pid} > 0 attaches to a running process instead of starting {@code command}. */
    public record Request(List<String> command, int pid, String lang, int payloadCap, StepCaptions captions) {
        public Request {
            command = List.copyOf(command);
            Objects.requireNonNull(lang, "lang");
            Objects.requireNonNull(captions, "captions");
        }
    }

    private final Sequencer sequencer = new Sequencer(new ReentrantLock());
    private final Process strace;
    private final Path output;
    private final TraceMapper mapper;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final boolean started;
    private final PrintStream stderr;
    private final java.util.concurrent.atomic.AtomicBoolean following = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile String problem;
    private volatile int exitCode = -1;

    private Tracer(Process strace, Path output, Request req, PrintStream stderr) {
        this.strace = strace;
        this.stderr = stderr;
        this.output = output;
        this.started = req.pid() <= 0;
        this.mapper = new TraceMapper((micros, stamp) -> sequencer.emit(stamp), AddressBook.live(), req.payloadCap(), req.lang());
        mapper.captions(req.captions());
        if (req.pid() > 0) {
            mapper.attach(req.pid(), programOf(req.pid()), threadsOf(req.pid()));
        }
    }

    /**
     * Starts tracing with {@code listener} subscribed before the first event, so it sees the
     * whole session. Fails with a one-line reason if strace or the command is missing.
     */
    public static Tracer start(Request req, PrintStream stderr, Consumer<? super Event> listener) throws TraceException {
        Objects.requireNonNull(listener, "listener");
        Tracer t = launch(req, stderr);
        t.subscribe(listener);
        t.follow();
        return t;
    }

    /**
     * Starts the program (or attaches) under strace but does not read its calls yet: strace writes
     * them to a file meanwhile, so nothing is lost. Subscribe, then {@link #follow}. Fails with a
     * one-line reason if strace or the command is missing.
     */
    public static Tracer launch(Request req, PrintStream stderr) throws TraceException {
        Objects.requireNonNull(req, "req");
        Objects.requireNonNull(stderr, "stderr");
        Path strace = StraceCommand.strace();
        if (strace == null) {
            throw new TraceException("strace is not installed (Debian/Ubuntu package: strace, e.g. sudo apt install strace)");
        }
        if (req.pid() <= 0) {
            if (req.command().isEmpty()) {
                throw new TraceException("no command to trace (usage: sockscope trace -- COMMAND ARGS...)");
            }
            if (StraceCommand.onPath(req.command().get(0)) == null) {
                throw new TraceException(req.command().get(0) + ": command not found");
            }
        } else if (!Files.isDirectory(Path.of("/proc", Integer.toString(req.pid())))) {
            throw new TraceException("no process with pid " + req.pid());
        }
        try {
            Path out = Files.createTempFile("sockscope-strace-", ".txt");
            ProcessBuilder pb = new ProcessBuilder(StraceCommand.args(strace, out, req.payloadCap(), req.pid(), req.command()));
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
            pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
            pb.redirectError(ProcessBuilder.Redirect.PIPE);
            return new Tracer(pb.start(), out, req, stderr);
        } catch (IOException e) {
            throw new TraceException("cannot run strace: " + e.getMessage());
        }
    }

    /** Starts reading the calls: events go to the subscribers from here on. Only the first call counts. */
    public void follow() {
        if (!following.compareAndSet(false, true)) {
            return;
        }
        Thread errors = new Thread(() -> passStderr(stderr), "sockscope-trace-stderr");
        errors.setDaemon(true);
        errors.start();
        Thread tail = new Thread(() -> {
            try {
                FileTail.follow(output, () -> !strace.isAlive(),
                        text -> mapper.line(StraceLineParser.parse(text)),
                        text -> {
                            StraceLine entry = StraceLineParser.entry(text);
                            if (entry != null) {
                                mapper.pending(entry);
                            }
                        });
                mapper.finish();
                errors.join(2000);
                exitCode = strace.waitFor();
            } catch (IOException e) {
                problem = "reading strace's output failed: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "trace mapping failed", e);
                problem = "could not follow the trace: " + e;
            } finally {
                sequencer.drainAndStop();
                deleteOutput();
                ended.countDown();
            }
        }, "sockscope-trace");
        tail.setDaemon(true);
        tail.start();
    }

    private void passStderr(PrintStream stderr) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(strace.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String explained = StraceCommand.explain(line);
                if (explained != null) {
                    problem = explained;
                } else if (!line.startsWith("strace: Process ")) {
                    stderr.println(line);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "stderr of strace closed", e);
        }
    }

    private void deleteOutput() {
        try {
            Files.deleteIfExists(output);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not delete " + output, e);
        }
    }

    private static List<Integer> threadsOf(int pid) {
        try (var tasks = Files.list(Path.of("/proc", Integer.toString(pid), "task"))) {
            return tasks.map(p -> Integer.parseInt(p.getFileName().toString())).toList();
        } catch (IOException | RuntimeException e) {
            return List.of(pid);
        }
    }

    private static String programOf(int pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Integer.toString(pid), "cmdline"));
            List<String> argv = List.of(new String(raw, StandardCharsets.UTF_8).split("\0"));
            return Programs.of(Programs.base(argv.get(0)), argv);
        } catch (IOException | RuntimeException e) {
            return "pid";
        }
    }

    @Override
    public Subscription subscribe(Consumer<? super Event> listener) {
        return sequencer.subscribe(listener);
    }

    /** Waits until the traced program has ended and every event is delivered; false on timeout. */
    public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        return ended.await(timeout, unit);
    }

    /** strace's exit status (the program's, when strace started it), -1 while running. */
    public int exitCode() {
        return exitCode;
    }

    /** Why the trace failed (ptrace refused, command not found...), or null. */
    public String problem() {
        return problem;
    }

    /**
     * Stops the trace and delivers the last events. A program strace started is ended (SIGTERM to
     * it and its children); a process attached with {@code --pid} is only let go and runs on.
     */
    @Override
    public void close() {
        follow(); // a tracer closed before it was followed still ends its program and cleans up
        if (strace.isAlive()) {
            if (started) {
                strace.descendants().forEach(ProcessHandle::destroy);
            }
            strace.destroy();
        }
        try {
            if (!ended.await(10, TimeUnit.SECONDS)) {
                strace.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
