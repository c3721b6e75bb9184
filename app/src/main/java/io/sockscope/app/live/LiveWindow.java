package io.sockscope.app.live;

import io.sockscope.app.diagram.DiagramView;
import io.sockscope.app.diagram.Selection;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.ui.I18n;
import io.sockscope.app.ui.LoadedSession;
import io.sockscope.app.ui.MainWindow;
import io.sockscope.app.ui.SessionViewModel;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.scenario.ScenarioCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Makes the main window live: a palette to create sockets, a context menu on every lifeline,
 * a feed from the running engine into the diagram, and an autosave of every live session.
 * A live session starts at the first click (or {@code run} / {@code serve}) and ends when
 * another session is opened, a new one is started, or the window closes.
 */
public final class LiveWindow implements LiveContext, MainWindow.LiveHost {
    private static final System.Logger LOG = System.getLogger(LiveWindow.class.getName());

    private final MainWindow window;
    private final SessionViewModel vm;
    private final DiagramView view;
    private final Autosave autosave;
    private final LiveFeed feed = new LiveFeed(this::show);
    private final CallDialogs dialogs;
    private final LiveActions actions;
    private final SocketMenu menus;
    private final LiveBar bar;
    private final PlayerBar player;
    private final List<Consumer<List<Event>>> listeners = new CopyOnWriteArrayList<>();
    private LiveSession session;
    /** Per socket, the seq of its newest event shown (queue samples aside). */
    private final java.util.Map<String, Long> latest = new java.util.HashMap<>();
    private javafx.scene.control.ContextMenu popup;

    private LiveWindow(MainWindow window, Autosave autosave) {
        this.window = window;
        this.vm = window.viewModel();
        this.view = window.diagram().view();
        this.autosave = autosave;
        this.dialogs = new CallDialogs(window.i18n(), window.stage());
        this.actions = new LiveActions(this);
        this.menus = new SocketMenu(this, actions);
        this.bar = new LiveBar(this, new Palette(this, actions), view);
        this.player = new PlayerBar(this);
    }

    /** Adds the live palette, menus and feed to {@code window}; sessions are recorded under {@code autosave}. */
    public static LiveWindow attach(MainWindow window, Autosave autosave) {
        Objects.requireNonNull(window, "window");
        LiveWindow live = new LiveWindow(window, Objects.requireNonNull(autosave, "autosave"));
        live.install();
        return live;
    }

    private void install() {
        window.setLiveHost(this);
        InspectorButtons buttons = new InspectorButtons(this, menus, actions);
        window.setInspectorActions(buttons::forSelection);
        javafx.scene.layout.VBox area = bar.create();
        area.getChildren().add(1, player.create());
        window.addToolBar(area);
        LiveMenus.install(this, window, menus, () -> {
            Selection s = vm.selectionProperty().get();
            return s == null ? null : s.socket();
        });
        // the menu opens on the secondary press itself (not every platform sends a context-menu event for it)
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && popUp(view.pick(e.getX(), e.getY()), e.getScreenX(), e.getScreenY())) {
                e.consume();
            }
        });
        view.setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                javafx.geometry.Point2D p = view.localToScreen(view.getWidth() / 3, view.getHeight() / 3);
                popUp(view.selectionProperty().get(), p.getX(), p.getY());
            }
            e.consume();
        });
        vm.sessionProperty().addListener((o, a, b) -> {
            if (session != null && (b == null || !b.file().equals(session.file()))) {
                end();
            }
        });
        window.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> close());
    }

    /** Runs scenario {@code id} live (the command line's {@code run ID}, the Scenarios menu). */
    @Override
    public void runScenario(String id) {
        ScenarioCatalog.find(id).ifPresentOrElse(player::run, () -> say(i18n().t("live.player.unknown", id)));
    }

    /** {@code serve}: prints the address it serves on to stdout. */
    @Override
    public void serve(int port, boolean echo) {
        serve(port, echo, System.out::println);
    }

    @Override
    public void stop() {
        end();
    }

    /**
     * Starts a live session with a loopback server for outside programs; {@code announce} gets
     * one line with the address (or why it failed), from a background thread.
     */
    public void serve(int port, boolean echo, Consumer<String> announce) {
        LiveSession s = newSession(i18n().t("live.serve.title"), "");
        new ServeMode(s.engine(), port, echo, PeerNames.system()).start(e -> {
            String line = e instanceof io.sockscope.model.event.Bind b
                    ? "sockscope: serving on " + b.local() + (echo ? " (echo)" : "")
                    : "sockscope: cannot serve on port " + port + ": " + ((Failure) e).message();
            announce.accept(line);
            javafx.application.Platform.runLater(() -> say(line));
        });
    }

    private boolean popUp(Selection s, double screenX, double screenY) {
        if (!isLive() || s == null || s.socket() == null || menus.callsFor(s.socket()) == null) {
            return false;
        }
        if (popup != null) {
            popup.hide();
        }
        view.selectionProperty().set(s);
        popup = menus.create(s.socket());
        popup.show(view, screenX, screenY);
        return true;
    }

    /** True while the window shows a running live session. */
    @Override
    public boolean isLive() {
        return session != null && !session.closed();
    }

    /** The running session, or null. */
    public LiveSession current() {
        return session;
    }

    @Override
    public LiveSession session() {
        if (!isLive()) {
            newSession(i18n().t("live.title"), "");
        }
        return session;
    }

    /** Closes the running session (every socket of it) and starts a new, empty one. */
    public LiveSession newSession(String title, String scenario) {
        end();
        LiveSession s;
        try {
            s = LiveSession.start(autosave, title, scenario, i18n().language().name().toLowerCase(java.util.Locale.ROOT));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot autosave under " + autosave.dir() + ": " + e.getMessage(), e);
            say(i18n().t("live.msg.autosaveFailed", autosave.dir(), e.getMessage()));
            try {
                s = LiveSession.start(new Autosave(Files.createTempDirectory("sockscope-sessions")), title, scenario, "en");
            } catch (IOException again) {
                throw new UncheckedIOException("cannot record a live session anywhere", again);
            }
        }
        window.stopLive(); // a run started by the window's own controller, if any
        session = s;
        latest.clear();
        vm.showLive(new LoadedSession(s.file(), title, List.of()));
        feed.attach(s);
        say(i18n().t("live.msg.recording", s.file()));
        return s;
    }

    /**
     * Ends the running session: its sockets close on a background thread (the FX thread never
     * waits on a socket); their last events are shown unless another session has started.
     */
    public void end() {
        LiveSession s = session;
        if (s == null) {
            return;
        }
        session = null;
        feed.attach(null);
        Thread t = new Thread(() -> {
            s.close();
            javafx.application.Platform.runLater(() -> {
                if (session == null && vm.sessionProperty().get() != null && s.file().equals(vm.sessionProperty().get().file())) {
                    showRest(s);
                }
            });
        }, "live-session-close");
        t.setDaemon(true);
        t.start();
    }

    private void showRest(LiveSession s) {
        feed.attach(s);
        while (feed.pump() > 0) {
            // every event the closed engine delivered
        }
        feed.attach(null);
        vm.endLive();
    }

    /** Ends the live session now, waiting for its sockets to close (window closing, tests). */
    public void close() {
        LiveSession s = session;
        if (s == null) {
            return;
        }
        session = null;
        feed.attach(null);
        s.close();
        showRest(s);
    }

    /** Called with every batch shown, on the FX thread. */
    public void addBatchListener(Consumer<List<Event>> l) {
        listeners.add(Objects.requireNonNull(l, "l"));
    }

    private void show(List<Event> batch) {
        Selection sel = vm.selectionProperty().get();
        boolean atPresent = sel != null && !sel.onEvent() && sel.socket() != null
                && sel.seq() >= latest.getOrDefault(sel.socket(), Long.MAX_VALUE);
        for (Event e : batch) {
            if (e.type() != io.sockscope.model.event.EventType.QUEUES && e.socket() != null) {
                latest.put(e.socket(), e.seq());
            }
        }
        vm.append(batch); // the diagram pane follows the view model's events
        Long now = sel == null || sel.socket() == null ? null : latest.get(sel.socket());
        if (atPresent && now != null && now > sel.seq()) {
            // the inspector follows a socket watched at its present state (its figures and buttons stay current)
            vm.select(new Selection(sel.socket(), now, false));
        }
        for (Event e : batch) {
            if (e instanceof Failure f) {
                say(Explanations.explain(i18n(), f));
            }
        }
        for (Consumer<List<Event>> l : listeners) {
            l.accept(batch);
        }
    }

    /** The feed, for tests and the benchmark. */
    public LiveFeed feed() {
        return feed;
    }

    LiveActions actions() {
        return actions;
    }

    PlayerBar player() {
        return player;
    }

    LiveBar bar() {
        return bar;
    }

    @Override
    public SessionFold fold() {
        return view.fold();
    }

    @Override
    public void say(String text) {
        bar.say(text);
    }

    @Override
    public I18n i18n() {
        return window.i18n();
    }

    @Override
    public CallDialogs dialogs() {
        return dialogs;
    }

    @Override
    public Window owner() {
        return window.stage();
    }

    /** The window this makes live. */
    public MainWindow window() {
        return window;
    }
}
