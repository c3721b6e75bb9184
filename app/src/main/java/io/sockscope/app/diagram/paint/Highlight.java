package io.sockscope.app.diagram.paint;

/**
 * What the painters emphasise: the user's selection as the diagram shows it, a socket's lifeline
 * at an event's row or an event mark itself.
 *
 * @param socket  the socket (or selector) id, or null for a session note
 * @param seq     the event at the row
 * @param onEvent true when an event mark is picked, false for a bare lifeline
 */
public record Highlight(String socket, long seq, boolean onEvent) {
}
