package io.sockscope.app.cli;

import io.sockscope.app.export.ExportException;
import io.sockscope.app.export.ExportFormat;
import io.sockscope.app.export.ExportRange;
import io.sockscope.app.export.ExportRequest;
import io.sockscope.app.export.ExportStyle;
import io.sockscope.app.export.Exporter;
import io.sockscope.sessions.Session;
import io.sockscope.sessions.Sessions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sockscope export FILE -o OUT}: the diagram, the replay or the sequence text of a session, with no display. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a session without a display: the diagram as SVG or PNG, the replay as GIF or MP4"
                + " (MP4 needs ffmpeg), the sequence as PlantUML (.puml) or Mermaid (.mmd) text.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    private SockscopeCommand root;

    @Parameters(paramLabel = "FILE", description = "A session file (.sockscope, plain or gzip).")
    private Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
            description = "File to write (replaced if it exists; nothing is left behind on failure).")
    private Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "svg, png, gif, mp4, puml or mmd (default: from the extension of OUT).")
    private String format;

    @Option(names = "--lang", paramLabel = "en|zh", converter = LangConverter.class, defaultValue = "en",
            description = "Language of the diagram's own words and of captions recorded in both (a one-language caption stays as recorded; default: ${DEFAULT-VALUE}).")
    private String lang;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light",
            description = "Colours (default: ${DEFAULT-VALUE}).")
    private String theme;

    @Option(names = "--steps", paramLabel = "A-B", description = "Only steps A to B (or one step A).")
    private String steps;

    @Option(names = "--events", paramLabel = "A-B", description = "Only events with seq A to B.")
    private String eventRange;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "0",
            description = "SVG/PNG: scale the diagram to this width; GIF/MP4: frame width, 16:9 (default 1280).")
    private int width;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1",
            description = "PNG: pixels per diagram pixel, 1 to 3 (default: ${DEFAULT-VALUE}).")
    private double scale;

    @Option(names = "--fps", paramLabel = "N", defaultValue = "25",
            description = "GIF/MP4: frames per second (default: ${DEFAULT-VALUE}).")
    private int fps;

    @Option(names = "--step-seconds", paramLabel = "S", defaultValue = "2.5",
            description = "GIF/MP4: seconds each step stays (default: ${DEFAULT-VALUE}).")
    private double stepSeconds;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "GIF/MP4: pace factor (2 is twice as fast; default: ${DEFAULT-VALUE}).")
    private double speed;

    @Override
    public Integer call() throws Exception {
        try {
            ExportRequest request = request();
            Session session = Sessions.readAll(file);
            new Exporter(session.events(), session.header().title(), request).writeTo(output);
            root.out().println("exported " + file + " to " + output + " (" + request.format().extension() + ")");
            return Cli.OK;
        } catch (ExportException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandFailedException(output + ": export failed: " + e.getMessage(), e);
        }
    }

    private ExportRequest request() {
        if (!"light".equals(theme) && !"dark".equals(theme)) {
            throw new ExportException("unknown theme '" + theme + "' (use light or dark)");
        }
        if (steps != null && eventRange != null) {
            throw new ExportException("--steps and --events exclude each other: give one");
        }
        ExportRange range = steps != null ? ExportRange.parse(ExportRange.Kind.STEPS, steps)
                : eventRange != null ? ExportRange.parse(ExportRange.Kind.EVENTS, eventRange) : ExportRange.all();
        ExportFormat f = format != null ? ExportFormat.parse(format) : ExportFormat.of(output);
        return new ExportRequest(f, new ExportStyle("dark".equals(theme), lang), range, width, scale, fps, stepSeconds, speed);
    }
}
