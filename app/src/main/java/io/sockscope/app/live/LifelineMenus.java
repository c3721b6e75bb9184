package io.sockscope.app.live;

import io.sockscope.model.engine.SocketId;
import io.sockscope.app.diagram.DiagramView;
import io.sockscope.app.diagram.Selection;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/** Opens a lifeline's call menu on a right-click (or the keyboard's menu key) in the diagram. */
final class LifelineMenus {
    private final DiagramView view;
    private final LiveContext live;
    private final SocketMenu menus;
    private ContextMenu popup;

    LifelineMenus(DiagramView view, LiveContext live, SocketMenu menus) {
        this.view = view;
        this.live = live;
        this.menus = menus;
    }

    void install() {
        // the menu opens on the secondary press itself (not every platform sends a context-menu event for it)
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && popUp(view.pick(e.getX(), e.getY()), e.getScreenX(), e.getScreenY())) {
                e.consume();
            }
        });
        view.setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                Point2D p = view.localToScreen(view.getWidth() / 3, view.getHeight() / 3);
                popUp(view.selectionProperty().get(), p.getX(), p.getY());
            }
            e.consume();
        });
    }

    private boolean popUp(Selection s, double screenX, double screenY) {
        if (!live.isLive() || s == null || s.socket() == null || menus.callsFor(SocketId.of(s.socket())) == null) {
            return false;
        }
        if (popup != null) {
            popup.hide();
        }
        view.selectionProperty().set(s);
        popup = menus.create(SocketId.of(s.socket()));
        popup.show(view, screenX, screenY);
        return true;
    }
}
