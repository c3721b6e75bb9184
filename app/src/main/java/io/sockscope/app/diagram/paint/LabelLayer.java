package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.surface.Surface;

/** The arrow labels placed by the layers below, drawn over the step captions so none hides behind one. */
public final class LabelLayer implements Layer {
    @Override
    public void draw(Surface g, Viewport v) {
        v.labels().drawPending();
    }
}
