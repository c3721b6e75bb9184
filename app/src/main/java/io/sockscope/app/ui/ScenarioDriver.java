package io.sockscope.app.ui;

import io.sockscope.model.scenario.Scenario;
import io.sockscope.model.scenario.ScenarioException;
import io.sockscope.model.scenario.ScenarioRunner;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Plays a scenario on a live session's engine, one step every {@code pace}, on its own thread. */
final class ScenarioDriver {
    private final Thread thread;

    private ScenarioDriver(Thread thread) {
        this.thread = thread;
    }

    /**
     * Starts {@code scenario} with captions in {@code lang}; when it ends the live session is
     * closed. {@code onFailure} gets the one-line reason on the FX thread if a step fails.
     */
    static ScenarioDriver start(LiveSession live, Scenario scenario, String lang, Duration pace, Consumer<String> onFailure) {
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(scenario, "scenario");
        ScenarioRunner.Pacer pacer = (step, caption) -> {
            if (step > 1) {
                Thread.sleep(pace.toMillis()); // time to read the caption before the next step starts
            }
        };
        Thread t = new Thread(() -> {
            try {
                new ScenarioRunner(live.engine(), lang, pacer, Duration.ofSeconds(20)).run(scenario);
            } catch (ScenarioException e) {
                if (!Thread.currentThread().isInterrupted()) {
                    Platform.runLater(() -> onFailure.accept(e.getMessage()));
                }
            } finally {
                Platform.runLater(live::closeAsync);
            }
        }, "scenario " + scenario.id());
        t.setDaemon(true);
        t.start();
        return new ScenarioDriver(t);
    }

    /** Stops between steps (a call in progress is cut short when the session closes). */
    void stop() {
        thread.interrupt();
    }
}
