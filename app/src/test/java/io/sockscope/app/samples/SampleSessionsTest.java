package io.sockscope.app.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.engine.Engines;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Note;
import io.sockscope.model.scenario.Scenario;
import io.sockscope.model.scenario.ScenarioCatalog;
import io.sockscope.model.scenario.ScenarioRunner;
import io.sockscope.sessions.Session;
import io.sockscope.sessions.Sessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sessions shipped in {@code resources/sessions} (one per scenario, English captions)
 * open cleanly and still show what the scenario does today: same steps, and in each step
 * the same kinds of call. Re-record them with {@code resources/record-samples} when a
 * scenario changes.
 */
class SampleSessionsTest {
    private static final Path SAMPLES = Path.of(System.getProperty("sockscope.samples", "../resources/sessions"));

    static Stream<Scenario> scenarios() {
        return ScenarioCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void sampleOpensAndMatchesAFreshRecording(Scenario scenario) throws Exception {
        Path file = SAMPLES.resolve(scenario.id() + ".sockscope");
        assertTrue(Files.isRegularFile(file), "missing sample " + file + " (run resources/record-samples)");

        Session sample = Sessions.readAll(file);
        assertEquals(scenario.id(), sample.header().scenario());
        assertEquals("en", sample.header().lang());
        assertTrue(sample.droppedTail().isEmpty(), "sample has a cut-off tail");

        List<Set<EventType>> shipped = kindsPerStep(sample.events());
        List<Set<EventType>> fresh = kindsPerStep(record(scenario));
        assertFalse(shipped.isEmpty(), "sample has no steps");
        assertEquals(fresh, shipped, scenario.id() + ": the sample no longer matches the scenario; re-record it");
    }

    private static List<Event> record(Scenario scenario) throws Exception {
        List<Event> events = Collections.synchronizedList(new ArrayList<>());
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            engine.subscribe(events::add);
            ScenarioRunner.headless(engine, "en").run(scenario);
        }
        return new ArrayList<>(events);
    }

    /** For each step, the kinds of event it produced, apart from queue samples and TCP states (their count and moment depend on timing). */
    private static List<Set<EventType>> kindsPerStep(List<Event> events) {
        List<Set<EventType>> steps = new ArrayList<>();
        for (Event e : events) {
            if (e instanceof Note n && n.step() > 0) {
                assertEquals(steps.size() + 1, n.step(), "steps are numbered 1, 2, ... in order");
                steps.add(EnumSet.noneOf(EventType.class));
            } else if (!steps.isEmpty() && e.type() != EventType.QUEUES && e.type() != EventType.STATE) {
                steps.get(steps.size() - 1).add(e.type());
            }
        }
        return steps;
    }
}
