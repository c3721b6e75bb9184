package io.sockscope.sessions.store;

/** A store could not read back what it indexed (its file changed or vanished under it). */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
