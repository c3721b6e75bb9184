package io.sockscope.app.ui;

import io.sockscope.model.scenario.ScenarioCatalog;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The Sockscope window: menus and toolbar, diagram with captions, event list, inspector, status bar. */
public final class MainWindow implements WindowCommands {
    private final Stage stage;
    private final Settings settings;
    private final SessionViewModel vm;
    private final I18n i18n;
    private final Themes themes;
    private final ViewOptions view = new ViewOptions();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final BorderPane root = new BorderPane();
    private DiagramPane diagram;
    private final Dialogs dialogs;
    private VBox top;
    private InspectorPane inspector;
    private SplitPane left;
    private SplitPane split;
    private boolean placing;
    private LiveHost liveHost;
    private TransportWiring transport;
    private Runnable presenter;
    private StatusPane status;
    private Lessons lessons;

    /** Runs live sessions: scenario runs, serve, stop (the live package's window attaches one, and ends its session when the window closes). */
    public interface LiveHost {
        void runScenario(String id);

        void serve(int port, boolean echo);

        /** Ends the live session, if any. */
        void stop();

        /** Asks for a program to trace and draws it live. */
        void traceDialog();
    }

    /** The one transport of the window's sessions (position, play, steps); the live scenario bar drives it too. */
    public io.sockscope.app.transport.Transport transport() {
        return transport.transport();
    }

    public MainWindow(Stage stage, Settings settings, SessionViewModel vm) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.vm = Objects.requireNonNull(vm, "vm");
        this.i18n = new I18n(settings.language());
        this.themes = new Themes(settings.theme());
        this.dialogs = new Dialogs(stage, i18n);
        recent.setAll(settings.recent());
        createView();
        initListeners();
    }

    /** A window whose sessions are read from their files on {@code loader}'s thread. */
    public static MainWindow reading(Stage stage, Settings settings, java.util.concurrent.ExecutorService loader) {
        return new MainWindow(stage, settings, new SessionViewModel(loader, SessionFiles.SOURCE));
    }

    private void createView() {
        root.setId("mainWindow");
        root.getStyleClass().add("main-window");
        diagram = new DiagramPane(vm, view, themes, i18n);
        top = new VBox(new MenuBarFactory(i18n, this, view, themes).create(recent, diagram.legendShownProperty(), vm.liveProperty()),
                new ToolBarFactory(i18n, this, view, themes).create());
        root.setTop(top);
        BorderPane diagramArea = new BorderPane(diagram);
        diagramArea.setTop(new CaptionBar(vm, i18n));
        transport = new TransportWiring(vm, diagram, i18n, themes);
        diagramArea.setBottom(transport.pane());
        diagram.legendShownProperty().set(settings.legendShown());
        left = new SplitPane(diagramArea, new EventListPane(vm, i18n));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(settings.diagramShare());
        SplitPane.setResizableWithParent(left.getItems().get(1), false);
        inspector = new InspectorPane(vm, i18n, diagram::fold, diagram::createLegendColumn);
        split = new SplitPane(left, inspector);
        SplitPane.setResizableWithParent(inspector, false);
        root.setCenter(split);
        status = new StatusPane(vm, i18n);
        root.setBottom(status);
        // first run: 90 % of the screen, maximized; never larger than the screen (a size saved on a bigger monitor)
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double w = Math.min(settings.width(), screen.getWidth());
        double h = Math.min(settings.height(), screen.getHeight());
        if (settings.file() == null || !java.nio.file.Files.exists(settings.file())) {
            w = screen.getWidth() * 0.9;
            h = screen.getHeight() * 0.9;
        }
        Scene scene = new Scene(root, w, h);
        themes.style(scene);
        stage.setScene(scene);
        if (settings.maximized()) { // also without a window manager (which setMaximized needs)
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            stage.setMaximized(true);
            w = screen.getWidth();
        }
        placeInspector(w);
        split.widthProperty().addListener((o, a, b) -> placeInspector(b.doubleValue()));
        split.getDividers().get(0).positionProperty().addListener((o, a, b) -> {
            if (!placing && split.getWidth() > 0) { // the user dragged it
                settings.setInspectorWidth(split.getWidth() * (1 - b.doubleValue()));
            }
        });
    }

    /** Keeps the inspector at its remembered width while the window changes size. */
    private void placeInspector(double width) {
        if (width > 0) {
            placing = true;
            split.setDividerPositions(Math.max(0.3, 1 - settings.inspectorWidth() / width));
            placing = false;
        }
    }

    private void initListeners() {
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            LoadedSession s = vm.sessionProperty().get();
            return s == null ? "Sockscope" : i18n.t("title.session", SessionTitles.of(s, i18n));
        }, vm.sessionProperty(), i18n.languageProperty()));
        root.styleProperty().bind(Bindings.createStringBinding(() -> Fonts.rootStyle(i18n.language()), i18n.languageProperty()));
        vm.setOnOpened(file -> {
            settings.addRecent(file);
            recent.setAll(settings.recent());
            settings.save();
        });
        vm.failureProperty().addListener((o, a, f) -> {
            if (f != null) {
                dialogs.openFailed(f);
            }
        });
        i18n.languageProperty().addListener((o, a, b) -> {
            settings.setLanguage(b);
            settings.save();
        });
        themes.themeProperty().addListener((o, a, b) -> {
            settings.setTheme(b);
            settings.save();
        });
        diagram.legendShownProperty().addListener((o, a, b) -> {
            settings.setLegendShown(b);
            settings.save();
        });
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
        stage.setOnCloseRequest(e -> {
            if (!discardable()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            settings.setMaximized(stage.isMaximized());
            if (!stage.isMaximized()) {
                settings.setSize(stage.getWidth(), stage.getHeight());
            }
            rememberLayout();
            settings.save();
        });
    }



    /** Keeps the divider positions the user chose (the diagram's share, the inspector's width) in the settings. */
    void rememberLayout() {
        settings.setDiagramShare(left.getDividerPositions()[0]);
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean ok = openDropped(e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of());
        e.setDropCompleted(ok);
        e.consume();
    }

    /** Opens the first of the dropped files; false when nothing was dropped. */
    boolean openDropped(List<File> files) {
        if (files.isEmpty()) {
            return false;
        }
        open(files.get(0).toPath());
        return true;
    }

    public I18n i18n() {
        return i18n;
    }

    public Themes themes() {
        return themes;
    }

    public ViewOptions view() {
        return view;
    }

    /** The diagram with its legend. */
    public DiagramPane diagram() {
        return diagram;
    }

    /** What the window remembers between runs (the live package reads the autosave budget). */
    public Settings settings() {
        return settings;
    }

    public SessionViewModel viewModel() {
        return vm;
    }

    @Override
    public void openDialog() {
        Path f = dialogs.chooseSession(recent);
        if (f != null) {
            open(f);
        }
    }

    /** Hands live sessions (scenario runs, serve, stop) to {@code host}. */
    public void setLiveHost(LiveHost host) {
        this.liveHost = Objects.requireNonNull(host, "host");
    }

    /** Puts buttons for the selected socket at the top of the inspector (the live package's calls). */
    public void setInspectorActions(java.util.function.Function<io.sockscope.app.diagram.Selection, javafx.scene.Node> actions) {
        inspector.setActions(actions);
    }

    /** The window's stage (owner of dialogs). */
    public Stage stage() {
        return stage;
    }

    /** Adds an item at the left of the status bar's right side (the live package's memory and disk figures). */
    public void addStatusItem(javafx.scene.Node item) {
        status.getRightItems().add(0, Objects.requireNonNull(item, "item"));
    }

    /** Adds a bar under the toolbar (the live package's palette and scenario player). */
    public void addToolBar(javafx.scene.Node bar) {
        top.getChildren().add(Objects.requireNonNull(bar, "bar"));
    }

    @Override
    public void open(Path file) {
        if (!discardable()) {
            return;
        }
        stopLive();
        vm.open(file);
    }

    @Override
    public void quit() {
        if (discardable()) {
            stage.close();
        }
    }

    @Override
    public void runScenario(String id) {
        if (liveHost != null && ScenarioCatalog.find(id).isPresent()) {
            liveHost.runScenario(id);
        } else {
            dialogs.liveFailed(i18n.t("dialog.liveFailed.noScenario", id));
        }
    }

    /** Starts a loopback server on {@code port} (0: any free port) that accepts and, with {@code echo}, echoes. */
    public void serve(int port, boolean echo) {
        if (liveHost != null) {
            liveHost.serve(port, echo);
        }
    }

    @Override
    public void stopLive() {
        if (liveHost != null) {
            liveHost.stop();
        }
    }

    @Override
    public void traceDialog() {
        if (liveHost != null) {
            liveHost.traceDialog();
        }
    }

    @Override
    public void exportDialog() {
        LoadedSession s = vm.sessionProperty().get();
        new io.sockscope.app.export.fx.ExportDialog(stage, List.copyOf(vm.events()), s == null ? "" : s.title(),
                themes.theme().dark(), i18n.language() == Language.ZH ? "zh" : "en", i18n::t).show();
    }

    /** The teacher's captions and questions on the open session, and Save As (null until the lesson package attaches them). */
    public Lessons lessons() {
        return lessons;
    }

    /** Hands captions, questions and Save As to {@code lessons} (the lesson package). */
    public void setLessons(Lessons lessons) {
        this.lessons = Objects.requireNonNull(lessons, "lessons");
    }

    /** Shows a one-line message in the status bar. */
    public void say(String text) {
        status.say(text);
    }

    @Override
    public void saveAsDialog() {
        LoadedSession shown = vm.sessionProperty().get();
        if (lessons == null) {
            return;
        }
        if (shown == null) {
            say(i18n.t("live.msg.nothingToSave"));
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(i18n.t("menu.file.saveAs"));
        String name = String.valueOf(shown.file().getFileName());
        chooser.setInitialFileName(lessons.edited() ? name.replaceFirst("(\\.sockscope)?(\\.gz)?$", "-lesson.sockscope") : name);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Sockscope", "*.sockscope"));
        File target = chooser.showSaveDialog(stage);
        if (target != null) {
            lessons.saveAs(target.toPath());
        }
    }

    @Override
    public void addNote() {
        if (lessons != null) {
            lessons.addHere();
        }
    }

    @Override
    public void editNote() {
        if (lessons != null) {
            lessons.editSelected();
        }
    }

    @Override
    public void deleteNote() {
        if (lessons != null) {
            lessons.deleteSelected();
        }
    }

    /** True when the shown session may be let go of (no unsaved captions, or the teacher says so). */
    private boolean discardable() {
        return lessons == null || lessons.discardable();
    }

    /** Hands presentation mode (F5) to {@code presenter} (the present package). */
    public void setPresenter(Runnable presenter) {
        this.presenter = Objects.requireNonNull(presenter, "presenter");
    }

    @Override
    public void present() {
        if (presenter != null && vm.sessionProperty().get() != null && !vm.events().isEmpty()) {
            presenter.run();
        }
    }

    /** Another inspector of this window's session (the presentation's), with its own language. */
    public javafx.scene.Node createInspector(I18n words) {
        return new InspectorPane(vm, words, diagram::fold, diagram::createLegendColumn);
    }

    @Override
    public void about() {
        dialogs.about();
    }
}
