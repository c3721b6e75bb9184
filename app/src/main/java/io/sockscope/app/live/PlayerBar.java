package io.sockscope.app.live;

import io.sockscope.model.scenario.Scenario;
import io.sockscope.model.scenario.ScenarioCatalog;
import io.sockscope.model.scenario.ScenarioException;
import io.sockscope.model.scenario.ScenarioRunner;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Picks a scenario and runs it live. The window's transport paces it: its play/pause button,
 * its pace (seconds per step) and its next step (→, Space, Page Down) at the end of the
 * session; captions show in the caption bar as steps start.
 */
final class PlayerBar {
    private final LiveWindow live;
    private final Pace pace = new Pace(0);
    private final ComboBox<Scenario> picker = new ComboBox<>();
    private Thread running;

    PlayerBar(LiveWindow live) {
        this.live = live;
    }

    /** The player's controls, for the live bar: picker, run, pace, pause, next step. */
    List<Node> create() {
        picker.setId("scenarioPicker");
        picker.getItems().setAll(ScenarioCatalog.all());
        picker.setCellFactory(l -> cell());
        picker.setButtonCell(cell());
        // as wide as the scenario picked needs ("nonblocking-connect — Non-blocking connect"): never cut short
        picker.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button run = new Button();
        run.setId("runScenario");
        run.textProperty().bind(live.i18n().bind("live.player.run"));
        run.setGraphic(new FontIcon("mdi2p-play"));
        run.disableProperty().bind(picker.valueProperty().isNull());
        run.setOnAction(e -> run(picker.getValue()));
        picker.promptTextProperty().bind(live.i18n().bind("live.player.pick"));
        return List.of(picker, run);
    }

    private ListCell<Scenario> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Scenario s, boolean empty) {
                super.updateItem(s, empty);
                // a custom button cell hides the prompt text unless it shows it itself
                setText(empty || s == null ? picker.getPromptText() : s.id() + " — " + s.title().in(lang()));
            }
        };
    }

    private String lang() {
        return live.i18n().language().name().toLowerCase(Locale.ROOT);
    }

    Pace pace() {
        return pace;
    }

    /** Starts {@code s} in a new live session (the old one's sockets are closed first). */
    void run(Scenario s) {
        String lang = lang();
        LiveSession session = live.newSession(s.title().in(lang), s.id());
        picker.setValue(s);
        io.sockscope.app.transport.Transport transport = live.window().transport();
        transport.drive(pace);
        Thread t = new Thread(() -> {
            String end;
            try {
                new ScenarioRunner(session.engine().orElseThrow(), lang, pace, Duration.ofSeconds(30)).run(s);
                end = live.i18n().t("live.player.done", s.id());
            } catch (ScenarioException e) {
                end = session.closed() ? live.i18n().t("live.player.stopped", s.id())
                        : live.i18n().t("live.player.failed", s.id(), e.getMessage());
            }
            String message = end;
            Thread me = Thread.currentThread();
            Platform.runLater(() -> {
                live.say(message);
                if (running == me) { // a newer scenario may have started meanwhile: it still plays
                    transport.drive(null);
                }
            });
        }, "scenario " + s.id());
        t.setDaemon(true);
        running = t;
        t.start();
    }

    /** The thread of the last scenario started, or null. */
    Thread running() {
        return running;
    }
}
