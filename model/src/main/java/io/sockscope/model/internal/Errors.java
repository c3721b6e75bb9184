package io.sockscope.model.internal;

import io.sockscope.model.event.ErrorKind;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.NoConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnsupportedAddressTypeException;

/** Maps a Java exception to the error kind a learner knows from errno, keeping the OS's words. */
final class Errors {
    private Errors() {
    }

    static ErrorKind kind(Throwable e) {
        String m = String.valueOf(e.getMessage());
        if (e instanceof ConnectException && m.contains("refused") || e instanceof PortUnreachableException) {
            return ErrorKind.REFUSED;
        }
        if (m.contains("Connection reset") || m.contains("Broken pipe")) {
            return ErrorKind.RESET;
        }
        if (e instanceof BindException && m.contains("already in use")) {
            return ErrorKind.ADDRESS_IN_USE;
        }
        if (e instanceof ClosedChannelException || e instanceof ClosedSelectorException) {
            return ErrorKind.CLOSED;
        }
        if (e instanceof NotYetConnectedException) {
            return ErrorKind.NOT_CONNECTED;
        }
        if (e instanceof NoRouteToHostException || m.contains("unreachable")
                || m.contains("Cannot assign requested address")) {
            return ErrorKind.UNREACHABLE;
        }
        if (e instanceof SocketTimeoutException) {
            return ErrorKind.TIMED_OUT;
        }
        if (e instanceof IllegalBlockingModeException || e instanceof AlreadyBoundException
                || e instanceof AlreadyConnectedException || e instanceof ConnectionPendingException
                || e instanceof NoConnectionPendingException || e instanceof NotYetBoundException
                || e instanceof UnsupportedAddressTypeException || e instanceof IllegalStateException) {
            return ErrorKind.ILLEGAL_STATE;
        }
        return ErrorKind.OTHER;
    }

    /** The exception's message (the OS's words), or its simple class name when it has none. */
    static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
