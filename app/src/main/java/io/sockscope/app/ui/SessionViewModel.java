package io.sockscope.app.ui;

import io.sockscope.app.diagram.Selection;
import io.sockscope.model.event.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import io.sockscope.sessions.store.MemoryStore;
import io.sockscope.sessions.store.SessionStore;
import io.sockscope.sessions.store.TailStore;

/**
 * The open session and what is selected in it. Loading runs as a {@link Task} on the
 * injected executor (a background thread in the app, the calling thread in tests); all
 * properties change on the FX thread.
 */
public final class SessionViewModel {
    private static final System.Logger LOG = System.getLogger(SessionViewModel.class.getName());

    /** Live events kept in memory after the autosave holds them. */
    static final int LIVE_KEEP = 50_000;
    private final Executor background;
    private final SessionSource source;
    private final ReadOnlyObjectWrapper<LoadedSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final StoreEventList events = new StoreEventList();
    private final ObservableList<Event> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ReadOnlyObjectWrapper<Path> loadingFile = new ReadOnlyObjectWrapper<>(this, "loadingFile");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(this, "live");
    private final ReadOnlyObjectWrapper<LoadFailure> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private Consumer<Path> onOpened = p -> { };
    private Task<Opened> current;
    /** The fold and filter choices worked out while the open session was read, or null. */
    private PreparedSession prepared;

    public SessionViewModel(Executor background, SessionSource source) {
        this.background = Objects.requireNonNull(background, "background");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Called on the FX thread with each file that opened successfully (for the recent list). */
    public void setOnOpened(Consumer<Path> onOpened) {
        this.onOpened = Objects.requireNonNull(onOpened, "onOpened");
    }

    /** Starts loading {@code file}; a load still running is cancelled. Returns at once. */
    public void open(Path file) {
        Objects.requireNonNull(file, "file");
        if (current != null) {
            current.cancel();
        }
        Task<Opened> task = new LoadTask(file);
        current = task;
        loadingFile.set(file);
        loading.set(true);
        progress.set(-1);
        task.progressProperty().addListener((obs, old, now) -> {
            if (current == task) {
                progress.set(now.doubleValue());
            }
        });
        task.setOnSucceeded(e -> finish(task, () -> {
            prepared = task.getValue().prepared();
            show(task.getValue().session());
        }));
        task.setOnFailed(e -> finish(task, () -> fail(file, task.getException())));
        background.execute(task);
    }

    private void finish(Task<Opened> task, Runnable then) {
        if (current != task) {
            return;
        }
        current = null;
        loading.set(false);
        loadingFile.set(null);
        progress.set(0);
        then.run();
    }

    /** Shows {@code loaded} at once (used when the caller already holds the events). */
    public void show(LoadedSession loaded) {
        replace(loaded);
        onOpened.accept(loaded.file());
    }

    /**
     * Starts an empty live session (recorded to {@code loaded.file()}); events then come in
     * with {@link #append}.
     */
    public void showLive(LoadedSession loaded) {
        Objects.requireNonNull(loaded, "loaded");
        if (loaded.store() instanceof MemoryStore m && m.size() == 0) {
            // events come in memory and are let go of once the autosave holds them: hours of live session fit
            loaded = new LoadedSession(loaded.file(), loaded.title(),
                    new TailStore(loaded.file(), LIVE_KEEP, java.time.Duration.ofMillis(200)),
                    loaded.droppedLine(), loaded.scenario());
        }
        replace(loaded);
        live.set(true);
    }

    private void replace(LoadedSession loaded) {
        Objects.requireNonNull(loaded, "loaded");
        if (current != null) {
            current.cancel();
            current = null;
            loading.set(false);
            loadingFile.set(null);
        }
        live.set(false);
        selection.set(null);
        if (prepared != null && prepared.store() != loaded.store()) {
            prepared = null; // the old session's fold goes with it
        }
        SessionStore old = events.store();
        // cleared first so that views see a new session as a reset, never as more of the old one
        events.setStore(loaded.store(), () -> session.set(loaded));
        if (old != loaded.store()) {
            old.close();
        }
    }

    /**
     * Adds a batch of live events (on the FX thread, once per pulse). A session whose store is
     * in memory gets them appended; a store that grows by itself (a followed file) is only
     * asked for its new size.
     */
    public void append(List<Event> batch) {
        Objects.requireNonNull(batch, "batch");
        if (!batch.isEmpty()) {
            if (events.store() instanceof MemoryStore m) {
                m.append(batch);
            } else if (events.store() instanceof TailStore t) {
                t.append(batch);
            }
            events.grown();
        }
    }

    /**
     * The open session's fold and filter choices, worked out on the loading thread when it was
     * opened from a file; null for a session shown otherwise (live, or events the caller held).
     */
    public PreparedSession prepared() {
        return prepared != null && prepared.store() == events.store() ? prepared : null;
    }

    /**
     * The prepared session when {@code added} is the whole open session's list at once (what a
     * view hears just after a file opens), so the view can take what was gathered instead of
     * reading every event; null otherwise.
     */
    PreparedSession preparedFor(List<? extends Event> added) {
        PreparedSession p = prepared();
        return p != null && !added.isEmpty() && added.size() == events.size() && added.size() == p.store().size() ? p : null;
    }

    /** The store the open session's events live in. */
    public SessionStore store() {
        return events.store();
    }

    /** Marks the live session finished (its engine closed); the events stay. */
    public void endLive() {
        live.set(false);
    }

    /** True while a live session is running. */
    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    private void fail(Path file, Throwable error) {
        LoadFailure f = LoadFailure.of(file, error);
        LOG.log(System.Logger.Level.INFO, "cannot open " + file + ": " + f.reason());
        failure.set(null);
        failure.set(f);
    }

    /** Selects a socket, an event, or nothing (null). */
    public void select(Selection s) {
        selection.set(s);
    }

    /** Selects the event numbered {@code seq} (its socket's lifeline at that row). */
    public void selectEvent(long seq) {
        Event e = event(seq);
        selection.set(e == null ? null : new Selection(e.socket(), seq, true));
    }

    /** The event numbered {@code seq}, or null (event {@code i} of a store has seq {@code i}). */
    public Event event(long seq) {
        return seq >= 0 && seq < events.size() ? events.get((int) seq) : null;
    }

    /** The selected event, or null when nothing (or a bare lifeline with no event) is selected. */
    public Event selectedEvent() {
        Selection s = selection.get();
        return s == null ? null : event(s.seq());
    }

    public ObservableList<Event> events() {
        return eventsView;
    }

    public ReadOnlyObjectProperty<LoadedSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** The file being read, or null. */
    public ReadOnlyObjectProperty<Path> loadingFileProperty() {
        return loadingFile.getReadOnlyProperty();
    }

    /** Fraction of the file read (0..1), or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last failed open; set anew on every failure. */
    public ReadOnlyObjectProperty<LoadFailure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** A session read from its file, and what the window needs of it, worked out on the same thread. */
    private record Opened(LoadedSession session, PreparedSession prepared) {
    }

    /**
     * Reads the file (the first half of the progress), folding its events as they come when
     * the source hands them over (read on a second thread, {@link ReadAhead}); otherwise folds
     * them afterwards (the second half).
     */
    private final class LoadTask extends Task<Opened> {
        private final Path file;

        LoadTask(Path file) {
            this.file = file;
        }

        @Override
        protected Opened call() throws Exception {
            long size = Math.max(Files.size(file), 1);
            PreparedSession.Folding folding = new PreparedSession.Folding();
            // the file is parsed on a thread of its own while this one folds the events read so far
            LoadedSession s = ReadAhead.read(source, file, read -> updateProgress(Math.min(read, size), 2 * size),
                    folding::acceptAll);
            long n = Math.max(s.store().size(), 1);
            try {
                PreparedSession once = folding.count() > 0 ? folding.finish(s.store()) : null; // folded as it was read
                return new Opened(s, once != null ? once : PreparedSession.of(s.store(), done -> updateProgress(n + done, 2 * n)));
            } catch (InterruptedException | RuntimeException e) {
                s.store().close(); // never shown: nobody else will close it
                throw e;
            }
        }
    }
}
