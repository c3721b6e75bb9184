package io.sockscope.app.cli;

import io.sockscope.app.launch.GuiLauncher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sockscope serve}: opens the window with a loopback TCP server to watch outside programs. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Open the window with a loopback TCP server that accepts every connection.")
final class ServeCommand implements Runnable {
    @ParentCommand
    private SockscopeCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", defaultValue = "0",
            description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--echo", description = "Echo back what each connection sends.")
    private boolean echo;

    @Override
    public void run() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "port " + port + " is out of range 0..65535");
        }
        if (port != 0) {
            checkFree(port);
        }
        root.openWindow(new GuiLauncher.Request(null, null, port, echo, true));
    }

    /**
     * Fails on the command line, before any window opens, when {@code port} cannot be bound on
     * loopback (another program holds it, or it needs privileges). The window's server binds it
     * again a moment later; should another program take it meanwhile, the window says so.
     */
    static void checkFree(int port) {
        try (ServerSocketChannel probe = ServerSocketChannel.open()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new BadInputException("cannot serve on port " + port + ": " + e.getMessage());
        }
    }
}
