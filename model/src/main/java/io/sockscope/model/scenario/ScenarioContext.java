package io.sockscope.model.scenario;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Event;
import java.util.concurrent.CompletableFuture;

/** What a running scenario can use: the engine, captions, and a bounded wait. */
public interface ScenarioContext {

    Engine engine();

    /** Starts the next step: writes its caption (both languages) as a step note (and, live, may pause here). */
    void step(Caption caption);

    /** A plain note (not a step) in both languages, e.g. a figure known only at run time. */
    void note(Caption text);

    /**
     * A question for the class, asked right before the outcome it is about: {@code choices} (2
     * to 4, both languages) with the index of the right one, and why it is right.
     */
    void ask(Caption question, java.util.List<Caption> choices, int answer, Caption why);

    /** Waits for a call's outcome, at most the runner's timeout; throws if it does not come. */
    Event await(CompletableFuture<Event> call);
}
