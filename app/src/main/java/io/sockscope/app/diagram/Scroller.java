package io.sockscope.app.diagram;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.RowAxis;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;

/**
 * The diagram's own scroll bars over content measured in pixels at zoom 1: keeps their ranges
 * in step with the content and the visible area, and remembers whether the user sits at the
 * bottom (then live rows are followed).
 */
final class Scroller {
    final ScrollBar vbar = new ScrollBar();
    final ScrollBar hbar = new ScrollBar();
    private boolean follow = true;

    Scroller(Runnable changed) {
        vbar.setOrientation(Orientation.VERTICAL);
        vbar.valueProperty().addListener((o, a, b) -> {
            follow = b.doubleValue() >= vbar.getMax() - 1;
            changed.run();
        });
        hbar.valueProperty().addListener((o, a, b) -> changed.run());
        vbar.setUnitIncrement(RowAxis.STEP);
        hbar.setUnitIncrement(40);
    }

    /** Content top-left shown at the canvas's top-left (below the heads). */
    double x() {
        return hbar.getValue();
    }

    double y() {
        return vbar.getValue();
    }

    boolean following() {
        return follow;
    }

    /** New content or visible sizes (content pixels). */
    void resize(double contentW, double contentH, double visibleW, double visibleH) {
        double h = Math.max(0, contentH - visibleH);
        vbar.setMax(h);
        vbar.setVisibleAmount(Math.max(1, visibleH));
        vbar.setBlockIncrement(Math.max(RowAxis.STEP, visibleH * 0.9));
        double w = Math.max(0, contentW - visibleW);
        hbar.setMax(w);
        hbar.setVisibleAmount(Math.max(1, visibleW));
        vbar.setValue(Math.min(vbar.getValue(), h));
        hbar.setValue(Math.min(hbar.getValue(), w));
    }

    void home() {
        vbar.setValue(0);
        hbar.setValue(0);
    }

    void bottom() {
        vbar.setValue(vbar.getMax());
    }

    /** Scrolls the least needed so that content row y is in sight with some margin. */
    void revealRow(double y, double margin, double visibleH) {
        double top = vbar.getValue();
        if (y - margin / 2 < top) {
            vbar.setValue(clamp(y - margin, vbar.getMax()));
        } else if (y + margin / 2 > top + visibleH) {
            vbar.setValue(clamp(y + margin - visibleH, vbar.getMax()));
        }
    }

    /**
     * Scrolls horizontally only if column {@code target} is not wholly in sight (right of the
     * gutter, which covers the first {@code gutter} pixels), and then so that the leftmost column
     * in sight is whole: the view starts at a column's left edge.
     */
    void revealColumn(ColumnLayout cols, int target, double gutter, double visibleW) {
        if (target < 0) {
            return;
        }
        double left = cols.left(target);
        double right = left + ColumnLayout.COLUMN;
        double x = hbar.getValue();
        if (left >= x + gutter - 0.5 && right <= x + visibleW + 0.5) {
            return;
        }
        if (cols.width() <= visibleW) {
            hbar.setValue(0);
            return;
        }
        if (left < x + gutter || right - left > visibleW - gutter) {
            x = left - gutter; // scrolling left (or a column wider than the view): the target starts the view
        } else {
            x = right - visibleW; // scrolling right: then snap to the first column that starts in sight
            for (int i = 0; i <= target; i++) {
                if (cols.left(i) >= x + gutter) {
                    x = cols.left(i) - gutter;
                    break;
                }
            }
        }
        hbar.setValue(clamp(x, hbar.getMax()));
    }

    /** Scrolls so that content point (x, y) is at the top-left. */
    void scrollTo(double x, double y) {
        hbar.setValue(clamp(x, hbar.getMax()));
        vbar.setValue(clamp(y, vbar.getMax()));
    }

    /** Scrolls by a wheel's deltas (content pixels). */
    void scrollBy(double dx, double dy) {
        vbar.setValue(clamp(vbar.getValue() + dy, vbar.getMax()));
        hbar.setValue(clamp(hbar.getValue() + dx, hbar.getMax()));
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }
}
