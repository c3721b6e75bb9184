package io.sockscope.app.ui;

import io.sockscope.model.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import javafx.application.Platform;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/** Starts and stops the window's live session: a scenario played step by step, or a serving loopback server. */
final class LiveController {
    static final Duration DEFAULT_PACE = Duration.ofMillis(1500);

    private final SessionViewModel vm;
    private final Path dir;
    private final Consumer<String> onFailure;
    private Duration pace = DEFAULT_PACE;
    private LiveSession session;
    private Runnable stopDriver = () -> { };
    private long generation;

    LiveController(SessionViewModel vm, Path dir, Consumer<String> onFailure) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.dir = Objects.requireNonNull(dir, "dir");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    }

    /** How long each step's caption stays before the next step runs. */
    void setPace(Duration pace) {
        this.pace = Objects.requireNonNull(pace, "pace");
    }

    /** Plays {@code scenario} live with captions in {@code lang}, replacing any live session. */
    void run(Scenario scenario, String lang) {
        open(scenario.id(), scenario.title().in(lang), scenario.id(), lang, live -> {
            ScenarioDriver d = ScenarioDriver.start(live, scenario, lang, pace, onFailure);
            return d::stop;
        });
    }

    /** Serves on 127.0.0.1:{@code port} (echoing when asked), replacing any live session. */
    void serve(int port, boolean echo, String title) {
        open("serve", title, "", "", live -> {
            EchoServerDriver d = EchoServerDriver.start(live, port, echo, onFailure);
            return d::stop;
        });
    }

    /** Creates the session off the FX thread (it writes a file), then shows it and starts its driver. */
    private void open(String name, String title, String scenario, String lang, Function<LiveSession, Runnable> driver) {
        stop();
        long mine = ++generation;
        CompletableFuture.supplyAsync(() -> {
            try {
                return LiveSession.create(vm, dir, name, title, scenario, lang);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).whenComplete((live, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                onFailure.accept("cannot record to " + dir + ": " + cause.getMessage());
            } else if (mine != generation) {
                live.closeAsync(); // stopped or replaced while it was starting
            } else {
                session = live;
                live.attach();
                stopDriver = driver.apply(live);
            }
        }));
    }

    /** Ends the live session, if any, without waiting for its sockets to close. */
    void stop() {
        generation++;
        stopDriver.run();
        stopDriver = () -> { };
        if (session != null) {
            session.closeAsync();
            session = null;
        }
    }

    /** Ends the live session and waits for it (the application is exiting). */
    void closeNow() {
        generation++;
        stopDriver.run();
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /** The file the current live session records to, or null. */
    Path recording() {
        return session == null ? null : session.file();
    }
}
