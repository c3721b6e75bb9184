package io.sockscope.app.diagram.surface;

/** What a text's y is: the top of its line, its vertical centre, its baseline, or the bottom of its line. */
public enum TextBaseline {
    TOP, CENTER, BASELINE, BOTTOM
}
