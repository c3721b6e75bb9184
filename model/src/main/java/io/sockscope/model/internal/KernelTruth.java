package io.sockscope.model.internal;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.QueueSource;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.SendTo;
import io.sockscope.model.event.StateChange;
import io.sockscope.model.event.TcpState;
import io.sockscope.model.kernel.KernelSockets;
import io.sockscope.model.kernel.SocketFigures;
import io.sockscope.model.kernel.TcpCounters;
import io.sockscope.model.kernel.TcpProgress;
import io.sockscope.model.probe.ProcNet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exact figures at every call: right after a call that can change a queue, still under the
 * engine lock, reads the descriptor of every engine socket the call touched (the socket, its
 * local peer, the listener a connect reached, the child an accept made, the UDP socket a
 * datagram was sent to) and emits {@code queues} (source EXACT / EXACT_MEMORY) when a figure
 * changed, and {@code state} when a TCP socket's state changed. After a TCP socket is closed it
 * follows the kernel's tail of the connection (FIN_WAIT, TIME_WAIT) in {@code /proc/net/tcp}
 * until the row is gone.
 */
final class KernelTruth {
    private static final System.Logger LOG = System.getLogger(KernelTruth.class.getName());

    /** A closed TCP socket the kernel may still hold, found by its ports. */
    private record Tail(Sock sock, int localPort, int remotePort) {
    }

    private final Core core;
    private final boolean on;
    private final Map<String, TcpState> states = new HashMap<>();
    private final List<Tail> tails = new ArrayList<>();
    /** Sockets made by accept (the passive side: its SYN is not counted in bytes acknowledged). */
    private final Set<String> accepted = new java.util.HashSet<>();
    private Probing tables;

    KernelTruth(Core core) {
        this.core = core;
        this.on = KernelSockets.available();
    }

    /** The sampler's open /proc/net tables, for the tails after close. */
    void useTables(Probing probing) {
        this.tables = probing;
    }

    /** True when {@code s} can be read from its descriptor (the sampler then skips /proc). */
    boolean covers(Sock s) {
        return on && s.fd >= 0 && !(s.family == Family.UNIX && s.listening);
    }

    /** Hook, under the lock, right after a call's outcome {@code e} on {@code s} was emitted. */
    void after(Sock s, Event e) {
        if (!on || s == null || e == null || e.seq() < 0) {
            return;
        }
        switch (e.type()) {
            case ACCEPT: case CONNECT: case SEND: case RECV: case SENDTO: case RECVFROM: case SHUTDOWN:
            case CLOSE: case LISTEN: case ERROR:
                break;
            default:
                return;
        }
        boolean dataOnly = isDataCall(e);
        if (dataOnly && !s.closed && tcpData(s, e instanceof io.sockscope.model.event.Recv)) {
            return;
        }
        Set<Sock> touched = new LinkedHashSet<>();
        touched.add(s);
        if (s.peer != null) {
            touched.add(s.peer);
        }
        if (e instanceof Accept a) {
            accepted.add(a.child());
            Sock child = core.socks.get(a.child());
            if (child != null) {
                touched.add(child);
                if (child.peer != null) {
                    touched.add(child.peer);
                }
            }
        } else if (s.proto != Proto.UDP && !s.remote.isEmpty() && (e.type() == io.sockscope.model.event.EventType.CONNECT
                || e.type() == io.sockscope.model.event.EventType.ERROR)) {
            add(touched, listenerAt(s));
        } else if (e instanceof SendTo st) {
            add(touched, boundUdp(st.peer()));
        }
        if (s.closed) {
            accepted.remove(s.id);
            if (s.proto == Proto.TCP && !s.listening) {
                closed(s);
            }
        }
        Map<Sock, SocketFigures> read = new java.util.LinkedHashMap<>();
        for (Sock t : touched) {
            if (!t.closed && t.channel != null && covers(t)) {
                SocketFigures f = dataOnly && t.lastQueues != null && t.lastQueues.sndBuf() >= 0
                        ? dataFigures(t) : KernelSockets.read(t.fd, kind(t));
                if (f != null) {
                    read.put(t, f);
                }
            }
        }
        for (Map.Entry<Sock, SocketFigures> r : read.entrySet()) {
            exact(r.getKey(), r.getValue(), read);
        }
    }

    /**
     * The queues after a call that moved data: for an ESTABLISHED TCP socket from one TCP_INFO
     * read and the engine's own byte counts (see {@link TcpCounters}), else SIOCINQ/SIOCOUTQ.
     */
    private SocketFigures dataFigures(Sock t) {
        if (kind(t) == KernelSockets.Kind.TCP) {
            TcpCounters c = KernelSockets.tcpCounters(t.fd);
            if (c != null && c.state() == TcpState.ESTABLISHED) {
                return established(t, c.progress(!accepted.contains(t.id)));
            }
        }
        return KernelSockets.queues(t.fd, kind(t));
    }

    /** The queues of ESTABLISHED {@code t} from its streams' progress, which it keeps as the lower bound of later reads. */
    private static SocketFigures established(Sock t, TcpProgress p) {
        t.progress = p;
        return new SocketFigures(p.sendQ(t.sent), p.recvQ(t.read), -1, -1, -1, -1, -1, TcpState.ESTABLISHED);
    }

    /**
     * A send or recv that moved bytes on a TCP socket whose other end, if an engine socket, is
     * TCP too: reads one end's TCP_INFO (the sender's: after a recv it has usually nothing in
     * flight) and derives the other end's figures from it when they are determined exactly
     * ({@link TcpProgress#peer}), else reads that end too; emits {@code queues} for the socket,
     * then for its peer, as the general path does. False (nothing emitted) when this path does
     * not apply: the general path then reads every touched socket.
     */
    private boolean tcpData(Sock s, boolean recv) {
        Sock p = s.peer;
        if (!dataReady(s) || p != null && !p.closed && p.channel != null && !dataReady(p)) {
            return false;
        }
        if (p != null && (p.closed || p.channel == null)) {
            p = null;
        }
        Sock first = recv && p != null ? p : s;
        Sock other = first == s ? p : s;
        TcpCounters c = KernelSockets.tcpCounters(first.fd);
        if (c == null || c.state() != TcpState.ESTABLISHED) {
            return false;
        }
        TcpProgress progress = c.progress(!accepted.contains(first.id));
        SocketFigures firstFigures = established(first, progress);
        SocketFigures otherFigures = null;
        if (other != null) {
            // first is ESTABLISHED: neither end has sent a FIN or a reset, so other is ESTABLISHED too
            TcpProgress derived = states.get(other.id) == TcpState.ESTABLISHED
                    ? progress.peer(c.inFlight(), first.sent, other.progress, other.sent) : null;
            otherFigures = derived != null ? established(other, derived) : dataFigures(other);
        }
        SocketFigures sFigures = first == s ? firstFigures : otherFigures;
        if (sFigures != null) {
            exact(s, sFigures, Map.of());
        }
        SocketFigures pFigures = first == s ? otherFigures : firstFigures;
        if (p != null && pFigures != null) {
            exact(p, pFigures, Map.of());
        }
        return true;
    }

    /** An open TCP (not Unix) stream socket, not listening, read from its descriptor, whose buffer sizes are known. */
    private boolean dataReady(Sock t) {
        return !t.closed && t.channel != null && covers(t) && kind(t) == KernelSockets.Kind.TCP
                && t.lastQueues != null && t.lastQueues.sndBuf() >= 0;
    }

    /**
     * A send or recv that moved bytes changes queues, not states or buffer sizes: only the queue
     * figures are read then (two system calls a socket instead of four), buffers kept from the last read.
     */
    private static boolean isDataCall(Event e) {
        return e instanceof io.sockscope.model.event.Send
                || e instanceof io.sockscope.model.event.Recv r && r.done() > 0
                || e instanceof SendTo || e instanceof io.sockscope.model.event.RecvFrom;
    }

    private static void add(Set<Sock> set, Sock s) {
        if (s != null) {
            set.add(s);
        }
    }

    /**
     * The figures of {@code s} now, or null when it cannot be read from its descriptor or has
     * nothing to show: a TCP socket neither listening nor connecting (e.g. bound, before its
     * listen) is in no table of the kernel's ({@code /proc/net/tcp} and {@code ss} leave it out).
     */
    Queues sample(Sock s) {
        if (!covers(s) || s.closed) {
            return null;
        }
        SocketFigures f = KernelSockets.read(s.fd, kind(s));
        if (f == null || f.state() == TcpState.CLOSE && !s.listening && s.remote.isEmpty()) {
            return null;
        }
        return queues(s, f, Map.of());
    }

    /** Emits the figures {@code f} just read for {@code s} (and its state) if they changed; {@code read} has its peer's, if read too. */
    private void exact(Sock s, SocketFigures f, Map<Sock, SocketFigures> read) {
        Queues q = queues(s, f, read);
        Queues last = s.lastQueues;
        if (last == null || last.sendQ() != q.sendQ() || last.recvQ() != q.recvQ() || last.acceptQ() != q.acceptQ()
                || last.backlog() != q.backlog() || last.sndBuf() != q.sndBuf() || last.rcvBuf() != q.rcvBuf()
                || last.source() != q.source() || last.drops() != q.drops()) {
            s.lastQueues = (Queues) core.hub.emit((seq, t) -> new Queues(seq, t, s.id, q.sendQ(), q.recvQ(), q.acceptQ(),
                    q.backlog(), q.sndBuf(), q.rcvBuf(), q.source(), q.drops()));
        }
        s.callSinceSample = false;
        if (f.state() != null) {
            state(s, f.state(), true);
        }
    }

    private void state(Sock s, TcpState now, boolean open) {
        if (states.get(s.id) != now) {
            states.put(s.id, now);
            core.hub.emit((seq, t) -> new StateChange(seq, t, s.id, now, open));
        }
    }

    private Queues queues(Sock s, SocketFigures f, Map<Sock, SocketFigures> read) {
        Queues last = s.lastQueues;
        int snd = f.sndBuf() >= 0 || last == null ? f.sndBuf() : last.sndBuf();
        int rcv = f.rcvBuf() >= 0 || last == null ? f.rcvBuf() : last.rcvBuf();
        if (s.proto == Proto.UDP) {
            return new Queues(0, 0, s.id, f.sendQ(), f.recvQ(), -1, -1, snd, rcv, QueueSource.EXACT_MEMORY, f.drops());
        }
        if (s.listening) {
            return new Queues(0, 0, s.id, 0, 0, f.acceptQ(), s.backlog, snd, rcv, QueueSource.EXACT, -1);
        }
        int sendQ = f.sendQ();
        if (s.family == Family.UNIX) {
            // SIOCOUTQ of a Unix socket is memory, not bytes: the bytes it sent and the peer has
            // not read are all in the peer's receive queue, so read them there (0 if not ours)
            SocketFigures p = s.peer == null || s.peer.closed ? null : read.get(s.peer);
            if (p == null && s.peer != null && !s.peer.closed) {
                p = KernelSockets.queues(s.peer.fd, KernelSockets.Kind.UNIX);
            }
            sendQ = p == null ? 0 : p.recvQ();
        }
        return new Queues(0, 0, s.id, sendQ, f.recvQ(), -1, -1, snd, rcv, QueueSource.EXACT, -1);
    }

    private static KernelSockets.Kind kind(Sock s) {
        if (s.proto == Proto.UDP) {
            return KernelSockets.Kind.UDP;
        }
        if (s.family == Family.UNIX) {
            return s.listening ? KernelSockets.Kind.UNIX_LISTENER : KernelSockets.Kind.UNIX;
        }
        return s.listening ? KernelSockets.Kind.TCP_LISTENER : KernelSockets.Kind.TCP;
    }

    /** The engine's listener that a stream client's remote address reaches. */
    private Sock listenerAt(Sock client) {
        for (Sock o : core.socks.values()) {
            if (o.listening && !o.closed && o.proto == client.proto && reaches(o.local, client.remote, client.family)) {
                return o;
            }
        }
        return null;
    }

    /** The engine's UDP socket bound where a datagram was sent. */
    private Sock boundUdp(String to) {
        for (Sock o : core.socks.values()) {
            if (o.proto == Proto.UDP && !o.closed && reaches(o.local, to, o.family)) {
                return o;
            }
        }
        return null;
    }

    /** True when a socket bound at {@code local} receives what is sent to {@code to} (same address, or a wildcard and the same port). */
    private static boolean reaches(String local, String to, Family family) {
        if (local.isEmpty() || to == null || to.isEmpty()) {
            return false;
        }
        if (local.equals(to) || family == Family.UNIX) {
            return local.equals(to);
        }
        int a = local.lastIndexOf(':');
        int b = to.lastIndexOf(':');
        if (a < 0 || b < 0 || !local.substring(a).equals(to.substring(b))) {
            return false;
        }
        String host = local.substring(0, a);
        return host.equals("0.0.0.0") || host.equals("[::]");
    }

    /** A TCP socket was just closed: its kernel state now, and a tail to follow while the kernel holds it. */
    private void closed(Sock s) {
        int lp = port(s.local);
        int rp = port(s.remote);
        if (lp <= 0 || rp <= 0 || states.get(s.id) == null) {
            return;
        }
        Tail tail = new Tail(s, lp, rp);
        tails.add(tail);
        followTails();
    }

    /**
     * The sampler's hook (takes the lock): states of open TCP sockets that changed without a
     * call of ours (an outside peer), and the tails of closed ones. True when something changed.
     */
    boolean tick() {
        if (!on) {
            return false;
        }
        core.lock.lock();
        try {
            if (core.closed) {
                return false;
            }
            boolean changed = false;
            for (Sock s : core.socks.values()) {
                if (s.proto == Proto.TCP && !s.closed && s.channel != null && s.fd >= 0 && states.containsKey(s.id)) {
                    TcpState now = KernelSockets.tcpState(s.fd);
                    if (now != null && now != states.get(s.id)) {
                        state(s, now, true);
                        changed = true;
                    }
                }
            }
            return followTails() || changed;
        } finally {
            core.lock.unlock();
        }
    }

    /** True while tails remain (the sampler keeps looking). */
    boolean hasTails() {
        return !tails.isEmpty();
    }

    private boolean followTails() {
        if (tails.isEmpty() || tables == null) {
            return false;
        }
        boolean changed = false;
        Map<Long, ProcNet.Row> v4 = null;
        Map<Long, ProcNet.Row> v6 = null;
        try {
            for (Iterator<Tail> it = tails.iterator(); it.hasNext(); ) {
                Tail tail = it.next();
                Map<Long, ProcNet.Row> rows;
                if (tail.sock.family == Family.INET6) {
                    rows = v6 != null ? v6 : (v6 = tables.byPorts("tcp6"));
                } else {
                    rows = v4 != null ? v4 : (v4 = tables.byPorts("tcp"));
                }
                ProcNet.Row row = rows.get(ProcNet.Row.ports(tail.localPort, tail.remotePort));
                TcpState now = row == null ? TcpState.CLOSE : TcpState.of(row.state());
                if (now == null) {
                    continue;
                }
                if (states.get(tail.sock.id) != now) {
                    changed = true;
                }
                state(tail.sock, now, false);
                if (now == TcpState.CLOSE) {
                    it.remove();
                    states.remove(tail.sock.id);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "reading /proc/net/tcp for closed sockets failed; will try again", e);
        }
        return changed;
    }

    private static int port(String address) {
        int i = address.lastIndexOf(':');
        if (i < 0) {
            return -1;
        }
        try {
            return Integer.parseInt(address.substring(i + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
