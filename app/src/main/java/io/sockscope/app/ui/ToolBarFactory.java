package io.sockscope.app.ui;

import io.sockscope.app.diagram.layout.LayoutMode;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** Builds the toolbar: open, layout switch, zoom, theme. */
final class ToolBarFactory {
    private final I18n i18n;
    private final WindowCommands commands;
    private final ViewOptions view;
    private final Themes themes;

    ToolBarFactory(I18n i18n, WindowCommands commands, ViewOptions view, Themes themes) {
        this.i18n = i18n;
        this.commands = commands;
        this.view = view;
        this.themes = themes;
    }

    ToolBar create() {
        Button open = button(new Button(), "toolbar.open", "mdi2f-folder-open");
        open.setId("openButton");
        open.setOnAction(e -> commands.openDialog());

        ToggleGroup layouts = new ToggleGroup();
        ToggleButton steps = button(new ToggleButton(), "toolbar.steps", "mdi2f-format-list-numbered");
        ToggleButton time = button(new ToggleButton(), "toolbar.time", "mdi2c-clock-outline");
        steps.setId("stepsButton");
        time.setId("timeButton");
        steps.setToggleGroup(layouts);
        time.setToggleGroup(layouts);
        steps.setOnAction(e -> view.setLayout(LayoutMode.STEPS));
        time.setOnAction(e -> view.setLayout(LayoutMode.TIME));
        Runnable sync = () -> layouts.selectToggle(view.layoutProperty().get() == LayoutMode.STEPS ? steps : time);
        view.layoutProperty().addListener((o, a, b) -> sync.run());
        sync.run();
        HBox layoutBox = new HBox(steps, time);
        layoutBox.getStyleClass().add("segmented");
        steps.getStyleClass().add("left-pill");
        time.getStyleClass().add("right-pill");

        Button zoomOut = iconButton("toolbar.zoomOut", "mdi2m-magnify-minus-outline");
        zoomOut.setOnAction(e -> view.zoomOut());
        Button zoomIn = iconButton("toolbar.zoomIn", "mdi2m-magnify-plus-outline");
        zoomIn.setOnAction(e -> view.zoomIn());
        Label zoom = new Label();
        zoom.setId("zoomLabel");
        zoom.setMinWidth(48);
        zoom.textProperty().bind(Bindings.format("%.0f%%", view.zoomProperty().multiply(100)));
        zoom.setOnMouseClicked(e -> view.resetZoom());

        ToggleButton fit = new ToggleButton();
        fit.setId("fitWidth");
        fit.setGraphic(new FontIcon("mdi2a-arrow-expand-horizontal"));
        fit.setTooltip(tooltip("toolbar.fitWidth"));
        fit.selectedProperty().bindBidirectional(view.fitWidthProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToggleButton dark = new ToggleButton();
        dark.setId("darkToggle");
        dark.setTooltip(tooltip("toolbar.dark"));
        dark.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(themes.theme().dark() ? "mdi2w-white-balance-sunny" : "mdi2w-weather-night"),
                themes.themeProperty()));
        dark.setSelected(themes.theme().dark());
        themes.themeProperty().addListener((o, a, b) -> dark.setSelected(b.dark()));
        dark.setOnAction(e -> themes.setTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));

        ToolBar bar = new ToolBar(open, new Separator(Orientation.VERTICAL), layoutBox, new Separator(Orientation.VERTICAL), zoomOut, zoom, zoomIn, fit, spacer, dark);
        bar.setId("toolBar");
        return bar;
    }

    private <B extends ButtonBase> B button(B b, String key, String icon) {
        b.textProperty().bind(i18n.bind(key));
        b.setGraphic(new FontIcon(icon));
        return b;
    }

    private Button iconButton(String key, String icon) {
        Button b = new Button(null, new FontIcon(icon));
        b.setTooltip(tooltip(key));
        return b;
    }

    private Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.bind(key));
        return t;
    }
}
