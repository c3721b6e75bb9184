package io.sockscope.app.present;

import javafx.animation.PauseTransition;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * The mouse as a projector sees it: a large dot while the mouse moves, gone a moment after it
 * stops (the arrow cursor is hidden meanwhile).
 */
final class PointerDot extends Pane {
    private final Circle dot = new Circle(14, Color.rgb(230, 40, 40, 0.75));
    private final PauseTransition fade = new PauseTransition(Duration.seconds(1.5));

    PointerDot() {
        setMouseTransparent(true);
        setPickOnBounds(false);
        dot.setId("pointerDot");
        dot.setStroke(Color.WHITE);
        dot.setStrokeWidth(2);
        dot.setVisible(false);
        getChildren().add(dot);
        fade.setOnFinished(e -> dot.setVisible(false));
    }

    /** Follows the mouse over {@code area} and hides its cursor. */
    void track(javafx.scene.Node area) {
        area.setCursor(Cursor.NONE);
        area.addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::moved);
    }

    void setRadius(double r) {
        dot.setRadius(r);
    }

    boolean showing() {
        return dot.isVisible();
    }

    private void moved(MouseEvent e) {
        javafx.geometry.Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY());
        dot.setCenterX(p.getX());
        dot.setCenterY(p.getY());
        dot.setVisible(true);
        fade.playFromStart();
    }
}
