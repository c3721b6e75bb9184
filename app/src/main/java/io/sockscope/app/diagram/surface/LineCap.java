package io.sockscope.app.diagram.surface;

/** How the ends of a stroked line look. */
public enum LineCap {
    BUTT, ROUND, SQUARE
}
