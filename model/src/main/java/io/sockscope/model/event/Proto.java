package io.sockscope.model.event;

/** Transport of a socket; {@code SELECTOR} marks a selector's own lifeline. */
public enum Proto { TCP, UDP, UNIX, SELECTOR }
