package io.sockscope.app.diagram.layout;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.engine.Engines;
import io.sockscope.model.event.Event;
import io.sockscope.model.scenario.Scenario;
import io.sockscope.model.scenario.ScenarioCatalog;
import io.sockscope.model.scenario.ScenarioException;
import io.sockscope.model.scenario.ScenarioRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Runs catalog scenarios on real loopback sockets (once per test run) and keeps their events. */
public final class Recorded {
    private static final Map<String, List<Event>> CACHE = new ConcurrentHashMap<>();

    private Recorded() {
    }

    public static List<Event> session(String id) {
        return CACHE.computeIfAbsent(id, Recorded::record);
    }

    /** {@code id} or {@code id@lang} (step captions in that language). */
    private static List<Event> record(String spec) {
        String id = spec.contains("@") ? spec.substring(0, spec.indexOf('@')) : spec;
        String lang = spec.contains("@") ? spec.substring(spec.indexOf('@') + 1) : "en";
        Scenario scenario = ScenarioCatalog.find(id).orElseThrow(() -> new IllegalArgumentException("no scenario " + id));
        List<Event> seen = Collections.synchronizedList(new ArrayList<>());
        Engine engine = Engines.start(EngineConfig.defaults());
        try {
            engine.subscribe(seen::add);
            new ScenarioRunner(engine, lang, (step, caption) -> { }, Duration.ofSeconds(10)).run(scenario);
        } catch (ScenarioException e) {
            throw new IllegalStateException("scenario " + id + " failed: " + e.getMessage(), e);
        } finally {
            engine.close();
        }
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }
}
