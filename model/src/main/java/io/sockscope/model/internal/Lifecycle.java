package io.sockscope.model.internal;

import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.Shutdown;
import io.sockscope.model.event.ShutdownHow;
import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/** socket(), bind(), shutdown(), close() and abortive close, for every kind of socket. Runs under the engine lock. */
final class Lifecycle {
    private static final System.Logger LOG = System.getLogger(Lifecycle.class.getName());
    private final Core core;

    Lifecycle(Core core) {
        this.core = core;
    }

    static ProtocolFamily javaFamily(Family f) {
        switch (f) {
            case INET:
                return StandardProtocolFamily.INET;
            case INET6:
                return StandardProtocolFamily.INET6;
            case UNIX:
                return StandardProtocolFamily.UNIX;
            default:
                throw new IllegalArgumentException("a socket needs family INET, INET6 or UNIX, not " + f);
        }
    }

    /** socket(): opens the channel of a socket entered at submission. */
    Event open(Sock s) {
        String id = s.id;
        Proto proto = s.proto;
        Family family = s.family;
        try {
            NetworkChannel ch = proto == Proto.UDP ? DatagramChannel.open(javaFamily(family))
                    : SocketChannel.open(javaFamily(family));
            s.channel = ch;
            s.selectable().configureBlocking(false);
            s.fd = Fds.fd(ch);
            s.inode = Fds.inode(s.fd);
            return core.hub.emit((seq, t) -> new Open(seq, t, id, proto, family, s.fd, s.owner));
        } catch (IOException | RuntimeException e) {
            s.closed = true;
            closeQuietly(s.channel);
            return core.fail(id, "open", e);
        }
    }

    Event bind(Sock s, String address) throws IOException {
        SocketAddress addr;
        if (s.family == Family.UNIX) {
            addr = UnixDomainSocketAddress.of(address);
        } else {
            addr = Addresses.parseInet(address, s.family);
        }
        s.channel.bind(addr);
        s.local = Addresses.format(s.channel.getLocalAddress());
        if (s.family == Family.UNIX) {
            s.unixPath = address;
        }
        return core.hub.emit((seq, t) -> new Bind(seq, t, s.id, s.local));
    }

    Event shutdown(Sock s, ShutdownHow how) throws IOException {
        if (!(s.channel instanceof SocketChannel ch)) {
            return core.fail(s.id, "shutdown", ErrorKind.ILLEGAL_STATE, "shutdown needs a connected stream socket");
        }
        if (how != ShutdownHow.WRITE) {
            ch.shutdownInput();
        }
        if (how != ShutdownHow.READ) {
            ch.shutdownOutput();
        }
        return core.hub.emit((seq, t) -> new Shutdown(seq, t, s.id, how));
    }

    /** close(); with {@code abortive}, SO_LINGER 0 first so the peer gets a reset. */
    Event close(Sock s, boolean abortive) {
        String call = abortive ? "abort" : "close";
        boolean rst = false;
        if (abortive && s.channel instanceof SocketChannel ch && s.family != Family.UNIX) {
            try {
                ch.setOption(StandardSocketOptions.SO_LINGER, 0);
                rst = true;
            } catch (IOException | RuntimeException e) {
                core.fail(s.id, call, e);
            }
        }
        s.closed = true;
        try {
            s.channel.close();
        } catch (IOException e) {
            core.fail(s.id, call, e);
        }
        var w = s.waiter;
        if (w != null) {
            w.wakeup();
        }
        removeUnixFile(s);
        core.forget(s);
        boolean reset = rst;
        return core.hub.emit((seq, t) -> new Close(seq, t, s.id, reset));
    }

    static void removeUnixFile(Sock s) {
        if (s.unixPath == null) {
            return;
        }
        try {
            Files.deleteIfExists(Path.of(s.unixPath));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove socket file " + s.unixPath, e);
        }
        s.unixPath = null;
    }

    static void closeQuietly(NetworkChannel ch) {
        if (ch == null) {
            return;
        }
        try {
            ch.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "closing a channel failed", e);
        }
    }
}
