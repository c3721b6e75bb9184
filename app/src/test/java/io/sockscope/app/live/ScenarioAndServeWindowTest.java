package io.sockscope.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.engine.Engines;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Note;
import io.sockscope.model.scenario.Scenario;
import io.sockscope.model.scenario.ScenarioCatalog;
import io.sockscope.model.scenario.ScenarioRunner;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Scenarios run live from the picker, and outside programs watched under serve. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ScenarioAndServeWindowTest {
    private LiveWindow live;

    @Start
    void start(Stage stage) throws Exception {
        live = LiveRobot.window(stage, null, Files.createTempDirectory("sockscope-data"));
        stage.show();
    }

    @AfterEach
    void closeSockets(FxRobot robot) {
        robot.interact(() -> live.close());
    }

    @Test
    void pickedScenarioRunsLiveWithTheSameEventTypesAsItsHeadlessRecording(FxRobot robot) throws Exception {
        Scenario echo = ScenarioCatalog.find("tcp-echo").orElseThrow();
        Set<EventType> headless = headlessTypes(echo);
        LiveRobot r = new LiveRobot(robot, live);
        // as fast as the calls go: the transport's real-time pace has no recorded clock to follow live
        robot.interact(() -> live.window().transport().paceProperty().set(io.sockscope.app.transport.Pace.realTime(1)));
        @SuppressWarnings("unchecked")
        ComboBox<Scenario> picker = robot.lookup("#scenarioPicker").queryAs(ComboBox.class);
        robot.interact(() -> picker.setValue(echo));
        r.click("#runScenario");
        r.waitUntil("the scenario to finish", () -> live.bar().said().contains("tcp-echo"));
        Thread t = live.player().running();
        t.join(10_000);
        r.waitUntil("every event shown", () -> live.feed().pump() == 0 && live.current().recorded()
                == live.window().viewModel().events().size());
        Set<EventType> shown = LiveRobot.fx(() -> live.window().viewModel().events().stream()
                .map(Event::type).collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class))));
        shown.remove(EventType.QUEUES);
        headless.remove(EventType.QUEUES);
        assertEquals(headless, shown);
        Note lastStep = LiveRobot.fx(() -> (Note) live.window().viewModel().events().stream()
                .filter(e -> e instanceof Note n && n.step() > 0).reduce((a, b) -> b).orElseThrow());
        assertEquals(lastStep.text(), robot.lookup("#captionText").queryAs(Label.class).getText());
    }

    private static Set<EventType> headlessTypes(Scenario s) throws Exception {
        List<Event> events = new CopyOnWriteArrayList<>();
        Engine engine = Engines.start(EngineConfig.defaults());
        try {
            engine.subscribe(events::add);
            ScenarioRunner.headless(engine, "en").run(s);
        } finally {
            engine.close();
        }
        return events.stream().map(Event::type).collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
    }

    @Test
    void outsideClientAppearsAsAnExternalLifelineNamedByItsProgram(FxRobot robot) throws Exception {
        List<String> announced = new CopyOnWriteArrayList<>();
        robot.interact(() -> live.serve(0, true, announced::add));
        LiveRobot r = new LiveRobot(robot, live);
        r.waitUntil("the server to announce its port", () -> !announced.isEmpty());
        String line = announced.get(0);
        assertTrue(line.startsWith("sockscope: serving on 127.0.0.1:"), line);
        int port = Integer.parseInt(line.replaceAll(".*:(\\d+).*", "$1"));
        try (Socket outside = new Socket(InetAddress.getLoopbackAddress(), port)) {
            String me = "127.0.0.1:" + outside.getLocalPort();
            // open and connect of the outside socket may reach the view in different batches
            r.waitUntil("an external lifeline with its address", () -> r.fold().lifelines().stream()
                    .anyMatch(l -> l.owner().startsWith("external") && !r.state(l.socket()).local().isEmpty()));
            Lifeline ext = LiveRobot.fx(() -> r.fold().lifelines().stream().filter(l -> l.owner().startsWith("external"))
                    .findFirst().orElseThrow());
            assertEquals(-1, ext.fd());
            assertEquals("external: java (pid " + ProcessHandle.current().pid() + ")", ext.owner());
            assertEquals(me, r.state(ext.socket()).local());
            OutputStream out = outside.getOutputStream();
            out.write("ping\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = outside.getInputStream();
            byte[] back = in.readNBytes(5);
            assertEquals("ping\n", new String(back, StandardCharsets.US_ASCII));
        }
        r.waitUntil("the accepted socket sees end of stream and closes", () -> r.fold().lifelines().stream()
                .filter(l -> "server".equals(l.owner()) && l.parent() != null)
                .anyMatch(l -> r.state(l.socket()).state().equals("closed")));
        r.waitUntil("the outside program's lifeline ends closed (it closed its socket)", () -> r.fold().lifelines().stream()
                .filter(Lifeline::outside).anyMatch(l -> r.state(l.socket()).state().equals("closed")));
    }

    @Test
    void anOutsideHalfCloseEndsItsLifelineHalfClosedAndOurBytesAreNotCalledUnread(FxRobot robot) throws Exception {
        List<String> announced = new CopyOnWriteArrayList<>();
        robot.interact(() -> live.serve(0, true, announced::add));
        LiveRobot r = new LiveRobot(robot, live);
        r.waitUntil("the server to announce its port", () -> !announced.isEmpty());
        int port = Integer.parseInt(announced.get(0).replaceAll(".*:(\\d+).*", "$1"));
        try (Socket outside = new Socket(InetAddress.getLoopbackAddress(), port)) {
            // written once the outside socket is a lifeline, so that every run is the same: whether the echo
            // came before or after that decided how its bytes were drawn (a race this test used to lose)
            r.waitUntil("an external lifeline with its address", () -> r.fold().lifelines().stream()
                    .anyMatch(l -> l.owner().startsWith("external") && !r.state(l.socket()).local().isEmpty()));
            outside.getOutputStream().write("hi\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals("hi\n", new String(outside.getInputStream().readNBytes(3), StandardCharsets.US_ASCII));
            outside.shutdownOutput(); // end of stream for the server, but the socket stays ours
            r.waitUntil("the outside lifeline ends half-closed", () -> r.fold().lifelines().stream()
                    .filter(Lifeline::outside).anyMatch(l -> r.state(l.socket()).state().equals("half-closed-out")));
        }
        // the echo server closes its end once it reads end of stream: the labels are asked for after that
        r.waitUntil("the accepted socket sees end of stream and closes", () -> r.fold().lifelines().stream()
                .filter(l -> "server".equals(l.owner()) && l.parent() != null)
                .anyMatch(l -> r.state(l.socket()).state().equals("closed")));
        io.sockscope.app.diagram.layout.text.TextPlan plan = LiveRobot.fx(() -> io.sockscope.app.diagram.layout.text.TextPlan.of(
                new io.sockscope.app.diagram.layout.text.TextPlan.Frame(r.fold(), new io.sockscope.app.diagram.layout.RowAxis(
                        io.sockscope.app.diagram.layout.LayoutMode.STEPS).update(r.fold()),
                        new io.sockscope.app.diagram.layout.ColumnLayout(r.fold().columns()), 4000,
                        io.sockscope.app.diagram.layout.text.TextMeasure.estimate(), io.sockscope.app.diagram.layout.Words.ENGLISH),
                0, r.fold().rowCount() - 1));
        List<String> labels = plan.texts().stream().filter(t -> t.kind() == io.sockscope.app.diagram.layout.text.TextPlan.Kind.UNREAD)
                .map(t -> String.join(" ", t.lines())).toList();
        assertTrue(labels.stream().noneMatch(l -> l.contains("unread")), "an outside reader's reads are not seen: " + labels);
        // the echo itself is there as the server's send of three bytes; with the outside socket known
        // before it, its bytes are let go as data (StreamMatcher.outside), so no label is asserted for them
        assertTrue(LiveRobot.fx(() -> live.window().viewModel().events().stream()
                .anyMatch(e -> e instanceof io.sockscope.model.event.Send s && s.done() == 3
                        && r.fold().lifeline(s.socket()) != null && "server".equals(r.fold().lifeline(s.socket()).owner()))),
                "the server's echo of three bytes is recorded");
    }

    private long steps() {
        return LiveRobot.fx(() -> live.window().viewModel().events().stream().filter(e -> e instanceof Note n && n.step() > 0).count());
    }

    @Test
    void theWindowsTransportPausesTheLiveScenarioAndStepsItOnePerNextStep(FxRobot robot) {
        LiveRobot r = new LiveRobot(robot, live);
        // a minute between steps: the pause below comes long before step 2 would start
        robot.interact(() -> live.window().transport().paceProperty().set(io.sockscope.app.transport.Pace.perStep(60)));
        @SuppressWarnings("unchecked")
        ComboBox<Scenario> picker = robot.lookup("#scenarioPicker").queryAs(ComboBox.class);
        robot.interact(() -> picker.setValue(ScenarioCatalog.find("tcp-echo").orElseThrow()));
        r.click("#runScenario");
        r.waitUntil("step 1", () -> steps() == 1);
        assertTrue(LiveRobot.fx(() -> live.window().transport().playingProperty().get()), "running a scenario plays it");
        r.click("#transportPlay");
        r.waitUntil("the scenario waits, paused", () -> live.player().running().getState() == Thread.State.WAITING
                && live.player().pace().paused());
        assertEquals(1, steps());
        r.click("#transportForward");
        r.waitUntil("step 2", () -> steps() == 2);
        r.waitUntil("the scenario waits again", () -> live.player().running().getState() == Thread.State.WAITING);
        assertEquals(2, steps());
        robot.interact(() -> live.window().transport().paceProperty().set(io.sockscope.app.transport.Pace.realTime(1)));
        r.click("#transportPlay");
        r.waitUntil("the scenario to finish", () -> live.bar().said().contains("tcp-echo"));
        assertTrue(steps() > 2);
        r.waitUntil("the transport no longer drives it", () -> !live.window().transport().driving());
    }
}
