package io.sockscope.app.ui;

import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.Select;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A select's readiness table: one row per registered key, its interest and ready sets, and
 * one column per operation (A C R W): ● ready, ○ asked for but not ready.
 */
final class ReadinessTable extends TableView<KeyState> {
    private static final String OPS = "ACRW";

    ReadinessTable(Select select, I18n i18n) {
        setId("readinessTable");
        getStyleClass().addAll("readiness-table", atlantafx.base.theme.Styles.DENSE);
        setItems(FXCollections.observableArrayList(select.keys()));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        getColumns().add(column(i18n.t("readiness.key"), KeyState::socket, 62));
        getColumns().add(column(i18n.t("readiness.interest"), KeyState::interest, 80));
        getColumns().add(column(i18n.t("readiness.ready"), KeyState::ready, 62));
        for (char op : OPS.toCharArray()) {
            TableColumn<KeyState, String> c = column(String.valueOf(op), k -> mark(k, op));
            c.getStyleClass().add("op-column");
            c.setPrefWidth(26);
            c.setMinWidth(34);
            c.setMaxWidth(34);
            getColumns().add(c);
        }
        setFixedCellSize(28);
        setPrefHeight(38 + 28 * Math.max(1, select.keys().size()));
        setMinHeight(getPrefHeight());
    }

    static String mark(KeyState k, char op) {
        if (k.ready().indexOf(op) >= 0) {
            return "●";
        }
        return k.interest().indexOf(op) >= 0 ? "○" : "";
    }

    private static TableColumn<KeyState, String> column(String title, java.util.function.Function<KeyState, String> f) {
        return column(title, f, 80);
    }

    private static TableColumn<KeyState, String> column(String title, java.util.function.Function<KeyState, String> f,
            double width) {
        TableColumn<KeyState, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(56);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(f.apply(cell.getValue())));
        return c;
    }
}
