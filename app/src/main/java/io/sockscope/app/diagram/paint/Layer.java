package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.surface.Surface;

/** One layer of the diagram, drawn in content coordinates for the visible rows only. */
public interface Layer {
    void draw(Surface g, Viewport v);
}
