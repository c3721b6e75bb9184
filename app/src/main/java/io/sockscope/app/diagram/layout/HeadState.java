package io.sockscope.app.diagram.layout;

/** What a lifeline head shows from some row on: addresses and state name. */
public record HeadState(int row, String local, String remote, String state) {
}
