package io.sockscope.app.export;

/** An export cannot be made from what was asked (a format, a range, a path, a missing program): one line says why. */
public final class ExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
