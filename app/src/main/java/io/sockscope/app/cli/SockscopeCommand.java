package io.sockscope.app.cli;

import io.sockscope.app.launch.GuiLauncher;
import io.sockscope.model.scenario.Scenario;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code sockscope} command; holds what the subcommands share. */
@Command(name = "sockscope",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "See real sockets work. Without arguments, opens the window.",
        subcommands = {ScenariosCommand.class, RecordCommand.class, InfoCommand.class, OpenCommand.class,
            RunCommand.class, ServeCommand.class, ExportCommand.class, TraceCommand.class, PresentCommand.class,
            HelpCommand.class})
final class SockscopeCommand implements Runnable {
    private final PrintStream out;
    private final Consumer<GuiLauncher.Request> gui;
    private final List<Scenario> catalog;

    @Spec
    private CommandSpec spec;

    SockscopeCommand(PrintStream out, Consumer<GuiLauncher.Request> gui, List<Scenario> catalog) {
        this.out = out;
        this.gui = gui;
        this.catalog = List.copyOf(catalog);
    }

    PrintStream out() {
        return out;
    }

    /** Opens the window for {@code request}; returns when it closes. */
    void openWindow(GuiLauncher.Request request) {
        showWindow(gui, request);
    }

    static void showWindow(Consumer<GuiLauncher.Request> gui, GuiLauncher.Request request) {
        try {
            gui.accept(request);
        } catch (RuntimeException e) { // e.g. no display: JavaFX cannot start
            throw new CommandFailedException("cannot open the window: " + e.getMessage(), e);
        }
    }

    /** The scenarios the commands know (the shipped catalog, or a test's own). */
    List<Scenario> catalog() {
        return catalog;
    }

    /** The scenario with id {@code id}, or a bad-input error pointing at {@code sockscope scenarios}. */
    Scenario scenario(String id) {
        return catalog.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() ->
                new BadInputException("unknown scenario '" + id + "' (try: sockscope scenarios)"));
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is needed");
    }
}
