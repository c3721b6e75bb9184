package io.sockscope.app.live;

import io.sockscope.app.ui.LoadedSession;
import io.sockscope.app.ui.SessionViewModel;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.engine.Engines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;

/**
 * Starts and ends the window's live session: one at a time, each recorded from its first event,
 * its sockets closed when it ends. FX thread only.
 */
final class SessionKeeper {
    private static final System.Logger LOG = System.getLogger(SessionKeeper.class.getName());

    private final SessionViewModel vm;
    private final Autosave autosave;
    private final LiveFeed feed;
    private final ShownBatches batches;
    private final LiveContext live;
    private LiveSession session;

    SessionKeeper(SessionViewModel vm, Autosave autosave, LiveFeed feed, ShownBatches batches, LiveContext live) {
        this.vm = vm;
        this.autosave = autosave;
        this.feed = feed;
        this.batches = batches;
        this.live = live;
        // opening a file (or anything else replacing the shown session) ends the live one
        vm.sessionProperty().addListener((o, a, b) -> {
            if (session != null && (b == null || !b.file().equals(session.file()))) {
                end();
            }
        });
    }

    /** The autosave budget the settings give, in bytes. */
    private long budgetBytes() {
        return (long) live.autosaveBudgetMib() << 20;
    }

    boolean isLive() {
        return session != null && !session.closed();
    }

    LiveSession current() {
        return session;
    }

    /**
     * Closes the running session (every socket of it) and starts a new, empty one on a new engine
     * that keeps the payload bytes the settings allow.
     */
    LiveSession start(String title, String scenario) {
        EngineConfig config = new EngineConfig(live.livePayloadCap(), LiveSession.PROBE_MS);
        return start(title, scenario, () -> Engines.start(config));
    }

    /** Closes the running session and starts one fed by the source {@code open} makes. */
    LiveSession start(String title, String scenario, LiveSession.SourceFactory open) {
        end();
        String lang = live.i18n().language().name().toLowerCase(Locale.ROOT);
        LiveSession s;
        try {
            s = LiveSession.record(open, autosave, title, scenario, lang, budgetBytes());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot autosave under " + autosave.dir() + ": " + e.getMessage(), e);
            live.say(live.i18n().t("live.msg.autosaveFailed", autosave.dir(), e.getMessage()));
            try {
                s = LiveSession.record(open, new Autosave(Files.createTempDirectory("sockscope-sessions")), title, scenario, lang,
                        budgetBytes());
            } catch (IOException again) {
                throw new UncheckedIOException("cannot record a live session anywhere", again);
            }
        }
        session = s;
        batches.reset();
        vm.showLive(new LoadedSession(s.file(), title, List.of()));
        feed.attach(s);
        live.say(live.i18n().t("live.msg.recording", s.file()));
        return s;
    }

    /**
     * Ends the running session: its sockets close on a background thread (the FX thread never
     * waits on a socket); their last events are shown unless something else is shown by then.
     */
    void end() {
        LiveSession s = session;
        if (s == null) {
            return;
        }
        session = null;
        feed.attach(null);
        Thread t = new Thread(() -> {
            s.close();
            Platform.runLater(() -> {
                LoadedSession shown = vm.sessionProperty().get();
                if (session == null && shown != null && s.file().equals(shown.file())) {
                    showRest(s);
                }
            });
        }, "live-session-close");
        t.setDaemon(true);
        t.start();
    }

    /** Ends the running session now, waiting for its sockets to close (window closing, tests). */
    void close() {
        LiveSession s = session;
        if (s == null) {
            return;
        }
        session = null;
        feed.attach(null);
        s.close();
        showRest(s);
    }

    /** Shows every event the closed session delivered (some may still be read back from its autosave), then ends the live view. */
    private void showRest(LiveSession s) {
        feed.finish(s, vm::endLive);
    }
}
