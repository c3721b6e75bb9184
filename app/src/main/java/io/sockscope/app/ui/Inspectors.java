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
        Label v = new Label(value);
        v.setWrapText(true);
        row(g, row, name, v);
    }

    static void row(GridPane g, int row, String name, Label value) {
        Label n = new Label(name);
        n.getStyleClass().add("field-name");
        value.getStyleClass().add("field-value");
        g.addRow(row, n, value);
    }
}
