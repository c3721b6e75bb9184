package io.sockscope.app.live;

import io.sockscope.app.diagram.DiagramView;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.layout.SocketSnapshot;
import io.sockscope.app.diagram.paint.Viewport;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives a live window as a user would: palette clicks, right-clicks on lifeline heads, dialogs. */
final class LiveRobot {
    private final FxRobot robot;
    private final LiveWindow live;
    private final DiagramView view;

    LiveRobot(FxRobot robot, LiveWindow live) {
        this.robot = robot;
        this.live = live;
        this.view = live.window().diagram().view();
    }

    static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX call failed", e);
        }
    }

    /** Waits (deadline 15 s) until {@code cond}, evaluated on the FX thread, holds. */
    void waitUntil(String what, Callable<Boolean> cond) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(cond));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what + "; message: " + fx(() -> live.bar().said()));
        }
    }

    /**
     * Clicks the node {@code query} finds. A live inspector is rebuilt when a batch of events
     * arrives, so the node found may leave the scene before the robot reaches it (its bounds
     * then fail before any click is made): it is looked up again, at most three times.
     */
    void click(String query) {
        for (int attempt = 1; ; attempt++) {
            try {
                robot.clickOn(query);
                return;
            } catch (RuntimeException e) {
                if (attempt == 3 || !(e.getCause() instanceof NullPointerException)) {
                    throw e;
                }
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
    }

    /** The first lifeline whose owner starts with {@code owner}, once it exists. */
    String socketOwnedBy(String owner) {
        waitUntil("a lifeline owned by " + owner, () -> find(l -> l.owner().startsWith(owner)) != null);
        return fx(() -> find(l -> l.owner().startsWith(owner)));
    }

    private String find(Predicate<Lifeline> p) {
        return live.fold().lifelines().stream().filter(p).map(Lifeline::socket).findFirst().orElse(null);
    }

    SocketSnapshot state(String socket) {
        return fx(() -> live.actions().snapshot(socket));
    }

    void waitState(String socket, String state) {
        waitUntil(socket + " " + state, () -> {
            SocketSnapshot s = live.actions().snapshot(socket);
            return s != null && s.state().equals(state);
        });
    }

    /** Right-clicks the head of {@code socket}'s lifeline and picks {@code call} from its menu. */
    void call(String socket, Call call) {
        Point2D p = fx(() -> {
            view.followHead();
            Viewport v = view.viewport();
            double x = (v.cols().x(socket) - v.scrollX()) * v.zoom();
            return view.localToScreen(x, Viewport.HEAD * v.zoom() / 2);
        });
        robot.clickOn(p, MouseButton.SECONDARY);
        robot.clickOn("#call-" + call.name());
    }

    /** Fills the open call dialog's text fields and presses OK. */
    void answer(Map<String, String> fields) {
        waitUntil("a call dialog", () -> robot.lookup("#callDialog").tryQuery().isPresent());
        fields.forEach((name, value) -> {
            javafx.scene.Node field = robot.lookup("#field-" + name).query();
            if (field instanceof javafx.scene.control.ComboBox<?> choice) {
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<String> names = (javafx.scene.control.ComboBox<String>) choice;
                robot.interact(() -> names.setValue(value));
            } else {
                robot.interact(() -> ((TextField) field).setText(value));
            }
        });
        DialogPane pane = robot.lookup("#callDialog").queryAs(DialogPane.class);
        robot.clickOn(pane.lookupButton(ButtonType.OK));
        waitUntil("the dialog to close", () -> robot.lookup("#callDialog").tryQuery().isEmpty());
    }

    /**
     * A live window on {@code stage} (not shown yet), its settings read from {@code settingsJson}
     * in a fresh config folder (null: no settings file, the defaults), its sessions autosaved under {@code dataHome}/sessions; nothing
     * opens files in it.
     */
    static LiveWindow window(javafx.stage.Stage stage, String settingsJson, java.nio.file.Path dataHome) throws java.io.IOException {
        java.nio.file.Path config = java.nio.file.Files.createTempDirectory("sockscope-settings");
        if (settingsJson != null) {
            java.nio.file.Files.writeString(config.resolve("settings.json"), settingsJson);
        }
        io.sockscope.app.ui.SessionViewModel vm = new io.sockscope.app.ui.SessionViewModel(Runnable::run, (f, p) -> {
            throw new IllegalStateException("no reader in this test");
        });
        io.sockscope.app.ui.MainWindow window = new io.sockscope.app.ui.MainWindow(stage, io.sockscope.app.ui.Settings.load(config), vm);
        return LiveWindow.attach(window, new Autosave(dataHome.resolve("sessions")));
    }

    /** Clicks TCP server and waits until it listens; returns its socket id. */
    String tcpServer() {
        click("#paletteTcpServer");
        String server = socketOwnedBy("server");
        waitState(server, "listening");
        return server;
    }

    /** Clicks TCP client, accepts the one listening server the dialog offers, waits until connected. */
    String connectedTcpClient() {
        click("#paletteTcpClient");
        String client = socketOwnedBy("client");
        answer(Map.of()); // the one listening server is offered: just OK
        waitState(client, "connected");
        return client;
    }

    /** Waits for the first socket {@code server} accepted and returns its id. */
    String acceptedBy(String server) {
        waitUntil("an accepted child", () -> fold().lifelines().stream().anyMatch(l -> server.equals(l.parent())));
        return fx(() -> fold().lifelines().stream().filter(l -> server.equals(l.parent())).findFirst().orElseThrow().socket());
    }

    SessionFold fold() {
        return live.fold();
    }
}
