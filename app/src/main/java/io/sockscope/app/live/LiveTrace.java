package io.sockscope.app.live;

import io.sockscope.app.trace.TraceDialog;
import io.sockscope.app.trace.TraceRecording;
import io.sockscope.model.trace.TraceException;
import io.sockscope.model.trace.Tracer;
import io.sockscope.sessions.WriterOptions;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * A traced program drawn live: the window watches a launched {@link Tracer} as its session's
 * source (recorded like every live session) until the program ends, then shows it as recorded.
 * Closing the window or starting another session stops the program.
 */
final class LiveTrace {
    private final LiveWindow live;

    LiveTrace(LiveWindow live) {
        this.live = live;
    }

    /** File ▸ Trace a program…: asks for a command line, starts it off the FX thread, then watches it. */
    void dialog() {
        List<String> command = TraceDialog.ask(live.i18n()::t);
        if (command.isEmpty()) {
            return;
        }
        String lang = live.i18n().language().name().toLowerCase(Locale.ROOT);
        Thread t = new Thread(() -> {
            try {
                Tracer.Request req = new Tracer.Request(command, 0, lang, WriterOptions.DEFAULT_PAYLOAD_CAP,
                        TraceRecording.captionsFor(command));
                Tracer tracer = Tracer.launch(req, System.err);
                Platform.runLater(() -> watch(TraceRecording.title(req), tracer));
            } catch (TraceException | IOException | IllegalArgumentException e) {
                Platform.runLater(() -> TraceDialog.failed(live.i18n()::t, e.getMessage()));
            }
        }, "sockscope-trace-launch");
        t.setDaemon(true);
        t.start();
    }

    /** Draws {@code tracer}'s program (launched, not yet followed) live; FX thread. */
    LiveSession watch(String title, Tracer tracer) {
        LiveSession s = live.watch(title, () -> tracer);
        tracer.follow();
        Thread waiter = new Thread(() -> {
            try {
                tracer.awaitEnd(Long.MAX_VALUE, TimeUnit.DAYS);
                Platform.runLater(() -> ended(s, tracer));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sockscope-trace-wait");
        waiter.setDaemon(true);
        waiter.start();
        return s;
    }

    private void ended(LiveSession s, Tracer tracer) {
        if (live.current() != s) {
            return; // another session replaced it (and stopped the program)
        }
        String problem = tracer.problem();
        String said = problem != null ? live.i18n().t("trace.failed", problem)
                : live.i18n().t("trace.ended", tracer.exitCode(), s.file());
        // said once the session's last events are shown (their explanations would cover it)
        javafx.beans.property.ReadOnlyBooleanProperty shownLive = live.window().viewModel().liveProperty();
        shownLive.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    shownLive.removeListener(this);
                    live.say(said);
                }
            }
        });
        live.end();
    }
}
