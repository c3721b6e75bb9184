package io.sockscope.app.diagram.layout;

/** {@code accept()} spawning a child socket: drawn from the server's lifeline to the child's head. */
public record CreationArrow(String server, String child, int row, long seq) {
}
