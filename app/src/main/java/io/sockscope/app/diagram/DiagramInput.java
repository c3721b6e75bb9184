package io.sockscope.app.diagram;

import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.Row;
import io.sockscope.app.diagram.layout.FoldView;
import io.sockscope.app.diagram.paint.Viewport;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;

/** Mouse and keyboard for a {@link DiagramView}: click to select, wheel to scroll or zoom, arrows to move. */
final class DiagramInput {
    private DiagramInput() {
    }

    static void install(DiagramView view, Canvas canvas) {
        canvas.setOnMousePressed(e -> {
            view.requestFocus();
            if (!view.openGroupAt(e.getX(), e.getY())) { // a click on a group label opens it
                view.selectionProperty().set(view.pick(e.getX(), e.getY()));
            }
        });
        canvas.setOnScroll(e -> scroll(view, e));
        view.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (key(view, e)) {
                e.consume();
            }
        });
    }

    private static void scroll(DiagramView view, ScrollEvent e) {
        if (e.isControlDown()) { // zoom about the pointer: the point under it stays put
            double z0 = view.zoomProperty().get();
            double cx = e.getX() / z0 + view.scroller().x();
            double cy = e.getY() / z0 - Viewport.HEAD + view.scroller().y();
            view.zoomProperty().set(z0 * (e.getDeltaY() > 0 ? 1.1 : 1 / 1.1));
            double z1 = view.zoomProperty().get();
            view.layout();
            view.scroller().scrollTo(cx - e.getX() / z1, cy - (e.getY() / z1 - Viewport.HEAD));
        } else {
            double z = view.zoomProperty().get();
            view.scroller().scrollBy(-e.getDeltaX() / z, -e.getDeltaY() / z);
        }
        e.consume();
    }

    private static boolean key(DiagramView view, KeyEvent e) {
        if (e.isShortcutDown() || e.isControlDown() || e.isAltDown()) {
            return false; // the window's accelerators (Ctrl+= zoom, Ctrl+1 steps, ...) work while the diagram has focus
        }
        FoldView fold = view.shown();
        if (fold.rowCount() == 0) {
            return false;
        }
        Selection sel = view.selectionProperty().get();
        int row = sel == null ? -1 : fold.rowOfSeq(sel.seq());
        String socket = sel == null ? null : sel.socket();
        switch (e.getCode()) {
            case UP, KP_UP -> row = Math.max(0, row - 1);
            case DOWN, KP_DOWN -> row = Math.min(fold.rowCount() - 1, row + 1);
            case PAGE_UP -> row = Math.max(0, row - page(view));
            case PAGE_DOWN -> row = Math.min(fold.rowCount() - 1, row + page(view));
            case HOME -> row = 0;
            case END -> row = fold.rowCount() - 1;
            case LEFT, KP_LEFT, RIGHT, KP_RIGHT -> {
                row = Math.max(row, 0);
                socket = neighbour(fold, socket, e.getCode().name().contains("LEFT") ? -1 : 1);
            }
            case PLUS, ADD, EQUALS -> {
                view.zoomProperty().set(view.zoomProperty().get() * 1.15);
                return true;
            }
            case ESCAPE -> {
                view.selectionProperty().set(null);
                return sel != null;
            }
            case MINUS, SUBTRACT -> {
                view.zoomProperty().set(view.zoomProperty().get() / 1.15);
                return true;
            }
            default -> {
                return false;
            }
        }
        Row r = fold.rows().get(row);
        view.selectionProperty().set(HitTest.at(r, socket));
        view.reveal(r.seq());
        return true;
    }

    /** Rows in one screenful, for page up and down. */
    private static int page(DiagramView view) {
        var v = view.viewport();
        return Math.max(1, v.lastRow() - v.firstRow() - 2);
    }

    private static String neighbour(FoldView fold, String socket, int step) {
        List<Lifeline> cols = fold.columns();
        if (cols.isEmpty()) {
            return socket;
        }
        int i = -1;
        for (int k = 0; k < cols.size(); k++) {
            if (cols.get(k).socket().equals(socket)) {
                i = k;
            }
        }
        int next = i < 0 ? 0 : Math.max(0, Math.min(cols.size() - 1, i + step));
        return cols.get(next).socket();
    }
}
