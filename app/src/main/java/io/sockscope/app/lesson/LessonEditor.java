package io.sockscope.app.lesson;

import io.sockscope.app.transport.Transport;
import io.sockscope.app.ui.I18n;
import io.sockscope.app.ui.LoadedSession;
import io.sockscope.app.ui.SessionViewModel;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import io.sockscope.sessions.Lesson;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.WriterOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The teacher's captions and questions on the open session. Ctrl+M adds one right after the
 * present event, a selected one can be edited or deleted; the window then shows the edited
 * session (its events renumbered, the position on the note) until Save As writes it to a new
 * file. In a running live session a note is recorded at its end, like any event (editing waits
 * until the session has ended).
 */
public final class LessonEditor implements io.sockscope.app.ui.Lessons {
    /** Writes saved sessions, one at a time, off the FX thread. */
    private static final Executor SAVER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "session-save");
        t.setDaemon(true);
        return t;
    });

    private final SessionViewModel vm;
    private final Transport transport;
    private final I18n i18n;
    private final Window owner;
    private final Consumer<String> say;
    private final Executor writer;
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(this, "edited");
    private Function<Note, CompletableFuture<?>> live;
    /** The session being edited, as first opened (its file and header fields). */
    private LoadedSession base;
    private Lesson lesson;
    /** True while this editor replaces the shown session (not a new session opened). */
    private boolean applying;

    public LessonEditor(SessionViewModel vm, Transport transport, I18n i18n, Window owner, Consumer<String> say,
                        Executor writer) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.owner = owner;
        this.say = Objects.requireNonNull(say, "say");
        this.writer = Objects.requireNonNull(writer, "writer");
        vm.sessionProperty().addListener((o, a, b) -> {
            if (!applying) { // another session: its edits start afresh
                lesson = null;
                base = null;
                edited.set(false);
            }
        });
    }

    /** Attaches a lesson editor to {@code window} (its Lesson menu and Save As); returns it. */
    public static LessonEditor attach(io.sockscope.app.ui.MainWindow window) {
        LessonEditor e = new LessonEditor(window.viewModel(), window.transport(), window.i18n(), window.stage(), window::say, SAVER);
        window.setLessons(e);
        return e;
    }

    /** How a running live session records a note (the live package sets it). */
    public void setLive(Function<Note, CompletableFuture<?>> live) {
        this.live = live;
    }

    /** True while the shown session has captions or questions not yet saved. */
    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    @Override
    public boolean edited() {
        return edited.get();
    }

    /**
     * Whether the shown session may be let go of: true when nothing is unsaved, else the
     * teacher's answer to "discard the unsaved captions?".
     */
    @Override
    public boolean discardable() {
        if (!edited.get()) {
            return true;
        }
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                i18n.t("lesson.discard.text"), ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle(i18n.t("lesson.discard.title"));
        a.setHeaderText(null);
        a.getDialogPane().setId("discardLessonDialog");
        io.sockscope.app.ui.DialogButtons.localize(a.getDialogPane(), i18n);
        a.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    /** Ctrl+M: asks for a caption or question and puts it right after the present event. */
    @Override
    public void addHere() {
        if (!ready()) {
            return;
        }
        NoteForm form = new NoteForm(i18n);
        ask(i18n.t("lesson.add.title"), form, this::add);
    }

    /** Asks for new texts for the selected caption or question. */
    @Override
    public void editSelected() {
        Note n = selectedNote();
        if (n == null || !editable()) {
            return;
        }
        NoteForm form = new NoteForm(i18n);
        form.fill(n);
        ask(i18n.t("lesson.edit.title"), form, changed -> edit(n.seq(), changed));
    }

    /** Deletes the selected caption or question. */
    @Override
    public void deleteSelected() {
        Note n = selectedNote();
        if (n != null && editable()) {
            delete(n.seq());
        }
    }

    /**
     * Adds {@code note} right after the present event (the last event when nothing is picked);
     * returns its seq, or -1 when it goes to a live session (recorded at its end).
     */
    public long add(Note note) {
        if (vm.liveProperty().get() && live != null) {
            live.apply(note);
            return -1;
        }
        long after = transport.position() < 0 ? vm.events().size() - 1 : transport.position();
        long seq = lesson().add(after, note);
        apply(seq);
        return seq;
    }

    /** Replaces the texts and question of the note numbered {@code seq}. */
    public void edit(long seq, Note note) {
        lesson().replace(seq, note);
        apply(seq);
    }

    /** Deletes the note numbered {@code seq}; the position goes to the event before it. */
    public void delete(long seq) {
        lesson().remove(seq);
        apply(Math.max(0, seq - 1));
        say.accept(i18n.t("lesson.msg.deleted"));
    }

    /**
     * Save As: writes the shown session, with its edits, to {@code target} off the FX thread,
     * and then shows it from there. An unedited session's file is copied as it is (a running
     * live session: its autosave as flushed so far). The file the session came from is never
     * written. Call on the FX thread; completes (off it) with whether the file was written.
     */
    @Override
    public CompletableFuture<Boolean> saveAs(Path target) {
        Objects.requireNonNull(target, "target");
        LoadedSession shown = vm.sessionProperty().get();
        if (shown == null) {
            say.accept(i18n.t("live.msg.nothingToSave"));
            return CompletableFuture.completedFuture(false);
        }
        Lesson toWrite = edited.get() ? lesson : null;
        LoadedSession from = base != null ? base : shown;
        return CompletableFuture.supplyAsync(() -> {
            String said;
            boolean ok;
            try {
                if (toWrite != null) {
                    toWrite.saveAs(target, from.file(), new SessionHeader(SessionHeader.FORMAT, SessionHeader.VERSION,
                            SessionHeader.MINOR, "", "", "", "", from.title(), from.scenario(), "en"), WriterOptions.defaults());
                } else if (Files.exists(target) && Files.isSameFile(target, shown.file())) {
                    throw new IOException(i18n.t("lesson.error.sameFile"));
                } else {
                    Files.copy(shown.file(), target, StandardCopyOption.REPLACE_EXISTING);
                }
                said = i18n.t("live.msg.saved", target);
                ok = true;
            } catch (IOException | RuntimeException e) {
                said = i18n.t("live.msg.saveFailed", target, e.getMessage());
                ok = false;
            }
            String line = said;
            boolean saved = ok;
            Platform.runLater(() -> {
                say.accept(line);
                if (saved && toWrite != null && lesson == toWrite) {
                    saved(target, from);
                }
            });
            return ok;
        }, writer);
    }

    /** The edits are in {@code target} now: the window shows the session from there. */
    private void saved(Path target, LoadedSession from) {
        long at = transport.position();
        base = new LoadedSession(target, from.title(), List.of(), 0, from.scenario());
        applying = true;
        try {
            vm.show(new LoadedSession(target, from.title(), lesson.events(), 0, from.scenario()));
        } finally {
            applying = false;
        }
        edited.set(false);
        transport.seek(at);
    }

    private Lesson lesson() {
        if (lesson == null) {
            base = vm.sessionProperty().get();
            lesson = new Lesson(List.copyOf(vm.events()));
        }
        return lesson;
    }

    /** Shows the edited session with the position on {@code seq}. */
    private void apply(long seq) {
        LoadedSession from = Objects.requireNonNull(base, "base");
        applying = true;
        try {
            vm.show(new LoadedSession(from.file(), from.title(), lesson.events(), from.droppedLine(), from.scenario()));
        } finally {
            applying = false;
        }
        edited.set(true);
        transport.seek(seq);
        say.accept(i18n.t("lesson.msg.unsaved", lesson.steps()));
    }

    /** Whether a note can be added now; says why not. */
    private boolean ready() {
        if (vm.sessionProperty().get() == null || (vm.events().isEmpty() && !vm.liveProperty().get())) {
            say.accept(i18n.t("lesson.msg.noSession"));
            return false;
        }
        if (vm.liveProperty().get()) {
            return live != null;
        }
        return fits();
    }

    /** Whether the shown session can be edited now; says why not. */
    private boolean editable() {
        if (vm.liveProperty().get()) {
            say.accept(i18n.t("lesson.msg.liveEdit"));
            return false;
        }
        return fits();
    }

    private boolean fits() {
        if (lesson == null && vm.events().size() > Lesson.MAX_EVENTS) {
            say.accept(i18n.t("lesson.msg.tooLong", vm.events().size(), Lesson.MAX_EVENTS));
            return false;
        }
        return true;
    }

    private Note selectedNote() {
        Event e = vm.selectedEvent();
        if (e instanceof Note n) {
            return n;
        }
        say.accept(i18n.t("lesson.msg.selectNote"));
        return null;
    }

    /** Sizes {@code w} to its content again and moves it up when it would reach past the screen's bottom. */
    private static void fitOnScreen(Window w) {
        w.sizeToScene();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (w.getY() + w.getHeight() > screen.getMaxY()) {
            w.setY(Math.max(screen.getMinY(), screen.getMaxY() - w.getHeight()));
        }
    }

    /** Shows {@code form} in a dialog; OK hands the note to {@code then}, and stays open while the form is not valid. */
    private void ask(String title, NoteForm form, Consumer<Note> then) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(title);
        d.initOwner(owner);
        d.getDialogPane().setId("noteDialog");
        d.getDialogPane().setContent(form.pane());
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        io.sockscope.app.ui.DialogButtons.localize(d.getDialogPane(), i18n);
        d.setResizable(true);
        form.onResize(() -> Platform.runLater(() -> fitOnScreen(d.getDialogPane().getScene().getWindow())));
        Note[] read = new Note[1];
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, ev -> {
            read[0] = form.read();
            if (read[0] == null) {
                ev.consume();
            }
        });
        d.setOnHidden(ev -> {
            if (d.getResult() == ButtonType.OK && read[0] != null) {
                then.accept(read[0]);
            }
        });
        d.show();
    }
}
