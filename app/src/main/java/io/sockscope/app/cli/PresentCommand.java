package io.sockscope.app.cli;

import io.sockscope.app.launch.GuiLauncher;
import io.sockscope.app.ui.Language;
import io.sockscope.app.ui.Theme;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import io.sockscope.sessions.SessionReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sockscope present FILE}: checks the file and the step, then opens it in the window and
 * presents it full screen.
 */
@Command(name = "present", mixinStandardHelpOptions = true,
        description = "Present a recorded session full screen, step by step (Page Down / Page Up, B blanks, Esc leaves).")
final class PresentCommand implements Callable<Integer> {
    @ParentCommand
    private SockscopeCommand root;

    @Parameters(paramLabel = "FILE", description = "A session file (.sockscope, plain or gzip).")
    private String file;

    @Option(names = "--step", paramLabel = "N", defaultValue = "1",
            description = "Start at step N (in a session without captions: event N; default: ${DEFAULT-VALUE}).")
    private int step;

    @Option(names = "--lang", paramLabel = "en|zh", converter = LangConverter.class,
            description = "Language of the presentation's own words and of captions recorded in both (a one-language caption stays as recorded; default: the window's).")
    private String lang;

    @Option(names = "--theme", paramLabel = "light|dark", description = "Colours (default: the window's).")
    private String theme;

    @Override
    public Integer call() throws Exception {
        Path path = FileArgument.existing(file, "FILE");
        if (theme != null && !"light".equals(theme) && !"dark".equals(theme)) {
            throw new BadInputException("--theme: unknown theme '" + theme + "' (use light or dark)");
        }
        long steps = steps(path);
        if (step < 1 || step > steps) {
            throw new BadInputException("--step " + step + ": " + path + " has steps 1 to " + steps);
        }
        root.openWindow(GuiLauncher.Request.present(path, new GuiLauncher.Presenting(step,
                lang == null ? null : Language.fromTag(lang), theme == null ? null : Theme.parse(theme))));
        return Cli.OK;
    }

    /** The steps a presentation of {@code path} has: its numbered captions, or its events when it has none. */
    static long steps(Path path) throws Exception {
        long captions = 0;
        long events = 0;
        try (SessionReader reader = SessionReader.open(path)) {
            reader.header();
            while (reader.hasNext()) {
                Event e = reader.next();
                events++;
                if (e instanceof Note n && n.step() > 0) {
                    captions++;
                }
            }
        }
        if (events == 0) {
            throw new BadInputException(path + ": the session has no events to present");
        }
        return captions > 0 ? captions : events;
    }
}
