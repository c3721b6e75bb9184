package io.sockscope.app.ui;

import io.sockscope.app.diagram.layout.SessionFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * What the inspector shows while nothing is selected: the session's title and figures (events,
 * sockets, selectors, steps, duration), a hint on how to inspect, and the key to the diagram.
 */
final class SessionSummary extends VBox {
    private final Label title = new Label();
    private final GridPane grid = Inspectors.grid();
    private final SessionViewModel vm;
    private final java.util.function.Supplier<SessionFold> fold;
    private final I18n i18n;

    SessionSummary(SessionViewModel vm, java.util.function.Supplier<SessionFold> fold, I18n i18n, Node legend) {
        super(10);
        this.vm = Objects.requireNonNull(vm, "vm");
        this.fold = Objects.requireNonNull(fold, "fold");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        setId("sessionSummary");
        title.getStyleClass().add("session-summary-title");
        title.setWrapText(true);
        Label hint = new Label(i18n.t("inspector.nothing"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        getChildren().addAll(title, grid, hint);
        if (legend != null) {
            getChildren().addAll(Inspectors.heading(i18n.t("inspector.legend")), legend);
        }
        refresh();
    }

    /** The scenario's title in the window's language when the session records a known scenario. */
    private String title(LoadedSession s) {
        return io.sockscope.model.scenario.ScenarioCatalog.find(s.scenario())
                .map(sc -> i18n.language() == Language.ZH ? sc.title().zh() : sc.title().en())
                .orElse(s.name());
    }

    /**
     * Updates the figures (every figure comes from the fold, which keeps them as it folds; no
     * rescan of the events). A live batch changes only their values, so the rows' labels are kept
     * and given the new text; they are made again only when rows come or go.
     */
    void refresh() {
        LoadedSession s = vm.sessionProperty().get();
        title.setText(s == null ? i18n.t("status.noFile") : title(s));
        List<String[]> rows = s == null ? List.of() : rows(s);
        if (rows.size() * 2 != grid.getChildren().size()) {
            grid.getChildren().clear();
            for (int i = 0; i < rows.size(); i++) {
                Inspectors.row(grid, i, rows.get(i)[0], rows.get(i)[1]);
            }
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            ((Label) grid.getChildren().get(2 * i)).setText(rows.get(i)[0]);
            ((ValueLabel) grid.getChildren().get(2 * i + 1)).setValue(rows.get(i)[1]);
        }
    }

    /** The summary's rows, each a name and a value. */
    private List<String[]> rows(LoadedSession s) {
        SessionFold f = fold.get();
        int selectors = f.selectorCount();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {i18n.t("summary.file"), String.valueOf(s.file().getFileName())});
        rows.add(new String[] {i18n.t("summary.events"), String.format("%,d", vm.events().size())});
        rows.add(new String[] {i18n.t("summary.sockets"), String.valueOf(f.lifelines().size() - selectors)});
        if (selectors > 0) {
            rows.add(new String[] {i18n.t("summary.selectors"), String.valueOf(selectors)});
        }
        int steps = f.stepCount();
        if (steps > 0) {
            rows.add(new String[] {i18n.t("summary.steps"), String.valueOf(steps)});
        }
        rows.add(new String[] {i18n.t("summary.duration"), i18n.t("summary.seconds", String.format("%.3f", f.duration() / 1e9))});
        return rows;
    }
}
