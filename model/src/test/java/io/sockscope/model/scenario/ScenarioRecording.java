package io.sockscope.model.scenario;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.engine.Engines;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Test helper: runs a scenario headless on a fresh engine, collecting every event it emits
 * and every step caption it used, then closes the engine (which delivers the last events).
 */
public final class ScenarioRecording {
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20); // as the headless runner

    private final List<Event> events;
    private final List<Caption> captions;

    private ScenarioRecording(List<Event> events, List<Caption> captions) {
        this.events = List.copyOf(events);
        this.captions = List.copyOf(captions);
    }

    /** Records {@code scenario} with English step notes. */
    public static ScenarioRecording record(Scenario scenario) throws ScenarioException {
        return record(scenario, "en");
    }

    /** Records {@code scenario} with step notes in {@code lang}. */
    public static ScenarioRecording record(Scenario scenario, String lang) throws ScenarioException {
        return record(scenario, lang, EngineConfig.defaults());
    }

    /** Records {@code scenario} on an engine made with {@code config} (e.g. the queue sampler off, so only the scenario's own probes report queues). */
    public static ScenarioRecording record(Scenario scenario, String lang, EngineConfig config) throws ScenarioException {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(config, "config");
        List<Event> seen = Collections.synchronizedList(new ArrayList<>());
        List<Caption> used = Collections.synchronizedList(new ArrayList<>());
        Engine engine = Engines.start(config);
        try {
            engine.subscribe(seen::add);
            ScenarioRunner.Pacer collect = (step, caption) -> used.add(caption);
            new ScenarioRunner(engine, lang, collect, CALL_TIMEOUT).run(scenario);
        } finally {
            engine.close(); // delivers the last events before it returns
        }
        synchronized (seen) {
            synchronized (used) {
                return new ScenarioRecording(seen, used);
            }
        }
    }

    /** Every event, in seq order. */
    public List<Event> events() {
        return events;
    }

    /** The caption of each step, in order (step 1 first). */
    public List<Caption> captions() {
        return captions;
    }

    /** The events of one type, in order. */
    public <T extends Event> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    /** The events of one type about one socket, in order. */
    public <T extends Event> List<T> of(Class<T> type, String socket) {
        return of(type).stream().filter(e -> socket.equals(e.socket())).collect(Collectors.toList());
    }

    /** The step numbers of the step notes, in the order they were emitted. */
    public List<Integer> stepNumbers() {
        return of(Note.class).stream().filter(n -> n.step() > 0).map(Note::step).collect(Collectors.toList());
    }

    /** The events after step {@code step}'s note and before the next step's note. */
    public List<Event> inStep(int step) {
        List<Event> out = new ArrayList<>();
        boolean inside = false;
        for (Event e : events) {
            if (e instanceof Note n && n.step() > 0) {
                inside = n.step() == step;
            } else if (inside) {
                out.add(e);
            }
        }
        return out;
    }

    /** The events of one type in step {@code step}, in order. */
    public <T extends Event> List<T> inStep(int step, Class<T> type) {
        return inStep(step).stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    /** One event per line, for failure messages and debugging. */
    public String describe() {
        return events.stream().map(Event::toString).collect(Collectors.joining("\n"));
    }

    /** Index of the first event of type {@code type} about {@code socket} at or after {@code from}, or -1. */
    public int indexOf(Class<? extends Event> type, String socket, int from) {
        for (int i = Math.max(from, 0); i < events.size(); i++) {
            Event e = events.get(i);
            if (type.isInstance(e) && (socket == null || socket.equals(e.socket()))) {
                return i;
            }
        }
        return -1;
    }
}
