package io.sockscope.model.internal;

import io.sockscope.model.source.Stamp;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.kernel.KernelSockets;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/** listen, accept, connect, send and recv on TCP and Unix stream sockets. */
final class StreamCalls {
    private final Core core;
    private final Blocking blocking;
    private final Options options;
    private final ThreadLocal<ByteBuffer> buffers = new ThreadLocal<>();

    StreamCalls(Core core, Blocking blocking, Options options) {
        this.core = core;
        this.blocking = blocking;
        this.options = options;
    }

    /**
     * java.nio splits sockets into client and server classes, so listen swaps the socket's
     * SocketChannel for a ServerSocketChannel bound to the same address (options re-applied).
     * The freed descriptor number is normally reused at once.
     */
    Event listen(Sock s, int backlog) throws IOException {
        if (s.listening) {
            return core.fail(s.id, "listen", ErrorKind.ILLEGAL_STATE, "already listening (java.nio cannot listen twice)");
        }
        if (!(s.channel instanceof SocketChannel old) || old.isConnected() || old.isConnectionPending()) {
            return core.fail(s.id, "listen", ErrorKind.ILLEGAL_STATE, "listen needs an unconnected stream socket");
        }
        if (!s.selectors.isEmpty()) {
            return core.fail(s.id, "listen", ErrorKind.ILLEGAL_STATE, "registered with a selector: listen before register");
        }
        SocketAddress at = old.getLocalAddress();
        if (at == null && s.family == Family.UNIX) {
            return core.fail(s.id, "listen", ErrorKind.ILLEGAL_STATE, "bind the Unix socket to a path first");
        }
        if (at == null) {
            at = new InetSocketAddress(InetAddress.getByName(s.family == Family.INET6 ? "::1" : "127.0.0.1"), 0);
        }
        old.close();
        if (s.unixPath != null) {
            Files.deleteIfExists(Path.of(s.unixPath));
        }
        ServerSocketChannel ss = ServerSocketChannel.open(Lifecycle.javaFamily(s.family));
        s.channel = ss;
        ss.configureBlocking(false);
        options.reapply(s);
        ss.bind(at, backlog);
        s.fd = Fds.fd(ss);
        s.inode = Fds.inode(s.fd);
        s.listening = true;
        s.backlog = backlog;
        s.local = Addresses.format(ss.getLocalAddress());
        return core.hub.emit((seq, t) -> new Listen(seq, t, s.id, backlog));
    }

    Event accept(Sock s) {
        if (!s.listening) {
            return core.fail(s.id, "accept", ErrorKind.ILLEGAL_STATE, "not listening: call listen first (EINVAL)");
        }
        return blocking.run(s, "accept", SelectionKey.OP_ACCEPT, () -> {
            SocketChannel c = ((ServerSocketChannel) s.channel).accept();
            if (c == null) {
                return s.blocking ? null : Core.failure(s.id, "accept", ErrorKind.WOULD_BLOCK,
                        "no connection waiting (EAGAIN)");
            }
            Sock child = new Sock(core.nextId(), s.owner, s.proto, s.family);
            child.channel = c;
            c.configureBlocking(false);
            child.fd = Fds.fd(c);
            child.inode = Fds.inode(child.fd);
            child.local = Addresses.format(c.getLocalAddress());
            if (child.local.isEmpty() || s.family == Family.UNIX) {
                child.local = s.local;
            }
            child.remote = s.family == Family.UNIX ? "" : Addresses.format(c.getRemoteAddress());
            options.inherit(s, child);
            pair(s, child);
            core.socks.put(child.id, child);
            return (seq, t) -> new Accept(seq, t, s.id, child.id, child.fd, child.local, child.remote);
        });
    }

    private void pair(Sock server, Sock child) {
        Sock client = null;
        if (server.family == Family.UNIX) {
            client = core.takeUnixClient(server.local);
        } else {
            for (Sock o : core.socks.values()) {
                if (!o.closed && o.local.equals(child.remote) && o.remote.equals(child.local)) {
                    client = o;
                }
            }
        }
        if (client != null) {
            child.peer = client;
            client.peer = child;
        }
    }

    Event connect(Sock s, String remote) throws IOException {
        if (!(s.channel instanceof SocketChannel ch)) {
            return core.fail(s.id, "connect", ErrorKind.ILLEGAL_STATE, "a listening socket cannot connect (EINVAL)");
        }
        SocketAddress to = s.family == Family.UNIX ? UnixDomainSocketAddress.of(remote)
                : Addresses.parseInet(remote, s.family);
        boolean[] started = {false};
        return blocking.run(s, "connect", SelectionKey.OP_CONNECT, () -> {
            boolean done;
            if (!started[0]) {
                started[0] = true;
                // non-blocking: report "in progress" as C's connect() does (EINPROGRESS); the outcome,
                // success or e.g. ECONNREFUSED, comes from finishConnect (SO_ERROR in C)
                done = ch.connect(to) || (s.blocking && ch.finishConnect());
                if (!done && !s.blocking) {
                    s.connecting = true;
                    SocketAddress local = ch.getLocalAddress(); // Java knows it only after finishConnect
                    s.local = Addresses.format(local != null ? local : KernelSockets.localAddress(s.fd));
                    s.remote = Addresses.format(to);
                    return (seq, t) -> new Connect(seq, t, s.id, s.local, s.remote, ConnectState.IN_PROGRESS);
                }
            } else {
                done = ch.finishConnect();
            }
            return done ? connected(s, ch) : null;
        });
    }

    Event finishConnect(Sock s) throws IOException {
        if (!(s.channel instanceof SocketChannel ch)) {
            return core.fail(s.id, "finishConnect", ErrorKind.ILLEGAL_STATE, "not a stream client socket");
        }
        if (!ch.finishConnect()) {
            return core.fail(s.id, "finishConnect", ErrorKind.WOULD_BLOCK, "connect still in progress (EALREADY)");
        }
        return core.hub.emit(connected(s, ch));
    }

    private Stamp connected(Sock s, SocketChannel ch) throws IOException {
        s.connecting = false;
        s.local = Addresses.format(ch.getLocalAddress());
        s.remote = Addresses.format(ch.getRemoteAddress());
        if (s.family == Family.UNIX) {
            core.pairUnix(s.remote, s);
        }
        return (seq, t) -> new Connect(seq, t, s.id, s.local, s.remote, ConnectState.CONNECTED);
    }

    Event send(Sock s, byte[] data) {
        if (!(s.channel instanceof SocketChannel ch)) {
            return core.fail(s.id, "send", ErrorKind.ILLEGAL_STATE, "send needs a connected stream socket, not a listening one");
        }
        ByteBuffer buf = ByteBuffer.wrap(data);
        int cap = core.config.payloadCap();
        return blocking.run(s, "send", SelectionKey.OP_WRITE, () -> {
            int n = ch.write(buf);
            s.sent += n;
            if (buf.hasRemaining() && s.blocking) {
                return null;
            }
            int done = buf.position();
            Payload p = Payload.capture(data, 0, done, cap);
            return (seq, t) -> new Send(seq, t, s.id, data.length, done, p);
        });
    }

    Event recv(Sock s, int max) {
        if (!(s.channel instanceof SocketChannel ch)) {
            return core.fail(s.id, "recv", ErrorKind.ILLEGAL_STATE, "recv needs a connected stream socket, not a listening one");
        }
        if (max <= 0) {
            return core.fail(s.id, "recv", ErrorKind.ILLEGAL_STATE, "recv needs a buffer of at least 1 byte");
        }
        int cap = core.config.payloadCap();
        return blocking.run(s, "recv", SelectionKey.OP_READ, () -> {
            ByteBuffer buf = buffer(max); // the trying thread's own: a call may start on its caller and end on its worker
            int n = ch.read(buf);
            if (n == 0) {
                return s.blocking ? null : Core.failure(s.id, "recv", ErrorKind.WOULD_BLOCK, "no data waiting (EAGAIN)");
            }
            if (n < 0) {
                return (seq, t) -> new Recv(seq, t, s.id, max, -1, Payload.NONE);
            }
            s.read += n;
            Payload p = Payload.capture(buf.array(), 0, n, cap);
            return (seq, t) -> new Recv(seq, t, s.id, max, n, p);
        });
    }

    private ByteBuffer buffer(int max) {
        ByteBuffer b = buffers.get();
        if (b == null || b.capacity() < max) {
            b = ByteBuffer.allocate(max);
            buffers.set(b);
        }
        b.clear();
        b.limit(max);
        return b;
    }
}
