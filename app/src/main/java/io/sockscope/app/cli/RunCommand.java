package io.sockscope.app.cli;

import io.sockscope.app.launch.GuiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sockscope run ID}: opens the window and runs a scenario live. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Open the window and run a scenario live on real sockets.")
final class RunCommand implements Runnable {
    @ParentCommand
    private SockscopeCommand root;

    @Parameters(paramLabel = "ID", description = "Scenario id (see: sockscope scenarios).")
    private String id;

    @Override
    public void run() {
        root.scenario(id);
        root.openWindow(new GuiLauncher.Request(null, id, null, false, false));
    }
}
