/**
 * Canvas painters, one class per layer, each drawing only the visible rows and columns of a
 * {@link io.sockscope.app.diagram.paint.Viewport} in small view coordinates; the
 * {@link io.sockscope.app.diagram.paint.Legend} draws the same shapes.
 */
package io.sockscope.app.diagram.paint;
