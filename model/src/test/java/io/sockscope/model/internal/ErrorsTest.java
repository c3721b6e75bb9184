package io.sockscope.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sockscope.model.event.ErrorKind;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.NotYetConnectedException;
import org.junit.jupiter.api.Test;

class ErrorsTest {

    @Test
    void mapsExceptionsToErrnoKinds() {
        assertEquals(ErrorKind.REFUSED, Errors.kind(new ConnectException("Connection refused")));
        assertEquals(ErrorKind.REFUSED, Errors.kind(new PortUnreachableException()));
        assertEquals(ErrorKind.RESET, Errors.kind(new SocketException("Connection reset")));
        assertEquals(ErrorKind.RESET, Errors.kind(new IOException("Broken pipe")));
        assertEquals(ErrorKind.ADDRESS_IN_USE, Errors.kind(new BindException("Address already in use")));
        assertEquals(ErrorKind.UNREACHABLE, Errors.kind(new BindException("Cannot assign requested address")));
        assertEquals(ErrorKind.UNREACHABLE, Errors.kind(new NoRouteToHostException("No route to host")));
        assertEquals(ErrorKind.UNREACHABLE, Errors.kind(new SocketException("Network is unreachable")));
        assertEquals(ErrorKind.CLOSED, Errors.kind(new ClosedChannelException()));
        assertEquals(ErrorKind.NOT_CONNECTED, Errors.kind(new NotYetConnectedException()));
        assertEquals(ErrorKind.ILLEGAL_STATE, Errors.kind(new IllegalBlockingModeException()));
        assertEquals(ErrorKind.ILLEGAL_STATE, Errors.kind(new AlreadyBoundException()));
        assertEquals(ErrorKind.OTHER, Errors.kind(new IOException("Too many open files")));
    }

    @Test
    void messageIsTheOsWordsOrTheExceptionName() {
        assertEquals("Connection refused", Errors.message(new ConnectException("Connection refused")));
        assertEquals("ClosedChannelException", Errors.message(new ClosedChannelException()));
    }
}
