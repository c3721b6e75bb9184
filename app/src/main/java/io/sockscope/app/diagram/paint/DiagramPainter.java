package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.Lifeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.canvas.GraphicsContext;

/**
 * Draws one frame: the body layers and the sticky gutter on the body canvas, the lifeline heads
 * on their own canvas, repainted only when what they show changed (scrolling down a long session
 * mostly leaves them as they are).
 */
public final class DiagramPainter {
    private final List<Layer> body = List.of(new GridLayer(), new BandLayer(), new LifelineLayer(),
            new ActivationLayer(), new SignalLayer(), new ArrowLayer(), new CaptionLayer(), new LabelLayer(), new MarkLayer());
    private final Layer gutter = new GutterLayer();
    private final Layer head = new HeadLayer();
    private List<Object> lastHeads;

    /** Paints everything on one canvas (image export, tests). */
    public void paint(GraphicsContext gc, Viewport v) {
        paintBody(gc, v);
        paintHeads(gc, v);
    }

    /** Paints body and gutter on {@code bodyGc}, and the heads on {@code headGc} if they changed. */
    public void paint(GraphicsContext bodyGc, GraphicsContext headGc, Viewport v) {
        paintBody(bodyGc, v);
        List<Object> key = headKey(v);
        if (!key.equals(lastHeads)) {
            lastHeads = key;
            headGc.setTransform(1, 0, 0, 1, 0, 0);
            headGc.clearRect(0, 0, v.width(), Viewport.HEAD * v.zoom() + 1);
            paintHeads(headGc, v);
        }
    }

    /** Forgets the heads painted last, so the next frame paints them (after a resize or new colours). */
    public void invalidateHeads() {
        lastHeads = null;
    }

    private void paintBody(GraphicsContext gc, Viewport v) {
        double z = v.zoom();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(v.palette().background());
        gc.fillRect(0, 0, v.width(), v.height());
        gc.setTransform(z, 0, 0, z, 0, Viewport.HEAD * z);
        for (Layer l : body) {
            l.draw(gc, v);
        }
        gutter.draw(gc, v);
        gc.setTransform(1, 0, 0, 1, 0, 0);
    }

    private void paintHeads(GraphicsContext gc, Viewport v) {
        double z = v.zoom();
        gc.setTransform(z, 0, 0, z, 0, 0);
        head.draw(gc, v);
        gc.setFill(v.palette().headFill());
        gc.fillRect(0, 0, ColumnLayout.GUTTER - 6, Viewport.HEAD);
        gc.setTransform(1, 0, 0, 1, 0, 0);
    }

    /** Everything the heads show: scroll, size, colours, and per visible lifeline its head and queue sample. */
    private static List<Object> headKey(Viewport v) {
        List<Object> key = new ArrayList<>();
        key.add(v.scrollX());
        key.add(v.width());
        key.add(v.zoom());
        key.add(v.palette());
        key.add(v.font());
        key.add(v.cols());
        key.add(v.selection() == null ? "" : String.valueOf(v.selection().socket()));
        int row = v.stateRow();
        List<Lifeline> lines = v.cols().columns();
        for (int i = 0; i < lines.size(); i++) {
            double x = v.x(i);
            if (v.visibleX(x - ColumnLayout.COLUMN / 2, x + ColumnLayout.COLUMN / 2)) {
                Lifeline l = lines.get(i);
                key.add(row >= l.firstRow());
                key.add(l.closed() && row > l.lastRow());
                key.add(Objects.requireNonNullElse(v.fold().headAt(l.socket(), row), ""));
                key.add(Objects.requireNonNullElse(v.fold().queueAt(l.socket(), row), ""));
            }
        }
        return key;
    }
}
