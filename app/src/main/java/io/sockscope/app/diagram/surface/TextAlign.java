package io.sockscope.app.diagram.surface;

/** Where a text's x is: its left end, its centre or its right end. */
public enum TextAlign {
    LEFT, CENTER, RIGHT
}
