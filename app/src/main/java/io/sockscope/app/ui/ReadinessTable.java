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
        getStyleClass().add("readiness-table");
        setItems(FXCollections.observableArrayList(select.keys()));
        getColumns().add(column(i18n.t("readiness.key"), KeyState::socket));
        getColumns().add(column(i18n.t("readiness.interest"), KeyState::interest));
        getColumns().add(column(i18n.t("readiness.ready"), KeyState::ready));
        for (char op : OPS.toCharArray()) {
            TableColumn<KeyState, String> c = column(String.valueOf(op), k -> mark(k, op));
            c.getStyleClass().add("op-column");
            c.setPrefWidth(36);
            c.setMinWidth(36);
            getColumns().add(c);
        }
        setFixedCellSize(28);
        setPrefHeight(32 + 28 * Math.max(1, select.keys().size()) + 4);
        setMinHeight(getPrefHeight());
    }

    static String mark(KeyState k, char op) {
        if (k.ready().indexOf(op) >= 0) {
            return "●";
        }
        return k.interest().indexOf(op) >= 0 ? "○" : "";
    }

    private static TableColumn<KeyState, String> column(String title, java.util.function.Function<KeyState, String> f) {
        TableColumn<KeyState, String> c = new TableColumn<>(title);
        c.setPrefWidth(Math.max(60, 9 * title.length() + 24));
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(f.apply(cell.getValue())));
        return c;
    }
}
