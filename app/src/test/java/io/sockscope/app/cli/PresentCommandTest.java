package io.sockscope.app.cli;

import static io.sockscope.app.cli.CliAssertions.assertBadInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.launch.GuiLauncher;
import io.sockscope.app.ui.Language;
import io.sockscope.app.ui.Theme;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionWriter;
import io.sockscope.sessions.WriterOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresentCommandTest {
    @TempDir
    Path dir;

    @Test
    void goodSessionIsPresentedFromTheStepAskedFor() throws Exception {
        Path file = SampleSessions.write(dir.resolve("s.sockscope"), true);
        CliRun run = CliRun.of("present", file.toString(), "--step", "1", "--lang", "zh", "--theme", "dark");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(GuiLauncher.Request.present(file,
                new GuiLauncher.Presenting(1, Language.ZH, Theme.DARK))), run.windows());
    }

    @Test
    void withoutOptionsItStartsAtStepOneInTheWindowsLanguageAndTheme() throws Exception {
        Path file = SampleSessions.write(dir.resolve("s.sockscope"), false);
        CliRun run = CliRun.of("present", file.toString());
        assertEquals(List.of(GuiLauncher.Request.present(file,
                new GuiLauncher.Presenting(1, null, null))), run.windows());
    }

    @Test
    void aStepBeyondTheLastIsBadInput() throws Exception {
        Path file = SampleSessions.write(dir.resolve("s.sockscope"), false);
        CliRun run = CliRun.of("present", file.toString(), "--step", "2");
        assertBadInput(run);
        assertTrue(run.err().contains("steps 1 to 1"), run.err());
        assertBadInput(CliRun.of("present", file.toString(), "--step", "0"));
    }

    @Test
    void aSessionWithoutCaptionsHasOneStepAnEvent() throws Exception {
        Path file = dir.resolve("plain.sockscope");
        try (SessionWriter w = SessionWriter.open(file, SessionHeader.create("Plain", "", "en"), WriterOptions.defaults())) {
            w.accept(new io.sockscope.model.event.Note(0, 0, "a plain note, no step", "en", 0));
            SampleSessions.EVENTS.stream().skip(1).forEach(w);
        }
        int events = SampleSessions.EVENTS.size();
        assertEquals(0, CliRun.of("present", file.toString(), "--step", String.valueOf(events)).code());
        assertBadInput(CliRun.of("present", file.toString(), "--step", String.valueOf(events + 1)));
    }

    @Test
    void missingBrokenOrEmptyFilesAndUnknownThemesAreBadInput() throws Exception {
        assertBadInput(CliRun.of("present", dir.resolve("nope.sockscope").toString()));
        assertBadInput(CliRun.of("present", Files.writeString(dir.resolve("b.sockscope"), "not a session\n").toString()));
        Path empty = dir.resolve("e.sockscope");
        SessionWriter.open(empty, SessionHeader.create("Empty", "", "en"), WriterOptions.defaults()).close();
        assertBadInput(CliRun.of("present", empty.toString()));
        Path file = SampleSessions.write(dir.resolve("s.sockscope"), false);
        assertBadInput(CliRun.of("present", file.toString(), "--theme", "pink"));
        assertBadInput(CliRun.of("present", file.toString(), "--lang", "fr"));
    }
}
