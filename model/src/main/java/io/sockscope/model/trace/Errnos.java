package io.sockscope.model.trace;

import io.sockscope.model.event.ErrorKind;

/** errno names as the session's error kinds. */
final class Errnos {
    private Errnos() {
    }

    static ErrorKind kind(String errno) {
        return switch (errno) {
            case "EAGAIN", "EWOULDBLOCK" -> ErrorKind.WOULD_BLOCK;
            case "ECONNREFUSED" -> ErrorKind.REFUSED;
            case "ECONNRESET", "EPIPE", "ECONNABORTED" -> ErrorKind.RESET;
            case "EADDRINUSE" -> ErrorKind.ADDRESS_IN_USE;
            case "ETIMEDOUT" -> ErrorKind.TIMED_OUT;
            case "ENOTCONN" -> ErrorKind.NOT_CONNECTED;
            case "EBADF" -> ErrorKind.CLOSED;
            case "ENETUNREACH", "EHOSTUNREACH", "EADDRNOTAVAIL" -> ErrorKind.UNREACHABLE;
            case "EINVAL", "EISCONN", "EALREADY", "EOPNOTSUPP" -> ErrorKind.ILLEGAL_STATE;
            default -> ErrorKind.OTHER;
        };
    }

    /** The message an error event carries: the errno name first, then strace's text. */
    static String message(Result r) {
        return r.reason().isEmpty() ? r.errno() : r.errno() + " (" + r.reason() + ")";
    }
}
