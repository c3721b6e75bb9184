package io.sockscope.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.model.event.Event;
import io.sockscope.sessions.Sessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The live window fed by an event source that is not the engine: a recorded session replayed through a Sequencer. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WatchedSourceWindowTest {
    private static final Path SAMPLE = Path.of(System.getProperty("sockscope.samples", "../resources/sessions"))
            .resolve("select-server.sockscope");
    private LiveWindow live;
    private Path dataHome;

    @Start
    void start(Stage stage) throws Exception {
        dataHome = Files.createTempDirectory("sockscope-data");
        live = LiveRobot.window(stage, null, dataHome);
        stage.show();
    }

    @AfterEach
    void closeSession(FxRobot robot) {
        robot.interact(() -> live.close());
    }

    @Test
    void replayedSourceIsDrawnRecordedAndTakesNoCalls(FxRobot robot) throws Exception {
        List<Event> recorded = Sessions.readAll(SAMPLE).events();
        ReplaySource source = new ReplaySource(recorded);
        LiveSession session = LiveRobot.fx(() -> live.watch("replay", () -> source));
        assertTrue(session.engine().isEmpty(), "a replay is not an engine");
        assertFalse(LiveRobot.fx(() -> live.isLive()), "no calls on a watched program's sockets");
        source.start();
        LiveRobot r = new LiveRobot(robot, live);
        r.waitUntil("every replayed event shown", () -> live.window().viewModel().events().size() == recorded.size());

        List<Event> shown = LiveRobot.fx(() -> List.copyOf(live.window().viewModel().events()));
        for (int i = 0; i < recorded.size(); i++) {
            assertEquals(i, shown.get(i).seq(), "numbered by the source's sequencer");
            assertEquals(ReplaySource.restamp(recorded.get(i), i, shown.get(i).t()), shown.get(i), "event " + i);
        }
        List<String> lifelines = LiveRobot.fx(() -> r.fold().lifelines().stream().map(Lifeline::socket).toList());
        assertEquals(recorded.stream().filter(e -> e.type() == io.sockscope.model.event.EventType.OPEN
                || e.type() == io.sockscope.model.event.EventType.ACCEPT).count(), lifelines.size());

        robot.interact(() -> live.close());
        assertEquals(shown, Sessions.readAll(session.file()).events(), "the autosave holds what was shown");
    }
}
