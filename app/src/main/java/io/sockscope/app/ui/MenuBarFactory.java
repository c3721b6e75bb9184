package io.sockscope.app.ui;

import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.model.scenario.Scenario;
import io.sockscope.model.scenario.ScenarioCatalog;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/** Builds the menu bar; every label is bound to the current language. */
final class MenuBarFactory {
    private final I18n i18n;
    private final WindowCommands commands;
    private final ViewOptions view;
    private final Themes themes;

    MenuBarFactory(I18n i18n, WindowCommands commands, ViewOptions view, Themes themes) {
        this.i18n = i18n;
        this.commands = commands;
        this.view = view;
        this.themes = themes;
    }

    MenuBar create(ObservableList<Path> recent, javafx.beans.property.BooleanProperty legendShown,
                   javafx.beans.value.ObservableBooleanValue live) {
        MenuBar bar = new MenuBar(fileMenu(recent), viewMenu(legendShown), lessonMenu(), scenarioMenu(live), helpMenu());
        bar.setId("menuBar");
        return bar;
    }

    private Menu fileMenu(ObservableList<Path> recent) {
        MenuItem open = item("menu.file.open", "mdi2f-folder-open", "Shortcut+O");
        open.setOnAction(e -> commands.openDialog());
        Menu recentMenu = menu("menu.file.recent");
        recentMenu.setId("recentMenu");
        Runnable fill = () -> {
            recentMenu.getItems().clear();
            for (Path p : recent) {
                MenuItem it = new MenuItem(p.toString());
                it.setMnemonicParsing(false);
                it.setOnAction(e -> commands.open(p));
                recentMenu.getItems().add(it);
            }
            recentMenu.setDisable(recent.isEmpty());
        };
        recent.addListener((ListChangeListener<Path>) c -> fill.run());
        fill.run();
        MenuItem save = item("menu.file.saveAs", "mdi2c-content-save", "Shortcut+S");
        save.setId("saveSession");
        save.setOnAction(e -> commands.saveAsDialog());
        MenuItem export = item("menu.file.export", "mdi2e-export", "Shortcut+E");
        export.setId("exportItem");
        export.setOnAction(e -> commands.exportDialog());
        MenuItem trace = item("menu.file.trace", "mdi2c-console", null);
        trace.setOnAction(e -> commands.traceDialog());
        MenuItem quit = item("menu.file.quit", null, "Shortcut+Q");
        quit.setOnAction(e -> commands.quit());
        Menu file = menu("menu.file");
        file.setId("fileMenu");
        file.getItems().addAll(open, recentMenu, save, export, trace, new SeparatorMenuItem(), quit);
        return file;
    }

    /** The teacher's own captions and questions. */
    private Menu lessonMenu() {
        MenuItem add = item("menu.lesson.add", "mdi2c-comment-plus-outline", "Shortcut+M");
        add.setId("addNoteItem");
        add.setOnAction(e -> commands.addNote());
        MenuItem edit = item("menu.lesson.edit", "mdi2c-comment-edit-outline", "Shortcut+Shift+M");
        edit.setId("editNoteItem");
        edit.setOnAction(e -> commands.editNote());
        MenuItem delete = item("menu.lesson.delete", "mdi2c-comment-remove-outline", "Shortcut+Shift+Delete");
        delete.setId("deleteNoteItem");
        delete.setOnAction(e -> commands.deleteNote());
        Menu lesson = menu("menu.lesson");
        lesson.setId("lessonMenu");
        lesson.getItems().addAll(add, edit, delete);
        return lesson;
    }

    private Menu viewMenu(javafx.beans.property.BooleanProperty legendShown) {
        ToggleGroup layouts = new ToggleGroup();
        RadioMenuItem steps = radio("menu.view.steps", "Shortcut+1", layouts);
        RadioMenuItem time = radio("menu.view.time", "Shortcut+2", layouts);
        steps.setOnAction(e -> view.setLayout(LayoutMode.STEPS));
        time.setOnAction(e -> view.setLayout(LayoutMode.TIME));
        Runnable syncLayout = () -> (view.layoutProperty().get() == LayoutMode.STEPS ? steps : time).setSelected(true);
        view.layoutProperty().addListener((o, a, b) -> syncLayout.run());
        syncLayout.run();

        MenuItem zoomIn = item("menu.view.zoomIn", "mdi2m-magnify-plus-outline", "Shortcut+EQUALS");
        zoomIn.setOnAction(e -> view.zoomIn());
        MenuItem zoomOut = item("menu.view.zoomOut", "mdi2m-magnify-minus-outline", "Shortcut+MINUS");
        zoomOut.setOnAction(e -> view.zoomOut());
        MenuItem fitWidth = item("menu.view.fitWidth", "mdi2a-arrow-expand-horizontal", "Shortcut+9");
        fitWidth.setOnAction(e -> view.fitToWidth());
        MenuItem zoomReset = item("menu.view.zoomReset", null, "Shortcut+0");
        zoomReset.setOnAction(e -> view.resetZoom());

        ToggleGroup themeGroup = new ToggleGroup();
        RadioMenuItem light = radio("menu.view.light", null, themeGroup);
        RadioMenuItem dark = radio("menu.view.dark", null, themeGroup);
        light.setOnAction(e -> themes.setTheme(Theme.LIGHT));
        dark.setOnAction(e -> themes.setTheme(Theme.DARK));
        Runnable syncTheme = () -> (themes.theme().dark() ? dark : light).setSelected(true);
        themes.themeProperty().addListener((o, a, b) -> syncTheme.run());
        syncTheme.run();
        Menu theme = menu("menu.view.theme");
        theme.getItems().addAll(light, dark);

        ToggleGroup langGroup = new ToggleGroup();
        // each language is named in itself, so a reader of either can find their own
        RadioMenuItem en = new RadioMenuItem("English");
        RadioMenuItem zh = new RadioMenuItem("中文");
        en.setId("langEn");
        zh.setId("langZh");
        en.setToggleGroup(langGroup);
        zh.setToggleGroup(langGroup);
        en.setOnAction(e -> i18n.languageProperty().set(Language.EN));
        zh.setOnAction(e -> i18n.languageProperty().set(Language.ZH));
        Runnable syncLang = () -> (i18n.language() == Language.ZH ? zh : en).setSelected(true);
        i18n.languageProperty().addListener((o, a, b) -> syncLang.run());
        syncLang.run();
        Menu language = menu("menu.view.language");
        language.setGraphic(new FontIcon("mdi2t-translate"));
        language.getItems().addAll(en, zh);

        javafx.scene.control.CheckMenuItem legend = new javafx.scene.control.CheckMenuItem();
        legend.textProperty().bind(i18n.bind("menu.view.legend"));
        legend.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        legend.selectedProperty().bindBidirectional(legendShown);

        MenuItem present = item("menu.view.present", "mdi2p-presentation-play", "F5");
        present.setId("presentItem");
        present.setOnAction(e -> commands.present());

        Menu viewMenu = menu("menu.view");
        viewMenu.setId("viewMenu");
        viewMenu.getItems().addAll(steps, time, new SeparatorMenuItem(), zoomIn, zoomOut, zoomReset, fitWidth, legend,
                new SeparatorMenuItem(), theme, language, new SeparatorMenuItem(), present);
        return viewMenu;
    }

    private Menu scenarioMenu(javafx.beans.value.ObservableBooleanValue live) {
        Menu menu = menu("menu.scenarios");
        menu.setId("scenarioMenu");
        MenuItem stop = item("menu.scenarios.stop", "mdi2s-stop-circle-outline", "Shortcut+PERIOD");
        stop.setId("stopLive");
        stop.setOnAction(e -> commands.stopLive());
        stop.disableProperty().bind(javafx.beans.binding.Bindings.not(live));
        menu.getItems().addAll(stop, new SeparatorMenuItem());
        for (Scenario s : ScenarioCatalog.all()) {
            MenuItem it = new MenuItem();
            it.setId("run-" + s.id());
            it.setMnemonicParsing(false);
            it.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> s.title().in(i18n.language().tag()), i18n.languageProperty()));
            it.setOnAction(e -> commands.runScenario(s.id()));
            menu.getItems().add(it);
        }
        return menu;
    }

    private Menu helpMenu() {
        MenuItem about = item("menu.help.about", null, null);
        about.setOnAction(e -> commands.about());
        Menu help = menu("menu.help");
        help.getItems().add(about);
        return help;
    }

    private Menu menu(String key) {
        Menu m = new Menu();
        m.textProperty().bind(i18n.bind(key));
        return m;
    }

    private MenuItem item(String key, String icon, String accelerator) {
        MenuItem it = new MenuItem();
        it.textProperty().bind(i18n.bind(key));
        if (icon != null) {
            it.setGraphic(new FontIcon(icon));
        }
        if (accelerator != null) {
            it.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return it;
    }

    private RadioMenuItem radio(String key, String accelerator, ToggleGroup group) {
        RadioMenuItem it = new RadioMenuItem();
        it.textProperty().bind(i18n.bind(key));
        it.setToggleGroup(group);
        if (accelerator != null) {
            it.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return it;
    }
}
