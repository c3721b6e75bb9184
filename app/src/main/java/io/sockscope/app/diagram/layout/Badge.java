package io.sockscope.app.diagram.layout;

/** One key of a select's readiness table, drawn on the socket's lifeline at the select's row. */
public record Badge(String socket, String selector, int row, long seq, String interest, String ready) {
}
