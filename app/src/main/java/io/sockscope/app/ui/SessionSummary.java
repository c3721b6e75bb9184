package io.sockscope.app.ui;

import io.sockscope.app.diagram.layout.LifelineKind;
import io.sockscope.app.diagram.layout.SessionFold;
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

    /** Updates the figures (cheap enough for every live batch: every figure comes from the fold, which keeps them as it folds; no rescan of the events). */
    void refresh() {
        LoadedSession s = vm.sessionProperty().get();
        title.setText(s == null ? i18n.t("status.noFile") : title(s));
        grid.getChildren().clear();
        if (s == null) {
            return;
        }
        SessionFold f = fold.get();
        long selectors = f.lifelines().stream().filter(l -> l.kind() == LifelineKind.SELECTOR).count();
        int row = 0;
        Inspectors.row(grid, row++, i18n.t("summary.file"), String.valueOf(s.file().getFileName()));
        Inspectors.row(grid, row++, i18n.t("summary.events"), String.format("%,d", vm.events().size()));
        Inspectors.row(grid, row++, i18n.t("summary.sockets"), String.valueOf(f.lifelines().size() - selectors));
        if (selectors > 0) {
            Inspectors.row(grid, row++, i18n.t("summary.selectors"), String.valueOf(selectors));
        }
        int steps = f.stepCount();
        if (steps > 0) {
            Inspectors.row(grid, row++, i18n.t("summary.steps"), String.valueOf(steps));
        }
        Inspectors.row(grid, row, i18n.t("summary.duration"),
                i18n.t("summary.seconds", String.format("%.3f", f.duration() / 1e9)));
    }
}
