package io.sockscope.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.EchoSession;
import io.sockscope.model.event.Event;
import io.sockscope.sessions.Sessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The live window far behind its source: the FX thread is held while a source floods the session
 * with six times the events kept in memory for the view. The window then catches up, reading the
 * older events back from the autosave, holds no more than the queue and the read-ahead all along,
 * and ends showing every event of the file.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LiveViewBehindWindowTest {
    private LiveWindow live;

    @Start
    void start(Stage stage) throws Exception {
        live = LiveRobot.window(stage, null, Files.createTempDirectory("sockscope-data"));
        stage.show();
    }

    @AfterEach
    void closeSession(FxRobot robot) {
        robot.interact(() -> live.close());
    }

    @Test
    void windowFarBehindCatchesUpFromTheAutosaveWithBoundedMemory(FxRobot robot) throws Exception {
        int total = LiveSession.MAX_PENDING * 6;
        ReplaySource source = new ReplaySource(new EchoSession(total, 30));
        LiveSession session = LiveRobot.fx(() -> live.watch("flood", () -> source));
        AtomicInteger mostHeld = new AtomicInteger();
        AtomicBoolean readBack = new AtomicBoolean();
        live.addBatchListener(batch -> {
            mostHeld.accumulateAndGet(session.heldForView(), Math::max);
            readBack.compareAndSet(false, session.viewReadsBack());
        });

        CountDownLatch held = new CountDownLatch(1);
        Platform.runLater(() -> {
            held.countDown();
            while (session.recorded() < total) {
                Thread.onSpinWait(); // the FX thread busy elsewhere while the whole flood arrives
            }
        });
        assertTrue(held.await(10, TimeUnit.SECONDS), "the FX thread held");
        source.start();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> LiveRobot.fx(() -> live.window().viewModel().events().size() == total));

        int bound = LiveSession.MAX_PENDING + (Backlog.AHEAD + 1) * Backlog.BATCH;
        assertTrue(mostHeld.get() <= bound, "held " + mostHeld.get() + " events for the view, bound " + bound);
        assertTrue(readBack.get(), "the view read older events back from the autosave");
        assertEquals(0, session.notShown());
        robot.interact(() -> live.close());
        Path file = session.file();
        List<Event> shown = LiveRobot.fx(() -> List.copyOf(live.window().viewModel().events()));
        assertEquals(Sessions.readAll(file).events(), shown, "the window shows every event of the autosave, in order");
    }
}
