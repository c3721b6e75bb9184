/**
 * The diagram's painters, one class per layer, each drawing only the visible rows and columns
 * of a {@link io.sockscope.app.diagram.paint.Viewport} in small view coordinates onto a
 * {@link io.sockscope.app.diagram.surface.Surface}, with no toolkit; {@code paint.fx} holds the
 * JavaFX canvas surface and the legend, which draws the same shapes.
 */
package io.sockscope.app.diagram.paint;
