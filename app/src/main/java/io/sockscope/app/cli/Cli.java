package io.sockscope.app.cli;

import io.sockscope.app.ui.GuiLauncher;
import io.sockscope.sessions.Printable;
import io.sockscope.sessions.SessionFormatException;
import io.sockscope.model.scenario.Scenario;
import io.sockscope.model.scenario.ScenarioCatalog;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command-line tool. Exit 0 on success, 2 on bad input or bad data, 1 when the work
 * itself failed; every error is one line {@code sockscope: reason} on stderr.
 * {@code SOCKSCOPE_DEBUG=1} adds the stack trace.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    /** Runs the tool with the real window for {@code open}, {@code run} and {@code serve}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, GuiLauncher::launch);
    }

    /** Runs the tool; {@code gui} is called instead of opening the window (tests pass a recorder). */
    public static int run(String[] args, PrintStream out, PrintStream err, Consumer<GuiLauncher.Request> gui) {
        return run(args, out, err, gui, ScenarioCatalog.all());
    }

    /** As above, with {@code catalog} instead of the shipped scenarios (tests add failing ones). */
    static int run(String[] args, PrintStream out, PrintStream err, Consumer<GuiLauncher.Request> gui,
                   List<Scenario> catalog) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(gui, "gui");
        try {
            CommandLine cl = new CommandLine(new SockscopeCommand(out, gui, catalog));
            cl.setExpandAtFiles(false); // "@name" is a file name here, never a file of arguments
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            cl.setParameterExceptionHandler((ex, a) -> badParameter(ex, err));
            cl.setExecutionExceptionHandler((ex, c, parsed) -> failed(ex, err));
            int code = cl.execute(args);
            out.flush();
            if (out.checkError()) { // a PrintStream keeps write errors to itself (a full disk, a closed pipe)
                line(err, "writing to standard output failed; the output is incomplete");
                return code == OK ? FAILED : code;
            }
            return code;
        } catch (Throwable t) { // picocli passes Errors through its handlers; report them the same way
            return failed(t, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Opens the window with nothing loaded; a missing display is one line on stderr and exit 1. */
    public static int openWindow(PrintStream err) {
        Objects.requireNonNull(err, "err");
        try {
            SockscopeCommand.showWindow(GuiLauncher::launch, GuiLauncher.Request.empty());
            return OK;
        } catch (RuntimeException e) {
            return failed(e, err);
        } finally {
            err.flush();
        }
    }

    private static int badParameter(ParameterException ex, PrintStream err) {
        CommandLine cl = ex.getCommandLine();
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException && cl.getParent() == null && isFirstArgument(ex)) {
            String first = ((UnmatchedArgumentException) ex).getUnmatched().get(0);
            message = first.startsWith("-") ? "unknown option '" + first + "'" : "unknown command '" + first + "'";
        }
        line(err, message + " (try: " + cl.getCommandSpec().qualifiedName() + " --help)");
        debugTrace(ex, err);
        return BAD_INPUT;
    }

    private static boolean isFirstArgument(ParameterException ex) {
        ParseResult parsed = ex.getCommandLine().getParseResult();
        return parsed == null || (!parsed.hasSubcommand() && parsed.matchedArgs().isEmpty()
                && parsed.matchedOptions().isEmpty());
    }

    private static int failed(Throwable ex, PrintStream err) {
        int code;
        if (ex instanceof BadInputException || ex instanceof SessionFormatException) {
            line(err, ex.getMessage());
            code = BAD_INPUT;
        } else if (ex instanceof CommandFailedException) {
            line(err, ex.getMessage());
            code = FAILED;
        } else {
            line(err, "internal error: " + ex);
            code = FAILED;
        }
        debugTrace(ex, err);
        return code;
    }

    private static void line(PrintStream err, String message) {
        String text = message == null ? "unknown error" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", "; ");
        err.println("sockscope: " + Printable.escape(text));
    }

    private static void debugTrace(Throwable ex, PrintStream err) {
        if ("1".equals(System.getenv("SOCKSCOPE_DEBUG"))) {
            ex.printStackTrace(err);
        }
    }
}
