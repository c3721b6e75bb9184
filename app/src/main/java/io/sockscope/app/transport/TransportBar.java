package io.sockscope.app.transport;

import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The transport's buttons: start, step back, play/pause, step forward, end; the pace; whether
 * later events are hidden; and where the position is ("step 3 / 9 · event 41 / 120").
 */
public final class TransportBar extends HBox {
    private final Transport transport;
    private final Words words;
    private final LongSupplier size;
    private final java.util.function.LongToIntFunction stepOf;
    private final java.util.function.IntSupplier steps;
    private final BooleanProperty hideLater = new SimpleBooleanProperty(this, "hideLater", true);
    /** True while there is nothing to play: the buttons wait for a session's first event. */
    private final BooleanProperty empty = new SimpleBooleanProperty(this, "empty", true);
    private final Label where = new Label();
    private final Button play = new Button();
    private final ComboBox<Pace> pace = new ComboBox<>();

    /**
     * @param stepOf the step (1-based) in force at an event, 0 before the first caption
     * @param steps  the number of steps
     */
    public TransportBar(Transport transport, Words words, LongSupplier size,
                        java.util.function.LongToIntFunction stepOf, java.util.function.IntSupplier steps) {
        super(4);
        this.transport = Objects.requireNonNull(transport, "transport");
        this.words = Objects.requireNonNull(words, "words");
        this.size = Objects.requireNonNull(size, "size");
        this.stepOf = Objects.requireNonNull(stepOf, "stepOf");
        this.steps = Objects.requireNonNull(steps, "steps");
        setId("transportBar");
        getStyleClass().add("transport-bar");
        setAlignment(Pos.CENTER_LEFT);
        Button home = button("transportHome", "mdi2s-skip-previous", "transport.home", transport::home);
        Button back = button("transportBack", "mdi2s-step-backward", "transport.back", transport::previousStep);
        play.setId("transportPlay");
        play.setOnAction(e -> transport.toggle());
        play.setFocusTraversable(false);
        Button forward = button("transportForward", "mdi2s-step-forward", "transport.forward", transport::nextStep);
        Button end = button("transportEnd", "mdi2s-skip-next", "transport.end", transport::end);
        pace.setId("transportPace");
        pace.getItems().setAll(Pace.choices());
        pace.setFocusTraversable(false);
        pace.setValue(transport.paceProperty().get());
        pace.valueProperty().addListener((o, a, b) -> transport.paceProperty().set(b));
        transport.paceProperty().addListener((o, a, b) -> pace.setValue(b));
        pace.setCellFactory(lv -> new PaceCell());
        pace.setButtonCell(new PaceCell());
        pace.setPrefWidth(150);
        ToggleButton hide = new ToggleButton();
        hide.setId("transportHideLater");
        hide.setGraphic(new FontIcon("mdi2e-eye-off-outline"));
        hide.selectedProperty().bindBidirectional(hideLater);
        hide.setFocusTraversable(false);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        where.setId("transportWhere");
        where.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(home, back, play, forward, end, pace, hide, gap, where);
        for (javafx.scene.Node n : List.of(home, back, play, forward, end, pace)) {
            n.disableProperty().bind(empty);
        }
        Runnable texts = () -> {
            hide.setTooltip(new Tooltip(words.t("transport.hideLater")));
            play.setTooltip(new Tooltip(words.t(transport.playingProperty().get() ? "transport.pause" : "transport.play")));
            pace.setButtonCell(new PaceCell());
            refresh();
        };
        words.language().addListener(o -> texts.run());
        transport.playingProperty().addListener((o, a, b) -> {
            play.setGraphic(new FontIcon(b ? "mdi2p-pause" : "mdi2p-play"));
            texts.run();
        });
        play.setGraphic(new FontIcon("mdi2p-play"));
        transport.positionProperty().addListener((o, a, b) -> refresh());
        texts.run();
    }

    /** Whether events after the position are hidden from the diagram (a setting; on by default). */
    public BooleanProperty hideLaterProperty() {
        return hideLater;
    }

    /** Says where the position is; call when the session changes or grows. */
    public void refresh() {
        long n = size.getAsLong();
        long k = transport.position();
        int total = steps.getAsInt();
        empty.set(n == 0);
        if (n == 0) {
            where.setText("");
        } else if (k < 0) {
            where.setText(words.t("transport.whole", n));
        } else if (total > 0) {
            where.setText(words.t("transport.stepAndEvent", stepOf.applyAsInt(k), total, k + 1, n));
        } else {
            where.setText(words.t("transport.event", k + 1, n));
        }
    }

    private Button button(String id, String icon, String tip, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.setGraphic(new FontIcon(icon));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        words.language().addListener(o -> b.setTooltip(new Tooltip(words.t(tip))));
        b.setTooltip(new Tooltip(words.t(tip)));
        return b;
    }

    private final class PaceCell extends ListCell<Pace> {
        @Override
        protected void updateItem(Pace p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? "" : p.realTime()
                    ? words.t("transport.realTime", format(p.factor()))
                    : words.t("transport.perStep", format(p.seconds())));
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
