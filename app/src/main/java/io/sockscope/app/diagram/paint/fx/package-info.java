/**
 * The JavaFX side of the painters: the drawing surface on a canvas's {@code GraphicsContext},
 * colour conversion, and the legend (a key to the diagram's shapes, drawn on small canvases).
 */
package io.sockscope.app.diagram.paint.fx;
