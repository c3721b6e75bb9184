package io.sockscope.app.diagram.layout.text;

/** The canvas's three text styles: body text, small labels, bold (heads, step captions). */
public enum TextStyle {
    NORMAL, SMALL, BOLD
}
