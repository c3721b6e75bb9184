package io.sockscope.app.present;

import io.sockscope.app.diagram.DiagramView;
import io.sockscope.app.diagram.Selection;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.transport.Transport;
import io.sockscope.app.transport.TransportKeys;
import io.sockscope.app.ui.EventSummary;
import io.sockscope.app.ui.Fonts;
import io.sockscope.app.ui.I18n;
import io.sockscope.app.ui.Language;
import io.sockscope.app.ui.MainWindow;
import io.sockscope.app.ui.QuestionCard;
import io.sockscope.app.ui.Theme;
import io.sockscope.app.ui.Themes;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * A window's session presented full screen: the caption of the present step at the top with
 * "step n / N", the diagram up to the present with that step spotlighted, text sized for a
 * projector. The window's own transport moves it (Page Down / Page Up, Space, arrows, Home,
 * End); B blanks the screen, I shows the inspector, Esc leaves.
 */
public final class Presentation {
    /** Projector sizes at 1920×1080; smaller screens scale down, never below {@link #MIN_SCALE}. */
    static final double CAPTION_PX = 36;
    static final double DIAGRAM_ZOOM = 1.5;
    static final double MIN_SCALE = 2.0 / 3;

    private final MainWindow window;
    private final Transport transport;
    private final I18n i18n;
    private final Stage stage = new Stage();
    private final StackPane root = new StackPane();
    private final BorderPane layout = new BorderPane();
    private final Label step = new Label();
    private final Label caption = new Label();
    /** A border pane, not a box: it lays the wrapped caption out at the width it really gets, so its height fits. */
    private final BorderPane captionBar = new BorderPane(caption, null, null, null, step);
    private final PresentedDiagram diagram;
    /** Said over the empty diagram while the session is folded, or why it could not be. */
    private final Label folding = new Label();
    private final Spotlight spotlight;
    private final PointerDot dot = new PointerDot();
    private final Region blank = new Region();
    private final Steps steps;
    private final QuestionCard question;
    /** The event last scrolled into sight: again when the diagram's height changes (the question card comes or goes). */
    private long revealed = -1;
    private Node inspector;
    private final AnimationTimer frame;
    private final ChangeListener<Number> moved = (o, a, b) -> show(b.longValue());
    private final ChangeListener<Selection> selected;

    private Presentation(MainWindow window, Language language, Theme theme) {
        this.window = window;
        this.transport = window.transport();
        this.i18n = new I18n(language);
        diagram = new PresentedDiagram(io.sockscope.app.ui.NotesInLanguage.of(window.viewModel().events(), language),
                this::folded, this::foldFailed);
        steps = new Steps(window.diagram().fullFold(), window.viewModel().events());
        DiagramView view = diagram.view();
        view.setDark(theme.dark());
        view.setFontFamily(Fonts.canvasFamily(language));
        view.setTexts(k -> language != Language.EN && i18n.has(k) ? i18n.t(k) : null);
        spotlight = new Spotlight(view);
        spotlight.setDark(theme.dark());
        folding.setId("presentFolding");
        folding.getStyleClass().add("caption-text");
        folding.setWrapText(true);
        folding.setText(i18n.t("present.folding"));
        StackPane body = new StackPane(view, spotlight, folding);
        body.setAlignment(Pos.TOP_LEFT);
        step.setId("presentStep");
        step.getStyleClass().add("caption-step");
        step.setMinWidth(Region.USE_PREF_SIZE);
        caption.setId("presentCaption");
        caption.getStyleClass().add("caption-text");
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        BorderPane.setAlignment(step, Pos.CENTER_LEFT);
        BorderPane.setAlignment(caption, Pos.CENTER_LEFT);
        captionBar.getStyleClass().addAll("caption-bar", "present-caption-bar");
        question = new QuestionCard(i18n);
        question.setVisible(false);
        question.setManaged(false);
        layout.setTop(new javafx.scene.layout.VBox(captionBar, question));
        layout.setCenter(body);
        blank.setId("presentBlank");
        blank.setStyle("-fx-background-color: black;");
        blank.setVisible(false);
        root.setId("presentation");
        root.getStyleClass().add("presentation");
        root.getChildren().addAll(layout, dot, blank);
        dot.track(root);
        javafx.geometry.Rectangle2D screen = Screen.getPrimary().getBounds();
        Scene scene = new Scene(root, screen.getWidth(), screen.getHeight());
        new Themes(theme).style(scene); // the look is the application's: restored when the presentation ends
        stage.setScene(scene);
        stage.initOwner(window.stage());
        stage.setTitle("Sockscope — " + window.stage().getTitle());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        view.heightProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
            if (revealed >= 0) { // after the layout: the scroll range follows the new height
                view.reveal(revealed);
            }
        }));
        root.widthProperty().addListener((o, a, b) -> rescale());
        root.heightProperty().addListener((o, a, b) -> rescale());
        TransportKeys.install(root, transport);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        selected = (o, a, b) -> view.selectionProperty().set(b);
        window.viewModel().selectionProperty().addListener(selected);
        view.selectionProperty().set(window.viewModel().selectionProperty().get());
        transport.positionProperty().addListener(moved);
        frame = new AnimationTimer() {
            @Override
            public void handle(long now) {
                spotlight.refresh();
            }
        };
        stage.setOnCloseRequest(e -> stage.setFullScreen(false));
        stage.setOnHidden(e -> closed());
        rescale();
    }

    /**
     * Presents {@code window}'s session in {@code language} and {@code theme} from step
     * {@code step} (1-based); for 0 from the present position, or the first step when nothing is
     * picked yet.
     */
    public static Presentation open(MainWindow window, Language language, Theme theme, int step) {
        Presentation p = new Presentation(Objects.requireNonNull(window, "window"), language, theme);
        if (step > 0) {
            p.goToStep(step);
        } else if (p.transport.position() < 0) {
            p.transport.nextStep();
        } else {
            p.show(p.transport.position());
        }
        p.stage.setFullScreen(true);
        p.stage.show();
        p.frame.start();
        p.diagram.view().requestFocus();
        return p;
    }

    /** The step of the session to start at (1-based); without captions, the event. */
    public void goToStep(int n) {
        transport.positionProperty().set(steps.end(Math.max(1, Math.min(n, steps.count()))));
    }

    /** How many steps the session has (events, without captions). */
    public int stepCount() {
        return steps.count();
    }

    public Stage stage() {
        return stage;
    }

    /** Leaves the presentation (Esc). */
    public void close() {
        // leave full screen first: that cancels JavaFX's exit-hint overlay, whose timer would
        // otherwise fire on a closed stage and break the toolkit's next pulse
        stage.setFullScreen(false);
        stage.close();
    }

    private void closed() {
        frame.stop();
        transport.positionProperty().removeListener(moved);
        window.viewModel().selectionProperty().removeListener(selected);
        Application.setUserAgentStylesheet(window.themes().theme().userAgentStylesheet());
        window.stage().requestFocus();
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case ESCAPE -> close();
            case B, PERIOD -> blank.setVisible(!blank.isVisible());
            case I -> toggleInspector();
            case F5 -> { } // already presenting (a clicker's "start" key)
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void toggleInspector() {
        if (inspector == null) {
            inspector = window.createInspector(i18n);
            inspector.setId("presentInspector");
            ((Region) inspector).setPrefWidth(root.getWidth() * 0.3);
            layout.setRight(inspector);
        } else {
            inspector.setVisible(!inspector.isVisible());
            inspector.setManaged(inspector.isVisible());
        }
    }

    /** Sizes text for the screen: the projector sizes at 1920×1080, scaled with the screen. */
    private void rescale() {
        double w = root.getWidth() > 0 ? root.getWidth() : root.getScene().getWidth();
        double h = root.getHeight() > 0 ? root.getHeight() : root.getScene().getHeight();
        double s = Math.max(MIN_SCALE, Math.min(w / 1920, h / 1080));
        double px = Math.round(CAPTION_PX * s);
        String family = Fonts.rootStyle(i18n.language());
        root.setStyle(family + "-fx-font-size: " + Math.round(16 * s) + "px;");
        caption.setStyle("-fx-font-size: " + px + "px;");
        step.setStyle("-fx-font-size: " + px + "px;");
        question.setStyle("-fx-font-size: " + Math.round(22 * s) + "px;");
        captionBar.setStyle("-fx-padding: " + 12 * s + " " + 24 * s + ";");
        BorderPane.setMargin(step, new javafx.geometry.Insets(0, 18 * s, 0, 0));
        fitCaption();
        diagram.view().fitAt(Math.max(1, DIAGRAM_ZOOM * s)); // lanes first, so the projector size stays
        dot.setRadius(8 + 12 * s);
    }

    /**
     * Gives the caption the width it will get, so that its wrapped height is asked for at that
     * width (a parent asking for a wrapping label's height without a width gets one line's).
     */
    private void fitCaption() {
        Scene scene = root.getScene();
        if (scene == null) {
            return;
        }
        captionBar.applyCss();
        javafx.geometry.Insets pad = captionBar.getPadding();
        javafx.geometry.Insets margin = BorderPane.getMargin(step);
        double width = (root.getWidth() > 0 ? root.getWidth() : scene.getWidth()) - pad.getLeft() - pad.getRight() - step.prefWidth(-1)
                - (margin == null ? 0 : margin.getRight()); // the top spans the screen, the inspector is below it
        caption.setPrefWidth(width);
        // asked a few pixels narrower: the width laid out is snapped to pixels and may be a
        // little less, and a line that only just fits would then end in "…"
        caption.setMinHeight(caption.prefHeight(width - 4));
    }

    /** The diagram is folded: drawn at the present position, at the presentation's zoom. */
    private void folded() {
        folding.setVisible(false);
        rescale(); // a view given a session fits it to its width: the presentation's zoom again
        if (diagram.upTo() >= 0) {
            show(diagram.upTo());
        }
    }

    private void foldFailed(Throwable e) {
        folding.setText(i18n.t("present.foldFailed", String.valueOf(e.getMessage())));
    }

    /** True once the diagram is folded (off the FX thread) and drawn. */
    public boolean ready() {
        return diagram.ready();
    }

    /** Shows the session at event {@code k}: caption, diagram, spotlight. */
    private void show(long k) {
        diagram.show(k);
        long at = diagram.upTo();
        int n = steps.at(at);
        if (steps.captioned()) {
            step.setText(i18n.t("present.step", n, steps.count()));
            Note note = steps.caption(n);
            caption.setText(note == null ? i18n.t("present.before") : note.in(i18n.language().tag()));
        } else {
            step.setText(i18n.t("present.event", n, steps.count()));
            Event e = window.viewModel().events().get((int) at);
            String summary = EventSummary.of(e, i18n);
            String type = e.type().name().toLowerCase(Locale.ROOT);
            caption.setText(summary.isEmpty() ? type : type + ": " + summary);
        }
        ask(at, n);
        fitCaption();
        if (!diagram.ready()) {
            return; // the diagram and its spotlight follow when the fold comes
        }
        io.sockscope.app.diagram.layout.FoldView shown = diagram.view().shown();
        int last = Steps.rowAtOrBefore(shown, at);
        int first = n >= 1 ? Steps.rowAtOrBefore(shown, steps.start(n) - 1) + 1 : last;
        if (first > last) {
            first = last;
        }
        spotlight.light(first, last);
        if (last >= 0) {
            revealed = shown.rows().get(last).seq();
            diagram.view().reveal(revealed);
        }
    }

    /**
     * Shows the question of the present step, if the position has reached it: resting on the
     * question it asks (the outcome not drawn yet); past it, the answer is revealed.
     */
    private void ask(long at, int n) {
        Note q = steps.question(at, n);
        question.setVisible(q != null);
        question.setManaged(q != null);
        if (q != null) {
            question.show(q.inLanguage(i18n.language().tag()), at > q.seq());
        }
    }

    /** The question card (for tests). */
    QuestionCard questionCard() {
        return question;
    }

    /** The presentation's whole scene graph (for tests that lay it out at other sizes). */
    StackPane root() {
        return root;
    }

    /** The caption and its step label (for tests). */
    Label captionLabel() {
        return caption;
    }

    Label stepLabel() {
        return step;
    }

    Region blankPane() {
        return blank;
    }

    Node inspector() {
        return inspector;
    }

    PointerDot pointerDot() {
        return dot;
    }

    Spotlight spotlight() {
        return spotlight;
    }

    DiagramView view() {
        return diagram.view();
    }
}
