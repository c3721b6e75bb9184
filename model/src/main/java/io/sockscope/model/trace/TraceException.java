package io.sockscope.model.trace;

/** A trace could not start or run: strace missing, ptrace refused, no such command; the message is one line for the user. */
public final class TraceException extends Exception {
    public TraceException(String message) {
        super(message);
    }
}
