package io.sockscope.app.ui;

import io.sockscope.app.diagram.Selection;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.layout.SocketSnapshot;
import java.util.function.Supplier;
import io.sockscope.model.event.Event;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The right-hand panel: what is selected, a socket's state at that moment and/or an event's
 * fields; with nothing selected, the session's summary and the key to the diagram.
 */
final class InspectorPane extends ScrollPane {
    private final SessionViewModel vm;
    private final I18n i18n;
    private final VBox content = new VBox(16);

    private final Supplier<SessionFold> fold;
    private java.util.function.Function<Selection, javafx.scene.Node> actions = s -> null;

    private final Supplier<javafx.scene.Node> legend;
    private SessionSummary summary;

    InspectorPane(SessionViewModel vm, I18n i18n, Supplier<SessionFold> fold, Supplier<javafx.scene.Node> legend) {
        this.fold = fold;
        this.legend = legend;
        this.vm = vm;
        this.i18n = i18n;
        setId("inspector");
        getStyleClass().add("inspector");
        setFitToWidth(true);
        content.getStyleClass().add("inspector-content");
        setContent(content);
        vm.selectionProperty().addListener((o, a, b) -> rebuild());
        i18n.languageProperty().addListener((o, a, b) -> rebuild());
        vm.sessionProperty().addListener((o, a, b) -> rebuild());
        vm.events().addListener((javafx.collections.ListChangeListener<Event>) c -> {
            if (summary != null) {
                summary.refresh();
            } else if (followsPresent(vm.selectionProperty().get())) {
                // a live socket picked without an event: its newest state, once the diagram's fold has the batch
                javafx.application.Platform.runLater(this::rebuild);
            }
        });
        rebuild();
    }

    /** Buttons for the selected socket, shown first (the live package's calls); null for none. */
    void setActions(java.util.function.Function<Selection, javafx.scene.Node> actions) {
        this.actions = java.util.Objects.requireNonNull(actions, "actions");
        rebuild();
    }

    /** Whether {@code e} is a call Sockscope's Java engine made (not a traced program's, not an outside peer's). */
    private boolean byJava(Event e) {
        if (e.socket() == null) {
            return false;
        }
        io.sockscope.app.diagram.layout.Lifeline l = fold.get().lifeline(e.socket());
        return l != null && !l.outside() && !l.group().startsWith("pid ");
    }

    private void rebuild() {
        content.getChildren().clear();
        summary = null;
        Selection s = vm.selectionProperty().get();
        javafx.scene.Node buttons = s == null ? null : actions.apply(s);
        if (buttons != null) {
            content.getChildren().add(buttons);
        }
        Event e = s == null ? null : vm.event(s.seq());
        if (e == null) {
            summary = new SessionSummary(vm, fold, i18n, legend.get());
            content.getChildren().add(summary);
            return;
        }
        if (s.onEvent()) {
            content.getChildren().add(new EventInspector(e, i18n, byJava(e)));
        }
        // live, with a lifeline picked and no event: the socket as it is now, not as it was at the click
        long at = followsPresent(s) ? vm.events().get(vm.events().size() - 1).seq() : s.seq();
        SocketSnapshot snap = s.socket() == null ? null : fold.get().snapshotAt(s.socket(), at);
        if (snap != null) {
            content.getChildren().add(new SocketInspector(snap, at, i18n));
        }
    }

    /** True when the inspector shows the newest state of the selection: a live session, a lifeline, no event picked. */
    private boolean followsPresent(Selection s) {
        return s != null && !s.onEvent() && s.socket() != null && vm.liveProperty().get() && !vm.events().isEmpty();
    }
}
