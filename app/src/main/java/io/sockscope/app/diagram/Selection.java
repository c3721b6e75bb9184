package io.sockscope.app.diagram;

/**
 * What the user picked in the diagram: a socket's lifeline at an event's row, or an event
 * mark itself (an arrow, a select, an error...).
 *
 * @param socket  the socket (or selector) id, or null for a session note
 * @param seq     the event at the picked row
 * @param onEvent true when an event mark was picked, false for a bare lifeline
 */
public record Selection(String socket, long seq, boolean onEvent) {
}
