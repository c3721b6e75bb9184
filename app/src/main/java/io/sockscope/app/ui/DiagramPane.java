package io.sockscope.app.ui;

import io.sockscope.app.diagram.DiagramView;
import io.sockscope.app.diagram.Selection;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.paint.fx.Legend;
import io.sockscope.model.event.Event;
import java.util.List;
import javafx.collections.ListChangeListener;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.BorderPane;

/**
 * The sequence diagram in the centre of the window, with its legend strip below when asked for (Ctrl+L); keeps the diagram's
 * events, selection, layout, zoom and colours in step with the view model and settings.
 */
public final class DiagramPane extends BorderPane {
    private final DiagramView view = new DiagramView();
    private final SessionViewModel vm;
    private final I18n i18n;
    private final Themes themes;
    private final BooleanProperty legendShown = new SimpleBooleanProperty(this, "legendShown", false);
    private boolean syncing;
    private int shown;
    private io.sockscope.sessions.store.SessionStore shownStore;

    DiagramPane(SessionViewModel vm, ViewOptions options, Themes themes, I18n i18n) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.i18n = i18n;
        this.themes = themes;
        getStyleClass().add("diagram-area");
        view.setId("diagram");
        setCenter(view);
        // two-way: the diagram zooms itself too (Ctrl+wheel, +/- keys), so it is not bound one way
        view.layoutModeProperty().set(options.layoutProperty().get());
        options.layoutProperty().addListener((o, a, b) -> view.layoutModeProperty().set(b));
        view.layoutModeProperty().addListener((o, a, b) -> options.setLayout(b));
        view.zoomProperty().set(options.zoomProperty().get());
        options.zoomProperty().addListener((o, a, b) -> view.zoomProperty().set(b.doubleValue()));
        view.zoomProperty().addListener((o, a, b) -> options.setZoom(b.doubleValue()));
        view.fitWidthProperty().bindBidirectional(options.fitWidthProperty());
        view.setDark(themes.theme().dark());
        themes.themeProperty().addListener((o, a, b) -> view.setDark(b.dark())); // recolours its legends too
        i18n.languageProperty().addListener((o, a, b) -> {
            legend();
            canvasLanguage();
            relanguage();
        });
        canvasLanguage();
        legendShown.addListener((o, a, b) -> legend());
        vm.events().addListener((ListChangeListener<Event>) c -> follow());
        follow();
        view.selectionProperty().addListener((o, a, b) -> sync(() -> vm.select(b)));
        vm.selectionProperty().addListener((o, a, b) -> sync(() -> {
            view.selectionProperty().set(b);
            if (b != null) {
                view.reveal(b.seq());
            }
        }));
        // a selection made before the first layout (e.g. on open) is revealed once the view has a size
        view.heightProperty().addListener((o, a, b) -> {
            Selection sel = view.selectionProperty().get();
            if (a.doubleValue() <= 1 && b.doubleValue() > 1 && sel != null) {
                view.reveal(sel.seq());
            }
        });
        legend();
        // arrow keys step through a session as soon as it is open (no click first)
        vm.sessionProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(view::requestFocus));
        view.sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                javafx.application.Platform.runLater(view::requestFocus);
            }
        });
    }

    /**
     * Growth at the end (a live batch) is appended; anything else redraws from scratch. The
     * diagram's fold reads events back from the view model's list (a window onto the session's
     * store) rather than keeping a copy.
     */
    private void follow() {
        List<Event> all = vm.events();
        boolean grew = all.size() > shown && shown > 0 && vm.store() == shownStore;
        if (grew) {
            view.append(List.copyOf(events().subList(shown, all.size()))); // a view cut at an earlier moment stays there
        } else if (vm.store() instanceof io.sockscope.sessions.store.TailStore) { // a live session: its file is the store
            view.setLiveEvents(events(), new StoreView(vm.store(), i18n::language));
        } else {
            PreparedSession ready = vm.prepared();
            if (ready != null && ready.fold().readFrom(events())) {
                view.setFold(ready.fold(), events()); // folded while the file was read
            } else {
                view.setEvents(events());
            }
        }
        shown = all.size();
        shownStore = vm.store();
    }

    /**
     * Shows the session as it was right after event {@code k} (later events hidden), or the
     * whole session for k &lt; 0 or at its last event: the view draws its one fold cut at k.
     */
    public void showUpTo(long k) {
        view.showUpTo(k >= vm.events().size() - 1 ? -1 : k);
    }

    /** The whole session's fold (also while the view shows an earlier moment). */
    public SessionFold fullFold() {
        return view.fold();
    }

    /** The session's events with their captions in the reader's language (a view, not a copy). */
    private List<Event> events() {
        return NotesInLanguage.of(vm.events(), i18n.language());
    }

    /** Captions in the new language, at the same place and the same moment of the session. */
    private void relanguage() {
        view.replaceEvents(events());
    }

    private void sync(Runnable r) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            r.run();
        } finally {
            syncing = false;
        }
    }

    /** The canvas's own words and font follow the window's language (English keeps its capitals). */
    private void canvasLanguage() {
        Language lang = i18n.language();
        view.setFontFamily(Fonts.canvasFamily(lang));
        view.setTexts(k -> lang != Language.EN && i18n.has(k) ? i18n.t(k) : null);
    }

    private void legend() {
        javafx.scene.Node strip = null;
        if (legendShown.get()) {
            strip = createLegend();
            strip.getStyleClass().add("compact"); // one or two wrapped lines in smaller type
        }
        setBottom(strip);
    }

    /** A key to the diagram's marks in the window's language, recoloured with the theme. */
    javafx.scene.Node createLegend() {
        // a key the bundles do not know yet (a newer diagram) falls back to the diagram's English text
        return view.createLegend(k -> i18n.has(k) ? i18n.t(k) : Legend.english(k));
    }

    /** The key as one column (for the inspector while nothing is selected). */
    javafx.scene.Node createLegendColumn() {
        javafx.scene.layout.FlowPane pane = (javafx.scene.layout.FlowPane) createLegend();
        pane.setOrientation(javafx.geometry.Orientation.VERTICAL);
        pane.setPrefWrapLength(100_000); // one entry a line
        pane.setVgap(4);
        return pane;
    }

    /** The diagram control itself. */
    public DiagramView view() {
        return view;
    }

    /**
     * The whole session's fold (lifelines, rows, socket snapshots), also while the diagram shows
     * an earlier moment; for an older event selected in a live session, the region read again
     * around it when there is one.
     */
    public SessionFold fold() {
        io.sockscope.app.diagram.Selection s = view.selectionProperty().get();
        return s == null ? fullFold() : view.foldHolding(s.seq());
    }

    /** Whether the legend is shown under the diagram. */
    public BooleanProperty legendShownProperty() {
        return legendShown;
    }

    /** Selects in the diagram as a click would. */
    void select(Selection s) {
        view.selectionProperty().set(s);
    }
}
