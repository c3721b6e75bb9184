package io.sockscope.model.internal;

import io.sockscope.model.event.Family;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.Queues;
import java.net.SocketOption;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.Selector;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the engine knows about one socket. Fields are read and written under the engine lock,
 * except the volatile ones, which other threads may glance at.
 */
final class Sock {
    final String id;
    final String owner;
    final Proto proto;
    final Family family;
    /** SocketChannel, ServerSocketChannel (after listen) or DatagramChannel; always non-blocking in the kernel. */
    volatile NetworkChannel channel;
    int fd = -1;
    long inode;
    /** The mode the program asked for; the kernel descriptor itself stays non-blocking. */
    volatile boolean blocking = true;
    /** The mode after every command submitted so far; picks the thread a call runs on. */
    volatile boolean plannedBlocking = true;
    /** SO_RCVTIMEO in ms, 0 waits for ever. */
    volatile long timeoutMs;
    volatile boolean closed;
    /** The private selector of a worker waiting on this socket, woken by close. */
    volatile Selector waiter;
    volatile boolean listening;
    int backlog = -1;
    boolean connecting;
    String local = "";
    String remote = "";
    /** Unix socket file this socket bound; removed on close. */
    String unixPath;
    /** Options set so far, re-applied when listen swaps in a server channel. */
    final Map<SocketOption<?>, Object> options = new LinkedHashMap<>();
    /** Bytes this socket sent and read (for estimated queues). */
    long sent;
    long read;
    /**
     * Data bytes of this TCP socket's two streams as last read or derived (acknowledged,
     * received): lower bounds from then on, since the kernel's counters never go back.
     */
    io.sockscope.model.kernel.TcpProgress progress = io.sockscope.model.kernel.TcpProgress.NONE;
    /** The other end, when it is also an engine socket (for estimated queues). */
    Sock peer;
    /** Last queue sample emitted. */
    Queues lastQueues;
    /** Set by any call; the probe samples busy sockets. */
    volatile boolean touched = true;
    /** A call (other than probe) ran since the last queue sample was emitted, so that sample may be stale. */
    volatile boolean callSinceSample;
    /** User selectors this socket is registered with (by selector id). */
    final Map<String, Sel> selectors = new LinkedHashMap<>();

    Sock(String id, String owner, Proto proto, Family family) {
        this.id = id;
        this.owner = owner;
        this.proto = proto;
        this.family = family;
    }

    SelectableChannel selectable() {
        return (SelectableChannel) channel;
    }
}
