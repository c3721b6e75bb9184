package io.sockscope.app.transport;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;

/**
 * The transport's keys on a node (the diagram): Space, →, Page Down step forward; Shift+Space,
 * ←, Page Up step back; ↓ / ↑ one event; Home / End. Keys with Ctrl, Alt or Meta are left to
 * the window's accelerators.
 */
public final class TransportKeys {
    private TransportKeys() {
    }

    public static void install(Node node, Transport transport) {
        Objects.requireNonNull(transport, "transport");
        node.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            boolean done = true;
            switch (e.getCode()) {
                case SPACE -> {
                    if (e.isShiftDown()) {
                        transport.previousStep();
                    } else {
                        transport.nextStep();
                    }
                }
                case RIGHT, KP_RIGHT, PAGE_DOWN -> transport.nextStep();
                case LEFT, KP_LEFT, PAGE_UP -> transport.previousStep();
                case DOWN, KP_DOWN -> transport.nextEvent();
                case UP, KP_UP -> transport.previousEvent();
                case HOME -> transport.home();
                case END -> transport.end();
                default -> done = false;
            }
            if (done) {
                e.consume();
            }
        });
    }
}
