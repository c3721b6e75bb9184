package io.sockscope.model.trace;

import io.sockscope.model.event.Family;
import io.sockscope.model.event.Proto;
import java.util.ArrayList;
import java.util.List;

/** A kernel socket (or epoll instance) of a traced program; several descriptors, in several processes, may refer to it. */
final class TraceSocket {
    final Proto proto;
    final Family family;
    long inode;
    String local = "";
    String remote = "";
    boolean listening;
    int backlog = -1;
    /** O_NONBLOCK lives in the open file description, so it is shared by every descriptor. */
    boolean nonBlocking;
    boolean lingerZero;
    /** Opened non-blocking (SOCK_NONBLOCK) and not shown yet: its lifeline starts with that option. */
    boolean announceNonBlocking;
    /** A try to reach a system service that failed: not drawn, a note says so ({@link SocketCalls}). */
    boolean leftOut;
    /** The id of the socket's first lifeline, null until one shows: a later descriptor's lifeline is its copy. */
    String firstId;
    /** A connect whose local address (the ephemeral port) is not known yet: shown once it is. */
    Runnable pendingConnect;
    /**
     * A TCP bind to port 0 whose port the kernel chose is not known yet (/proc lists a TCP
     * socket only once it listens or connects): shown at the next call on the socket.
     */
    Runnable pendingBind;
    final List<Descriptor> holders = new ArrayList<>(2);

    TraceSocket(Proto proto, Family family) {
        this.proto = proto;
        this.family = family;
    }

    /** A Unix datagram socket (AF_UNIX, SOCK_DGRAM): its sends and receives are datagrams, like UDP's. */
    boolean unixDatagram;

    boolean datagram() {
        return proto == Proto.UDP || unixDatagram;
    }
}
