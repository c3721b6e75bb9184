package io.sockscope.app.cli;

import io.sockscope.app.ui.GuiLauncher;
import java.io.PrintStream;
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
        subcommands = {ScenariosCommand.class, InfoCommand.class, OpenCommand.class,
            RunCommand.class, ServeCommand.class, HelpCommand.class})
final class SockscopeCommand implements Runnable {
    private final PrintStream out;
    private final Consumer<GuiLauncher.Request> gui;

    @Spec
    private CommandSpec spec;

    SockscopeCommand(PrintStream out, Consumer<GuiLauncher.Request> gui) {
        this.out = out;
        this.gui = gui;
    }

    PrintStream out() {
        return out;
    }

    Consumer<GuiLauncher.Request> gui() {
        return gui;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is needed");
    }
}
