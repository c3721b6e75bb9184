package io.sockscope.app.cli;

/** The input was fine but the work failed (e.g. a scenario broke at run time): exit status 1. */
public final class CommandFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
