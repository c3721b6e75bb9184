package io.sockscope.app.diagram.paint;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;

/** Draws one frame: body layers in content coordinates, then the sticky gutter and heads over them. */
public final class DiagramPainter {
    private final List<Layer> body = List.of(new GridLayer(), new BandLayer(), new LifelineLayer(),
            new ActivationLayer(), new ArrowLayer(), new MarkLayer());
    private final Layer gutter = new GutterLayer();
    private final Layer head = new HeadLayer();

    public void paint(GraphicsContext gc, Viewport v) {
        double z = v.zoom();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(v.palette().background());
        gc.fillRect(0, 0, v.width(), v.height());
        gc.setTransform(z, 0, 0, z, 0, Viewport.HEAD * z);
        for (Layer l : body) {
            l.draw(gc, v);
        }
        gc.setTransform(z, 0, 0, z, 0, Viewport.HEAD * z);
        gutter.draw(gc, v);
        gc.setTransform(z, 0, 0, z, 0, 0);
        head.draw(gc, v);
        gc.setTransform(z, 0, 0, z, 0, 0);
        gc.setFill(v.palette().headFill());
        gc.fillRect(0, 0, io.sockscope.app.diagram.layout.ColumnLayout.GUTTER - 6, Viewport.HEAD);
        gc.setTransform(1, 0, 0, 1, 0, 0);
    }
}
