package io.sockscope.app.cli;

import io.sockscope.app.launch.GuiLauncher;
import io.sockscope.sessions.SessionReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sockscope open FILE}: checks the file is a session, then opens it in the window for replay. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open a recorded session in the window for replay (no sockets are opened).")
final class OpenCommand implements Callable<Integer> {
    @ParentCommand
    private SockscopeCommand root;

    @Parameters(paramLabel = "FILE", description = "A session file (.sockscope, plain or gzip).")
    private Path file;

    @Override
    public Integer call() throws Exception {
        // reading the header here makes a wrong file fail on the command line, before any window opens
        try (SessionReader reader = SessionReader.open(file)) {
            reader.header();
        }
        root.openWindow(new GuiLauncher.Request(file, null, null, false, false));
        return Cli.OK;
    }
}
