package io.sockscope.app.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Stands where the sequence diagram goes until the diagram control is merged. */
final class DiagramPlaceholder extends StackPane {
    DiagramPlaceholder(SessionViewModel vm, ViewOptions view, Themes themes, I18n i18n) {
        getStyleClass().add("diagram-area");
        Label l = new Label();
        l.textProperty().bind(i18n.bind("diagram.pending"));
        getChildren().add(l);
    }
}
