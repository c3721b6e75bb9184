package io.sockscope.app.cli;

import io.sockscope.app.live.Autosave;
import io.sockscope.app.trace.TraceRecording;
import io.sockscope.app.launch.GuiLauncher;
import io.sockscope.model.trace.StepCaptions;
import io.sockscope.model.trace.TraceException;
import io.sockscope.model.trace.Tracer;
import io.sockscope.sessions.WriterOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sockscope trace -- COMMAND ARGS...}: runs a program under strace and records its real socket calls. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = {"Run a program under strace -f and record its real socket calls as a session.",
            "Its output still reaches the terminal; Ctrl+C stops it and keeps the session."})
final class TraceCommand implements Callable<Integer> {
    @ParentCommand
    private SockscopeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Session file to write (default: a new file in the sessions folder).")
    private Path output;

    @Option(names = "--lang", paramLabel = "en|zh", converter = LangConverter.class, defaultValue = "en",
            description = "Language of the notes and step captions (default: ${DEFAULT-VALUE}).")
    private String lang;

    @Option(names = "--headless", description = "Record without opening the window.")
    private boolean headless;

    @Option(names = "--pid", paramLabel = "PID", defaultValue = "0",
            description = "Attach to a running process instead of starting COMMAND.")
    private int pid;

    @Option(names = "--payload-cap", paramLabel = "N", defaultValue = "" + WriterOptions.DEFAULT_PAYLOAD_CAP,
            description = "Payload bytes kept per call (default: ${DEFAULT-VALUE}).")
    private int payloadCap;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The program and its arguments, after --.")
    private List<String> command = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (pid <= 0 && command.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "name a program to trace (sockscope trace -- COMMAND ARGS...) or --pid PID");
        }
        if (pid > 0 && !command.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give either --pid or a COMMAND, not both");
        }
        if (payloadCap < 0) {
            throw new ParameterException(spec.commandLine(), "--payload-cap must be 0 or more, not " + payloadCap);
        }
        if (output != null && Files.isDirectory(output)) {
            throw new BadInputException(output + ": is a directory");
        }
        StepCaptions captions;
        try {
            captions = TraceRecording.captionsFor(command);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        Tracer.Request req = new Tracer.Request(command, pid, lang, payloadCap, captions);
        return headless ? record(req, output != null ? output : Autosave.forUser().newFile("trace")) : drawLive(req);
    }

    /** {@code --headless}: records to {@code file} until the program ends. */
    private int record(Tracer.Request req, Path file) throws InterruptedException {
        TraceRecording rec;
        try {
            rec = TraceRecording.start(req, file, payloadCap, System.err);
        } catch (TraceException e) {
            throw new CommandFailedException(e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot write: " + e.getMessage(), e);
        }
        Thread keep = keepOnCtrlC(rec.tracer(), rec);
        rec.awaitEnd(Long.MAX_VALUE, TimeUnit.DAYS);
        finish(rec);
        if (!released(keep)) {
            return Cli.OK; // Ctrl+C: the hook keeps the session and says where it is
        }
        if (rec.problem() != null) {
            throw new CommandFailedException(rec.problem() + " (session so far: " + file + ")", null);
        }
        root.out().println("sockscope: recorded " + rec.written() + " events to " + file
                + (rec.exitCode() > 0 ? " (the program exited with " + rec.exitCode() + ")" : ""));
        return Cli.OK;
    }

    /**
     * The window draws the program while it runs and records it among its sessions; {@code -o}
     * writes a copy. Closing the window stops the program.
     */
    private int drawLive(Tracer.Request req) {
        Tracer tracer;
        try {
            tracer = Tracer.launch(req, System.err);
        } catch (TraceException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        TraceRecording copy = null;
        Thread keep = null;
        boolean released = true;
        try {
            if (output != null) {
                try {
                    copy = TraceRecording.beside(tracer, req, output, payloadCap);
                } catch (IOException e) {
                    throw new BadInputException(output + ": cannot write: " + e.getMessage(), e);
                }
            }
            keep = keepOnCtrlC(tracer, copy);
            root.openWindow(GuiLauncher.Request.trace(TraceRecording.title(req), tracer));
        } finally {
            tracer.close(); // the window closed (or never opened): the program ends with it
            if (copy != null) {
                finish(copy);
            }
            if (keep != null) {
                released = released(keep);
            }
        }
        if (released && copy != null) {
            root.out().println("sockscope: recorded " + copy.written() + " events to " + output);
        }
        return Cli.OK;
    }

    /** Ctrl+C: the program ends, the session stays. */
    private static Thread keepOnCtrlC(Tracer tracer, TraceRecording rec) {
        Thread keep = new Thread(() -> {
            if (rec == null) {
                tracer.close();
            } else {
                finish(rec); // the program got the Ctrl+C too: its last calls are written
                System.err.println("sockscope: stopped; the session so far is in " + rec.file());
            }
        }, "sockscope-trace-keep");
        Runtime.getRuntime().addShutdownHook(keep);
        return keep;
    }

    /** Removes the Ctrl+C hook; false when the JVM is already shutting down (the hook runs). */
    private static boolean released(Thread keep) {
        try {
            Runtime.getRuntime().removeShutdownHook(keep);
            return true;
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }

    private static void finish(TraceRecording rec) {
        try {
            rec.awaitEnd(10, TimeUnit.SECONDS);
            rec.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            System.err.println("sockscope: " + rec.file() + ": writing the session failed: " + e.getMessage());
        }
    }
}
