package io.sockscope.app.live;

import io.sockscope.app.diagram.DiagramView;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The live bar under the toolbar: the palette, a "back to live" button and the last message. */
final class LiveBar {
    private final LiveContext live;
    private final Palette palette;
    private final DiagramView view;
    private final Label message = new Label();

    private final javafx.beans.value.ObservableBooleanValue running;

    /** {@code running}: true while a live session runs ("back to live" means nothing in a replay). */
    LiveBar(LiveContext live, Palette palette, DiagramView view, javafx.beans.value.ObservableBooleanValue running) {
        this.live = live;
        this.palette = palette;
        this.view = view;
        this.running = running;
    }

    /**
     * The palette and {@code player} controls in one bar, and under it one line for messages
     * (kept out of the toolbar so it never overflows).
     */
    VBox create(java.util.List<javafx.scene.Node> player) {
        Button follow = new Button();
        follow.setId("followButton");
        follow.textProperty().bind(live.i18n().bind("live.follow"));
        follow.setGraphic(new FontIcon("mdi2a-arrow-collapse-down"));
        follow.visibleProperty().bind(view.followingProperty().not().and(running));
        follow.managedProperty().bind(follow.visibleProperty());
        follow.setOnAction(e -> view.followHead());
        message.setId("liveMessage");
        message.managedProperty().bind(message.textProperty().isNotEmpty()); // no empty line under the bar
        message.setMaxWidth(Double.MAX_VALUE);
        message.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        message.setPadding(new javafx.geometry.Insets(2, 8, 2, 8));
        message.getStyleClass().add("text-small");
        message.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> message.getText() == null || message.getText().isEmpty() ? null : new javafx.scene.control.Tooltip(message.getText()),
                message.textProperty()));
        // a wrapping bar: one row on a wide window, two on a narrow one (a ToolBar would hide the overflow)
        FlowPane bar = new FlowPane(6, 4, palette.create(), new Separator(Orientation.VERTICAL));
        bar.getChildren().addAll(player);
        bar.getChildren().addAll(new Separator(Orientation.VERTICAL), follow);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("tool-bar");
        bar.setPadding(new javafx.geometry.Insets(4, 6, 4, 6));
        bar.setId("liveBar");
        VBox box = new VBox(bar, message);
        box.setId("liveArea");
        return box;
    }

    Palette palette() {
        return palette;
    }

    void say(String text) {
        message.setText(text);
    }

    String said() {
        return message.getText();
    }
}
