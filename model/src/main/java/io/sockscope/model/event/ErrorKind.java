package io.sockscope.model.event;

/** Why a call failed, in the words a learner meets in errno names. */
public enum ErrorKind {
    /** ECONNREFUSED: nobody listens on that port. */
    REFUSED,
    /** ECONNRESET / EPIPE after a reset: the peer aborted the connection. */
    RESET,
    /** EADDRINUSE: the local address is taken. */
    ADDRESS_IN_USE,
    /** A timeout ended a call that was waiting. */
    TIMED_OUT,
    /** ENOTCONN: the call needs a connected socket. */
    NOT_CONNECTED,
    /** EBADF: the socket was closed (also: a blocked call cut short by close). */
    CLOSED,
    /** ENETUNREACH / EHOSTUNREACH / EADDRNOTAVAIL. */
    UNREACHABLE,
    /** EAGAIN: a non-blocking call had nothing to do (accept with no connection, recvfrom with no datagram). */
    WOULD_BLOCK,
    /** The call is not legal in this socket's state or mode (e.g. register a blocking channel). */
    ILLEGAL_STATE,
    /** Anything else; the message says what the OS said. */
    OTHER
}
