package io.sockscope.app.diagram.paint;

import javafx.scene.canvas.GraphicsContext;

/** The arrow labels placed by the layers below, drawn over the step captions so none hides behind one. */
public final class LabelLayer implements Layer {
    @Override
    public void draw(GraphicsContext gc, Viewport v) {
        v.labels().drawPending();
    }
}
