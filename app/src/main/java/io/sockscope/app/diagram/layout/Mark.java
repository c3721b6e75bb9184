package io.sockscope.app.diagram.layout;

/** A mark on one lifeline at one row, e.g. an EOF or an error, with a short caption. */
public record Mark(MarkKind kind, String socket, int row, long seq, String label) {
}
