package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.surface.Surface;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Draws one frame: the body layers and the sticky gutter on the body canvas, the lifeline heads
 * on their own canvas, repainted only when what they show changed (scrolling down a long session
 * mostly leaves them as they are).
 */
public final class DiagramPainter {
    private final List<Layer> layers = List.of(new GridLayer(), new BandLayer(), new LifelineLayer(),
            new ActivationLayer(), new SignalLayer(), new ArrowLayer(), new CaptionLayer(), new LabelLayer(), new MarkLayer());
    private final Layer gutter = new GutterLayer();
    private final Layer head = new HeadLayer();
    private List<Object> lastHeads;

    /** Paints everything on one canvas (image export, tests). */
    public void paint(Surface g, Viewport v) {
        paintBody(g, v);
        paintHeads(g, v);
    }

    /** Paints body and gutter on {@code body}, and the heads on {@code heads} if they changed. */
    public void paint(Surface body, Surface heads, Viewport v) {
        paintBody(body, v);
        List<Object> key = headKey(v);
        if (!key.equals(lastHeads)) {
            lastHeads = key;
            heads.setTransform(1, 0, 0, 1, 0, 0);
            heads.clearRect(0, 0, v.width(), Viewport.HEAD * v.zoom() + 1);
            paintHeads(heads, v);
        }
    }

    /** Forgets the heads painted last, so the next frame paints them (after a resize or new colours). */
    public void invalidateHeads() {
        lastHeads = null;
    }

    private void paintBody(Surface g, Viewport v) {
        double z = v.zoom();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(v.palette().background());
        g.fillRect(0, 0, v.width(), v.height());
        g.setTransform(z, 0, 0, z, 0, Viewport.HEAD * z);
        for (Layer l : layers) {
            draw(l, g, v);
        }
        draw(gutter, g, v);
        g.setTransform(1, 0, 0, 1, 0, 0);
    }

    private void paintHeads(Surface g, Viewport v) {
        double z = v.zoom();
        g.setTransform(z, 0, 0, z, 0, 0);
        draw(head, g, v);
        g.setFill(v.palette().headFill());
        g.fillRect(0, 0, ColumnLayout.GUTTER - 6, Viewport.HEAD);
        g.setTransform(1, 0, 0, 1, 0, 0);
    }

    /** Draws one layer as a group named after it (an SVG group, a section of a recording). */
    private static void draw(Layer layer, Surface g, Viewport v) {
        g.beginGroup(name(layer));
        layer.draw(g, v);
        g.endGroup();
    }

    /** A layer's name: its class name without "Layer", in lower case ({@code arrow}, {@code head}). */
    public static String name(Layer layer) {
        return layer.getClass().getSimpleName().replace("Layer", "").toLowerCase(java.util.Locale.ROOT);
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
