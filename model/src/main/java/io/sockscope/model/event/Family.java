package io.sockscope.model.event;

/** Address family: AF_INET, AF_INET6, AF_UNIX, or none (selectors). */
public enum Family { INET, INET6, UNIX, NONE }
