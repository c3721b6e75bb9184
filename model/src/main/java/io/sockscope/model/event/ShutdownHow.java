package io.sockscope.model.event;

/** Which direction a shutdown closes: SHUT_RD, SHUT_WR or SHUT_RDWR. */
public enum ShutdownHow { READ, WRITE, BOTH }
