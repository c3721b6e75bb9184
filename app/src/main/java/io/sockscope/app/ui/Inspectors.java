package io.sockscope.app.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Small building blocks shared by the inspector's sections. */
final class Inspectors {
    private Inspectors() {
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-heading");
        return l;
    }

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(80);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(name, value);
        g.getStyleClass().add("inspector-grid");
        return g;
    }

    static void row(GridPane g, int row, String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add("field-name");
        Label v = new Label(value);
        v.getStyleClass().add("field-value");
        v.setWrapText(true);
        g.addRow(row, n, v);
    }
}
