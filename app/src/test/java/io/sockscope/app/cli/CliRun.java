package io.sockscope.app.cli;

import io.sockscope.app.launch.GuiLauncher;
import io.sockscope.model.scenario.Scenario;
import io.sockscope.model.scenario.ScenarioCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One in-process run of the command-line tool: exit code, stdout, stderr, and window requests. */
record CliRun(int code, String out, String err, List<GuiLauncher.Request> windows) {

    static CliRun of(String... args) {
        return with(ScenarioCatalog.all(), args);
    }

    /** A run that knows only {@code catalog}'s scenarios. */
    static CliRun with(List<Scenario> catalog, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<GuiLauncher.Request> windows = new ArrayList<>();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Cli.run(args, o, e, windows::add, catalog);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), windows);
    }

    /** Lines of stderr (a trailing newline does not make an empty last line). */
    List<String> errLines() {
        return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
    }

    List<String> outLines() {
        return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
    }
}
