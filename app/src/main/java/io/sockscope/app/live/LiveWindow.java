package io.sockscope.app.live;

import io.sockscope.app.diagram.DiagramView;
import io.sockscope.app.diagram.Selection;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.ui.I18n;
import io.sockscope.app.ui.MainWindow;
import io.sockscope.app.ui.SessionViewModel;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.scenario.ScenarioCatalog;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Makes the main window live: a palette to create sockets, a context menu on every lifeline,
 * a feed from the running engine into the diagram, and an autosave of every live session.
 * A live session starts at the first click (or {@code run} / {@code serve}) and ends when
 * another session is opened, a new one is started, or the window closes.
 */
public final class LiveWindow implements LiveContext, MainWindow.LiveHost {
    private final MainWindow window;
    private final SessionViewModel vm;
    private final DiagramView view;
    private final ShownBatches batches;
    private final LiveFeed feed;
    private final CallDialogs dialogs;
    private final LiveActions actions;
    private final SocketMenu menus;
    private final LiveBar bar;
    private final PlayerBar player;
    private final SessionKeeper keeper;
    private final GrowthLabel growth;
    private final LiveTrace traces = new LiveTrace(this);

    private io.sockscope.app.lesson.LessonEditor lessons;

    private LiveWindow(MainWindow window, Autosave autosave) {
        this.window = window;
        this.vm = window.viewModel();
        this.view = window.diagram().view();
        this.batches = new ShownBatches(vm, this);
        this.feed = new LiveFeed(batches::show, this::lagging);
        this.keeper = new SessionKeeper(vm, autosave, feed, batches, this);
        this.dialogs = new CallDialogs(window.i18n(), window.stage());
        this.actions = new LiveActions(this);
        this.menus = new SocketMenu(this, actions);
        this.bar = new LiveBar(this, new Palette(this, actions), view, vm.liveProperty());
        this.player = new PlayerBar(this);
        this.growth = new GrowthLabel(window.i18n(), keeper::current);
    }

    /** Adds the live palette, menus and feed to {@code window}; sessions are recorded under {@code autosave}. */
    public static LiveWindow attach(MainWindow window, Autosave autosave) {
        Objects.requireNonNull(window, "window");
        // the FX thread hands its calls to the engine's workers: it never takes the engine's
        // lock, makes a socket's system calls or reads /proc itself
        io.sockscope.model.engine.Engines.neverRunCallsOnThisThread();
        LiveWindow live = new LiveWindow(window, Objects.requireNonNull(autosave, "autosave"));
        live.install();
        return live;
    }

    private void install() {
        window.setLiveHost(this);
        lessons = window.lessons() instanceof io.sockscope.app.lesson.LessonEditor e ? e : io.sockscope.app.lesson.LessonEditor.attach(window);
        lessons.setLive(this::record);
        InspectorButtons buttons = new InspectorButtons(this, menus, actions);
        window.setInspectorActions(buttons::forSelection);
        javafx.scene.layout.VBox area = bar.create(player.create());
        window.addToolBar(area);
        window.addStatusItem(growth.node());
        LiveMenus.install(this, window, menus, () -> {
            Selection s = vm.selectionProperty().get();
            return s == null ? null : s.socket();
        });
        new LifelineMenus(view, this, menus).install();
        window.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> close());
    }

    /** Runs scenario {@code id} live (the command line's {@code run ID}, the Scenarios menu). */
    @Override
    public void runScenario(String id) {
        ScenarioCatalog.find(id).ifPresentOrElse(player::run, () -> say(i18n().t("live.player.unknown", id)));
    }

    /** {@code serve}: prints the address it serves on to stdout, or why it cannot serve to stderr. */
    @Override
    public void serve(int port, boolean echo) {
        serve(port, echo, line -> (line.startsWith("sockscope: serving on") ? System.out : System.err).println(line));
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
        new ServeMode(s.engine().orElseThrow(), port, echo, PeerNames.system()).start(e -> {
            String line = e instanceof io.sockscope.model.event.Bind b
                    ? "sockscope: serving on " + b.local() + (echo ? " (echo)" : "")
                    : "sockscope: cannot serve on port " + port + ": " + ((Failure) e).message();
            announce.accept(line);
            javafx.application.Platform.runLater(() -> say(line));
        });
    }

    /** True while the window shows a running live session fed by the engine. */
    @Override
    public boolean isLive() {
        return keeper.isLive() && keeper.current().engine().isPresent();
    }

    /** The running session, or null. */
    public LiveSession current() {
        return keeper.current();
    }

    @Override
    public Engine engine() {
        LiveSession s = keeper.isLive() ? keeper.current() : null;
        if (s == null || s.engine().isEmpty()) {
            s = keeper.start(i18n().t("live.title"), "");
        }
        return s.engine().orElseThrow();
    }

    /** Closes the running session (every socket of it) and starts a new, empty one on a new engine. */
    public LiveSession newSession(String title, String scenario) {
        return keeper.start(title, scenario);
    }

    /**
     * Closes the running session and shows, live and recorded, the events of the source
     * {@code open} makes (a tracer of another program, a replay): the same feed, diagram and
     * autosave as the engine's sessions, without the calls.
     */
    public LiveSession watch(String title, LiveSession.SourceFactory open) {
        return keeper.start(title, "", Objects.requireNonNull(open, "open"));
    }

    /**
     * Draws the program {@code tracer} runs (launched, not yet followed) live until it ends
     * ({@code sockscope trace}); another session or closing the window stops the program.
     */
    public LiveSession trace(String title, io.sockscope.model.trace.Tracer tracer) {
        return traces.watch(title, Objects.requireNonNull(tracer, "tracer"));
    }

    /** File ▸ Trace a program…: asks for a command line and draws it live. */
    @Override
    public void traceDialog() {
        traces.dialog();
    }

    /** Ends the running session; its sockets close in the background. */
    public void end() {
        keeper.end();
    }

    /** Ends the live session now, waiting for its sockets to close (window closing, tests). */
    public void close() {
        keeper.close();
    }

    /** File → Save as: copies the shown session's file to {@code target} off the FX thread; says how it went. */
    public java.util.concurrent.CompletableFuture<Boolean> saveTo(java.nio.file.Path target) {
        return lessons.saveAs(target);
    }

    /** The window's captions and questions (a live session records them at its end). */
    public io.sockscope.app.lesson.LessonEditor lessons() {
        return lessons;
    }

    /**
     * Records the teacher's caption or question at the end of the running session (Ctrl+M): a
     * step caption takes the next step number.
     */
    private java.util.concurrent.CompletableFuture<io.sockscope.model.event.Event> record(io.sockscope.model.event.Note n) {
        Engine engine = engine();
        if (n.question()) {
            // a question in Chinese only is shown in Chinese to every reader
            return "zh".equals(n.lang()) ? engine.ask(n.text(), n.text(), n.quiz()) : engine.ask(n.text(), n.zh(), n.quiz());
        }
        int step = n.step() > 0 ? window.diagram().fullFold().stepCount() + 1 : 0;
        return "zh".equals(n.lang()) ? engine.note(n.text(), "zh", step) : engine.caption(n.text(), n.zh(), step);
    }

    /** Called with every batch shown, on the FX thread. */
    public void addBatchListener(Consumer<List<Event>> l) {
        batches.addListener(l);
    }

    /** Says what the live view or the autosave left out (the feed calls it when that grows). */
    private void lagging(LiveSession s) {
        if (s.notRecorded() > 0 || s.overBudget()) {
            say(i18n().t(s.notRecorded() > 0 ? "live.msg.budgetStopped" : "live.msg.budgetPayloads",
                    autosaveBudgetMib(), s.notRecorded()));
        } else if (s.notShown() > 0) {
            say(i18n().t("live.msg.notShown", s.notShown()));
        }
    }

    /** The feed, for tests and the benchmark. */
    public LiveFeed feed() {
        return feed;
    }

    GrowthLabel growth() {
        return growth;
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
    public int autosaveBudgetMib() {
        return window.settings().autosaveBudgetMib();
    }

    @Override
    public int livePayloadCap() {
        return window.settings().livePayloadCap();
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
