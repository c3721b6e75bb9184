package io.sockscope.app.cli;

/** The user's input (arguments, a file) cannot be used: exit status 2, one line on stderr. */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
