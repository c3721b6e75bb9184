package io.sockscope.app.cli;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.engine.Engines;
import io.sockscope.model.scenario.Scenario;
import io.sockscope.model.scenario.ScenarioException;
import io.sockscope.model.scenario.ScenarioRunner;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionWriter;
import io.sockscope.sessions.WriterOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sockscope record ID -o FILE}: runs a scenario headless on real sockets and writes its session. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Run a scenario headless on real sockets and write its session file.")
final class RecordCommand implements Callable<Integer> {
    @ParentCommand
    private SockscopeCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Scenario id (see: sockscope scenarios).")
    private String id;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "Session file to write (created or replaced).")
    private String outputName;

    private Path output;

    @Option(names = "--lang", paramLabel = "en|zh", converter = LangConverter.class, defaultValue = "en",
            description = "Language of the step captions (default: ${DEFAULT-VALUE}).")
    private String lang;

    @Option(names = "--payload-cap", paramLabel = "N", defaultValue = "" + WriterOptions.DEFAULT_PAYLOAD_CAP,
            description = "Payload bytes kept per event, 0 for none (default: ${DEFAULT-VALUE}).")
    private int payloadCap;

    @Option(names = "--gzip", description = "Compress the file with gzip.")
    private boolean gzip;

    @Override
    public Integer call() throws Exception {
        if (payloadCap < 0) {
            throw new ParameterException(spec.commandLine(), "--payload-cap must be 0 or more, not " + payloadCap);
        }
        Scenario scenario = root.scenario(id);
        output = FileArgument.of(outputName, "-o");
        checkWritable(outputName, output);
        SessionHeader header = SessionHeader.create(scenario.title().in(lang), scenario.id(), lang);
        SessionWriter writer = openWriter(header);
        ScenarioException failure = null;
        try (writer) {
            Engine engine = Engines.start(new EngineConfig(payloadCap, EngineConfig.defaults().probeIntervalMs()));
            try (engine) {
                engine.subscribe(writer); // before the first command, so the file holds the whole session
                ScenarioRunner.headless(engine, lang).run(scenario);
            } catch (ScenarioException e) {
                failure = e; // the engine closes first and the writer keeps what happened up to here
            }
        } catch (IOException e) {
            throw new CommandFailedException(output + ": writing the session failed: " + e.getMessage(), e);
        }
        if (failure != null) {
            throw new CommandFailedException("scenario failed: " + failure.getMessage()
                    + " (events up to the failure are in " + output + ")", failure);
        }
        root.out().println("recorded " + writer.written() + " events of " + scenario.id() + " to " + output);
        return Cli.OK;
    }

    private static void checkWritable(String name, Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(name + ": is a directory; -o needs a file name, e.g. "
                    + file.resolve("session.sockscope"));
        }
        if (name.endsWith("/")) { // Path drops the slash: "newdir/" would become a file named newdir
            throw new BadInputException(name + ": names a directory (it ends with /) that does not exist; "
                    + "-o needs a file name");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BadInputException(name + ": directory " + parent + " does not exist");
        }
    }

    private SessionWriter openWriter(SessionHeader header) {
        try {
            return SessionWriter.open(output, header, new WriterOptions(payloadCap, gzip));
        } catch (IOException e) {
            throw new BadInputException(output + ": cannot write: " + e.getMessage(), e);
        }
    }
}
