package io.sockscope.app;

import io.sockscope.app.cli.Cli;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Entry point: no arguments opens the window, any argument runs the command-line tool. */
public final class Main {
    /**
     * Kept so the level sticks: JavaFX warns "Unsupported JavaFX configuration" through this
     * logger when it is loaded from the class path, which is how the launcher runs it.
     */
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");

    private Main() {
    }

    public static void main(String[] args) {
        JAVAFX_LOGGER.setLevel(Level.SEVERE);
        // UTF-8 whatever the locale: scenario titles and file names may be Chinese
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = args.length == 0 ? Cli.openWindow(err) : Cli.run(args, out, err);
        out.flush();
        System.exit(code);
    }
}
