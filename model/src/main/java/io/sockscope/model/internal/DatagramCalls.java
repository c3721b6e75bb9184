package io.sockscope.model.internal;

import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.SendTo;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;

/** sendto, recvfrom and connect on UDP sockets. Each datagram keeps its boundaries and its peer. */
final class DatagramCalls {
    private final Core core;
    private final Blocking blocking;

    DatagramCalls(Core core, Blocking blocking) {
        this.core = core;
        this.blocking = blocking;
    }

    /** connect() on a datagram socket: fixes the peer, sends nothing. */
    Event connect(Sock s, String remote) throws IOException {
        DatagramChannel ch = (DatagramChannel) s.channel;
        InetSocketAddress to = Addresses.parseInet(remote, s.family);
        core.lock.lock();
        try {
            ch.connect(to);
            s.local = Addresses.format(ch.getLocalAddress());
            s.remote = Addresses.format(ch.getRemoteAddress());
            return core.hub.emit((seq, t) -> new Connect(seq, t, s.id, s.local, s.remote, ConnectState.CONNECTED));
        } finally {
            core.lock.unlock();
        }
    }

    /** sendto(); {@code peer} null sends to the connected peer. */
    Event sendTo(Sock s, String peer, byte[] data) throws IOException {
        if (!(s.channel instanceof DatagramChannel ch)) {
            return core.fail(s.id, "sendto", ErrorKind.ILLEGAL_STATE, "sendto needs a UDP socket");
        }
        SocketAddress to = peer == null ? null : Addresses.parseInet(peer, s.family);
        if (to == null && !ch.isConnected()) {
            return core.fail(s.id, "send", ErrorKind.NOT_CONNECTED, "no peer: connect the UDP socket or use sendto");
        }
        ByteBuffer buf = ByteBuffer.wrap(data);
        int cap = core.config.payloadCap();
        String call = peer == null ? "send" : "sendto";
        return blocking.run(s, call, SelectionKey.OP_WRITE, () -> {
            int n = to == null ? ch.write(buf) : ch.send(buf, to);
            if (n == 0 && data.length > 0 && s.blocking) {
                return null;
            }
            s.sent += n;
            s.local = Addresses.format(ch.getLocalAddress());
            String shown = to == null ? s.remote : Addresses.format(to);
            Payload p = Payload.capture(data, 0, n, cap);
            return (seq, t) -> new SendTo(seq, t, s.id, shown, data.length, n, p);
        });
    }

    Event recvFrom(Sock s, int max) {
        if (!(s.channel instanceof DatagramChannel ch)) {
            return core.fail(s.id, "recvfrom", ErrorKind.ILLEGAL_STATE, "recvfrom needs a UDP socket");
        }
        if (max <= 0) {
            return core.fail(s.id, "recvfrom", ErrorKind.ILLEGAL_STATE, "recvfrom needs a buffer of at least 1 byte");
        }
        ByteBuffer buf = ByteBuffer.allocate(max);
        int cap = core.config.payloadCap();
        return blocking.run(s, "recvfrom", SelectionKey.OP_READ, () -> {
            buf.clear();
            SocketAddress from = ch.receive(buf);
            if (from == null) {
                return s.blocking ? null : Core.failure(s.id, "recvfrom", ErrorKind.WOULD_BLOCK,
                        "no datagram waiting (EAGAIN)");
            }
            int n = buf.position();
            s.read += n;
            Payload p = Payload.capture(buf.array(), 0, n, cap);
            String peer = Addresses.format(from);
            return (seq, t) -> new RecvFrom(seq, t, s.id, peer, max, n, p);
        });
    }
}
