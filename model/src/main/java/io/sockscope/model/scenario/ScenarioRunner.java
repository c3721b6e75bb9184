package io.sockscope.model.scenario;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Event;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a scenario on an engine, writing each step's caption, in English and Chinese, as a step note. */
public final class ScenarioRunner {

    /** Called before each step; a live run may wait here (pace, pause, next-step). */
    @FunctionalInterface
    public interface Pacer {
        Pacer NONE = (step, caption) -> { };

        void beforeStep(int step, Caption caption) throws InterruptedException;
    }

    private final Engine engine;
    private final Pacer pacer;
    private final Duration timeout;

    public ScenarioRunner(Engine engine, String lang, Pacer pacer, Duration timeout) {
        this.engine = Objects.requireNonNull(engine, "engine");
        // notes carry English and Chinese whatever the run's language; lang stays for the callers
        Objects.requireNonNull(lang, "lang");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** A headless runner: no pauses, calls may take up to 20 s. */
    public static ScenarioRunner headless(Engine engine, String lang) {
        return new ScenarioRunner(engine, lang, Pacer.NONE, Duration.ofSeconds(20));
    }

    /** Runs every step; throws {@link ScenarioException} naming the step that went wrong. */
    public void run(Scenario scenario) throws ScenarioException {
        Context ctx = new Context();
        try {
            scenario.run(ctx);
        } catch (ScenarioException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScenarioException(scenario.id() + ": interrupted at step " + ctx.step, e);
        } catch (Exception e) {
            throw new ScenarioException(scenario.id() + ": step " + ctx.step + ": " + e.getMessage(), e);
        }
    }

    private final class Context implements ScenarioContext {
        private int step;

        @Override
        public Engine engine() {
            return engine;
        }

        @Override
        public void step(Caption caption) {
            step++;
            try {
                pacer.beforeStep(step, caption);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted before step " + step, e);
            }
            await(engine.caption(caption.en(), caption.zh(), step));
        }

        @Override
        public void note(Caption text) {
            await(engine.caption(text.en(), text.zh(), 0));
        }

        @Override
        public void ask(Caption question, java.util.List<Caption> choices, int answer, Caption why) {
            io.sockscope.model.event.Quiz quiz = io.sockscope.model.event.Quiz.choices(
                    choices.stream().map(Caption::en).toList(), choices.stream().map(Caption::zh).toList(),
                    answer, why.en(), why.zh());
            await(engine.ask(question.en(), question.zh(), quiz));
        }

        @Override
        public Event await(CompletableFuture<Event> call) {
            try {
                return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new IllegalStateException("a call did not complete within " + timeout.toSeconds() + " s", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a call", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("engine call failed: " + e.getCause(), e.getCause());
            }
        }
    }
}
