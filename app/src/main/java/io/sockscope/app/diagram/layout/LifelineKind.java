package io.sockscope.app.diagram.layout;

/** What a lifeline stands for: a socket or a selector. */
public enum LifelineKind { SOCKET, SELECTOR }
