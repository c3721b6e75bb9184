/**
 * The drawing surface the diagram's painters draw on, with no toolkit: {@link
 * io.sockscope.app.diagram.surface.Surface} and its value types (colour, font, path, text
 * extent). The window's canvas, image and SVG export and the tests' recording are
 * implementations of it.
 */
package io.sockscope.app.diagram.surface;
