package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.present.Presentation;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.source.Subscription;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionWriter;
import io.sockscope.sessions.WriterOptions;
import io.sockscope.sessions.store.SessionStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening a big session file: the diagram's fold and the event list's filter choices are worked
 * out on the loading thread, so the FX thread reads only the events it shows.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OpenOffFxThreadTest {
    private static final int EVENTS = 30_000;
    private final ExecutorService loader = Executors.newSingleThreadExecutor();
    private final AtomicLong fxReads = new AtomicLong();
    private final AtomicLong otherReads = new AtomicLong();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("sockscope-open");
        Settings settings = Settings.load(dir);
        settings.setSize(1280, 720);
        SessionSource counted = (f, progress) -> {
            LoadedSession s = SessionFiles.read(f, progress);
            return new LoadedSession(f, s.title(), new Counting(s.store()), s.droppedLine(), s.scenario());
        };
        window = new MainWindow(stage, settings, new SessionViewModel(loader, counted));
        stage.show();
    }

    @AfterEach
    void stop() {
        loader.shutdownNow();
    }

    @Test
    void aBigFileIsFoldedOnTheLoadingThread(FxRobot robot) throws Exception {
        openAndWait(robot, bigFile());
        int rows = onFx(() -> window.diagram().fullFold().rows().size());
        assertEquals(EVENTS, rows, "every event has its row");
        assertTrue(otherReads.get() >= EVENTS, "the loading thread read the session through: " + otherReads);
        assertTrue(fxReads.get() < 2_000, "the FX thread read " + fxReads + " events of " + EVENTS
                + " (only what it shows is expected)");
        List<String> sockets = onFx(() -> robot.lookup("#socketFilter").queryComboBox().getItems().stream()
                .map(String::valueOf).toList());
        assertEquals(List.of("", "s1", "s2", "s3"), sockets, "the filter offers every socket, the accepted one too");
    }

    @Test
    void openingAnotherFileDoesNotReadTheOldOneOnTheFxThread(FxRobot robot) throws Exception {
        openAndWait(robot, bigFile());
        fxReads.set(0);
        openAndWait(robot, bigFile());
        assertEquals(EVENTS, (int) onFx(() -> window.viewModel().events().size()));
        assertTrue(fxReads.get() < 2_000, "the FX thread read " + fxReads + " events while the second file replaced the first");
    }

    @Test
    void presentingABigFileFoldsItOffTheFxThread(FxRobot robot) throws Exception {
        openAndWait(robot, bigFile());
        fxReads.set(0);
        otherReads.set(0);
        Presentation p = onFx(() -> Presentation.open(window, Language.EN, Theme.LIGHT, 0));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, p::ready);
        WaitForAsyncUtils.waitForFxEvents();
        int rows = onFx(() -> ((io.sockscope.app.diagram.DiagramView) p.stage().getScene().lookup("#presentDiagram"))
                .fold().rows().size());
        assertEquals(EVENTS, rows, "the presentation draws every event");
        assertTrue(otherReads.get() >= EVENTS, "its own thread folded the session: " + otherReads);
        assertTrue(fxReads.get() < 2_000, "the FX thread read " + fxReads + " events of " + EVENTS + " while presenting");
        robot.interact(p::close);
    }

    /** A new file of the session below. */
    private static Path bigFile() throws Exception {
        Path file = Files.createTempFile("big", ".sockscope");
        try (SessionWriter w = SessionWriter.open(file, SessionHeader.create("big", "", "en"), WriterOptions.defaults())) {
            session().forEach(w);
        }
        return file;
    }

    /** Opens {@code file} in the window and waits until it shows. */
    private void openAndWait(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window.viewModel().sessionProperty().get() != null
                && file.equals(window.viewModel().sessionProperty().get().file()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        java.util.concurrent.FutureTask<T> t = new java.util.concurrent.FutureTask<>(c);
        Platform.runLater(t);
        return t.get(30, TimeUnit.SECONDS);
    }

    /** A listener, a client and the accepted socket exchanging short lines. */
    private static List<Event> session() {
        List<Event> out = new java.util.ArrayList<>(EVENTS);
        out.add(new Open(0, 0, "s1", Proto.TCP, Family.INET, 3, "server"));
        out.add(new Open(1, 1, "s2", Proto.TCP, Family.INET, 4, "client"));
        out.add(new Accept(2, 2, "s1", "s3", 5, "127.0.0.1:5000", "127.0.0.1:40000"));
        byte[] line = "hello\n".getBytes(StandardCharsets.US_ASCII);
        for (int seq = 3; seq < EVENTS; seq++) {
            out.add(seq % 2 == 1
                    ? new Send(seq, seq * 1_000L, "s2", line.length, line.length, Payload.of(line, line.length))
                    : new Recv(seq, seq * 1_000L, "s3", 1024, line.length, Payload.of(line, line.length)));
        }
        return out;
    }

    /** A store that counts the events read from it, on the FX thread and elsewhere. */
    private final class Counting implements SessionStore {
        private final SessionStore store;

        Counting(SessionStore store) {
            this.store = store;
        }

        @Override
        public long size() {
            return store.size();
        }

        @Override
        public List<Event> read(long from, int count) {
            List<Event> got = store.read(from, count);
            (Platform.isFxApplicationThread() ? fxReads : otherReads).addAndGet(got.size());
            return got;
        }

        @Override
        public Subscription onGrowth(LongConsumer listener) {
            return store.onGrowth(listener);
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
