package io.sockscope.sessions;

/** One line breaks the format; {@link #syntax} means it is not even well-formed JSON. */
final class LineException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean syntax;

    LineException(String reason, boolean syntax, Throwable cause) {
        super(reason, cause);
        this.syntax = syntax;
    }

    LineException(String reason) {
        this(reason, false, null);
    }

    boolean syntax() {
        return syntax;
    }
}
