package io.sockscope.model.event;

/** Outcome of a connect: done, or begun and still in progress (non-blocking). */
public enum ConnectState { CONNECTED, IN_PROGRESS }
