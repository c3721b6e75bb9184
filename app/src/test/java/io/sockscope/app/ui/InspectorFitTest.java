package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sockscope.app.diagram.Selection;
import io.sockscope.model.event.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector at 1280×720 and 1920×1080, in English and Chinese: with nothing selected, on the
 * first event of every type and on every socket at the middle and the end of sessions with long
 * addresses (Unix paths), socket options and select() keys, every text it shows is whole (no "…"
 * in place of a field's name, a table's heading or cell) and wraps only where a reader expects a
 * break, never inside a word or a number ("…select-server.sockscop" / "e").
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class InspectorFitTest {
    private static final Path SAMPLES = Path.of(System.getProperty("sockscope.samples", "../resources/sessions"));
    /** The name a live run of select-server gets. */
    private static final String LIVE_NAME = "20261203-172510-select-server.sockscope";
    private static Path live;

    private final ExecutorService loader = Executors.newSingleThreadExecutor();
    private Stage stage;
    /** The scene the window's root is in (moved to a scene of each size in turn). */
    private final Scene[] holder = new Scene[1];
    private MainWindow window;

    @BeforeAll
    static void copy() throws Exception {
        live = Files.copy(SAMPLES.resolve("select-server.sockscope"), Files.createTempDirectory("sockscope-fit").resolve(LIVE_NAME));
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Settings settings = Settings.load(Files.createTempDirectory("sockscope-settings"));
        settings.setSize(1280, 720);
        window = new MainWindow(stage, settings, new SessionViewModel(loader, SessionFiles.SOURCE));
        stage.show();
        holder[0] = stage.getScene();
    }

    @AfterEach
    void stopLoader() {
        loader.shutdownNow();
    }

    @Test
    void aLiveSessionsFileNameBreaksOnlyBetweenItsParts(FxRobot robot) throws Exception {
        assertEquals(List.of(), misfits(robot, live, false));
    }

    @Test
    void everyFieldAndTableOfTheInspectorShowsWhole(FxRobot robot) throws Exception {
        List<String> found = new ArrayList<>();
        for (String sample : List.of("unix-stream", "time-wait", "select-server", "partial-send")) {
            found.addAll(misfits(robot, SAMPLES.resolve(sample + ".sockscope"), true));
        }
        assertEquals(List.of(), found);
    }

    /** What does not fit in the inspector for {@code file}: with nothing selected, and when {@code select}, on events and sockets. */
    private List<String> misfits(FxRobot robot, Path file, boolean select) throws Exception {
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.viewModel().loadingProperty().get()
                && !window.viewModel().events().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<Object> selections = new ArrayList<>(); // nothing (null), an event's seq or a socket's lifeline
        selections.add(null);
        if (select) {
            selections.addAll(WaitForAsyncUtils.waitForAsyncFx(5000, () -> selections(window.viewModel().events())));
        }
        Set<String> found = new TreeSet<>();
        for (Language lang : Language.values()) {
            for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
                robot.interact(() -> window.i18n().languageProperty().set(lang));
                Scene scene = io.sockscope.app.ui.SizedScenes.resize(holder, size[0], size[1]);
                for (Object s : selections) {
                    String where = file.getFileName() + " " + lang + " " + size[0] + "x" + size[1] + " "
                            + (s == null ? "nothing selected" : s instanceof Long ? "event #" + s : s);
                    robot.interact(() -> {
                        if (s instanceof Long seq) {
                            window.viewModel().selectEvent(seq);
                        } else {
                            window.viewModel().select((Selection) s);
                        }
                    });
                    WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                        for (int pass = 0; pass < 3; pass++) { // as pulses do: a value re-broken to its width lays out again
                            scene.getRoot().applyCss();
                            scene.getRoot().layout();
                        }
                        check(scene.getRoot().lookup("#inspector"), where, found);
                        return null;
                    });
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** The first event of every type, and every socket at the middle and at the end of the session. */
    private static List<Object> selections(List<Event> events) {
        List<Object> out = new ArrayList<>();
        Set<String> types = new HashSet<>();
        Set<String> sockets = new LinkedHashSet<>();
        for (Event e : events) {
            if (types.add(e.type().name())) {
                out.add(e.seq());
            }
            if (e.socket() != null) {
                sockets.add(e.socket());
            }
        }
        for (String s : sockets) {
            out.add(new Selection(s, events.get(events.size() / 2).seq(), false));
            out.add(new Selection(s, events.get(events.size() - 1).seq(), false));
        }
        return out;
    }

    private static void check(Node inspector, String where, Set<String> found) {
        for (Labeled l : WrappedLines.labels(inspector)) {
            Text shown = l.getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof Text && !(n instanceof FontIcon)).map(Text.class::cast).findFirst().orElse(null);
            if (shown == null) {
                continue;
            }
            if (!shown.getText().equals(l.getText())) {
                found.add(where + ": \"" + l.getText() + "\" shown as \"" + shown.getText() + "\"");
            } else if (WrappedLines.breaksAWord(WrappedLines.of(l))) {
                found.add(where + ": broken inside a word: " + WrappedLines.of(l));
            }
        }
    }
}
