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
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a long value wraps; a field's name is never cut
        name.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(name, value);
        g.getStyleClass().add("inspector-grid");
        return g;
    }

    static void row(GridPane g, int row, String name, String value) {
        ValueLabel v = new ValueLabel();
        v.setValue(value);
        row(g, row, name, v);
    }

    static void row(GridPane g, int row, String name, Label value) {
        Label n = new Label(name);
        n.getStyleClass().add("field-name");
        n.setMinWidth(80); // the names' column is at least this wide
        value.getStyleClass().add("field-value");
        g.addRow(row, n, value);
    }
}
