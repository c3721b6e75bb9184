package io.sockscope.app.diagram.paint;

import javafx.scene.canvas.GraphicsContext;

/** One layer of the diagram, drawn in content coordinates for the visible rows only. */
public interface Layer {
    void draw(GraphicsContext gc, Viewport v);
}
