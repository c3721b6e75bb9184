package io.sockscope.app.cli;

import io.sockscope.sessions.SessionStats;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sockscope info FILE [--json]}: what a session file holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Summarise a session file: format, version, events by type, sockets, duration, "
                + "and what this Sockscope skipped because it does not know it.")
final class InfoCommand implements Callable<Integer> {
    @ParentCommand
    private SockscopeCommand root;

    @Parameters(paramLabel = "FILE", description = "A session file (.sockscope, plain or gzip).")
    private String file;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        InfoReport report = new InfoReport(file, SessionStats.of(FileArgument.existing(file, "FILE")));
        if (json) {
            report.printJson(root.out());
        } else {
            report.printText(root.out());
        }
        return Cli.OK;
    }
}
