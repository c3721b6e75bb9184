package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Payload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Pairs the two ends of each stream connection (a connecting client with the child its server
 * accepted) and numbers each direction's bytes, so every recv learns which sends its bytes
 * came from: one send read by two recvs yields two arrows, two sends read by one recv too.
 * Holds only the sends not yet read in full (and recvs not yet explained), not the session.
 *
 * <p>An end is a kernel socket: a descriptor copied by fork or dup (an open's {@code copyOf})
 * shares its byte counts, so bytes sent on one lifeline and read on a copy in another process
 * still pair; each arrow starts and ends on the lifeline whose call moved the bytes.
 */
final class StreamMatcher {
    /** Bytes {@code start..end} of one direction, moved by one call on lifeline {@code socket}. */
    private record Seg(String socket, long seq, int row, long start, long end, Payload payload) {
    }

    private static final class End {
        /** The kernel socket's first lifeline. */
        final String socket;
        /** The lifeline that read from this socket last: bytes nobody read yet wait there. */
        String reader;
        String local = "";
        String remote = "";
        End peer;
        boolean waiting;
        /** Its peer is outside the session (see {@link #outside}): its sends are counted, not kept. */
        boolean outside;
        long sent;
        long received;
        final ArrayList<Seg> segs = new ArrayList<>();
        int cursor;
        final ArrayList<Seg> unread = new ArrayList<>(1);

        End(String socket) {
            this.socket = socket;
            this.reader = socket;
        }
    }

    private final Map<String, End> ends = new HashMap<>();
    /** Ends that kept sends since {@link #unread} last found them with none (a live batch asks it of a few, not of every end). */
    private final java.util.Set<End> holding = new java.util.HashSet<>();
    private final List<End> connects = new ArrayList<>();
    private final List<End> accepts = new ArrayList<>();
    private final Consumer<DataArrow> sink;
    private final java.util.function.UnaryOperator<String> origin;

    /** {@code origin}: the first lifeline of a lifeline's kernel socket (itself unless it is a copy). */
    StreamMatcher(Consumer<DataArrow> sink, java.util.function.UnaryOperator<String> origin) {
        this.sink = sink;
        this.origin = origin;
    }

    void connect(String socket, String local, String remote) {
        End e = end(socket);
        e.local = local.isEmpty() ? e.local : Addresses.norm(local);
        e.remote = Addresses.norm(remote);
        if (e.peer == null && !e.waiting) {
            pairOrWait(e, accepts, connects, true);
        }
    }

    void accept(String child, String local, String remote) {
        End e = end(child);
        e.local = Addresses.norm(local);
        e.remote = Addresses.norm(remote);
        pairOrWait(e, connects, accepts, false);
    }

    private void pairOrWait(End e, List<End> others, List<End> mine, boolean isConnect) {
        End found = null;
        for (End o : others) { // exact: my local is its remote and the other way round
            if (!e.local.isEmpty() && e.local.equals(o.remote) && e.remote.equals(o.local)) {
                found = o;
                break;
            }
        }
        if (found == null && isConnect && !e.local.isEmpty()) { // two ends that name each other (socketpair)
            for (End o : mine) {
                if (e.local.equals(o.remote) && e.remote.equals(o.local)) {
                    found = o;
                    others = mine;
                    break;
                }
            }
        }
        if (found == null) { // Unix sockets and unknown ports: first in order to the same address
            for (End o : others) {
                End c = isConnect ? e : o;
                End a = isConnect ? o : e;
                boolean sameServer = c.remote.equals(a.local)
                        || (!Addresses.port(c.remote).isEmpty() && Addresses.port(c.remote).equals(Addresses.port(a.local)));
                if (sameServer && (a.remote.isEmpty() || c.local.isEmpty())) {
                    found = o;
                    break;
                }
            }
        }
        if (found == null) {
            e.waiting = true;
            mine.add(e);
            return;
        }
        others.remove(found);
        found.waiting = false;
        e.peer = found;
        found.peer = e;
        drain(e, found);
        drain(found, e);
    }

    void send(String socket, long seq, int row, int done, Payload payload) {
        End e = end(socket);
        if (e.outside && e.peer == null) { // no socket of the session will read them
            e.sent += done;
            return;
        }
        e.segs.add(new Seg(socket, seq, row, e.sent, e.sent + done, payload));
        holding.add(e);
        e.sent += done;
        if (e.peer != null) {
            drain(e, e.peer);
        }
    }

    void recv(String socket, long seq, int row, int done) {
        End b = end(socket);
        b.reader = socket;
        b.unread.add(new Seg(socket, seq, row, b.received, b.received + done, null));
        b.received += done;
        if (b.peer != null) {
            drain(b.peer, b);
        }
    }

    /** Matches b's recv ranges not yet explained against a's sends. */
    private void drain(End a, End b) {
        while (!b.unread.isEmpty()) {
            Seg r = b.unread.get(0);
            long covered = r.start;
            int i = a.cursor;
            while (i < a.segs.size()) {
                Seg s = a.segs.get(i);
                if (s.end <= covered) {
                    a.cursor = ++i;
                    continue;
                }
                if (s.start >= r.end) {
                    break;
                }
                long to = Math.min(s.end, r.end);
                long from = Math.max(s.start, covered);
                sink.accept(new DataArrow(s.socket, s.seq, s.row, r.socket, r.seq, r.row,
                        from, to, false, false, s.payload, (int) (from - s.start)));
                covered = to;
                if (s.end <= r.end) {
                    a.cursor = ++i;
                } else {
                    break;
                }
            }
            if (covered < r.end) { // the rest was not sent yet (events out of order): wait
                b.unread.set(0, new Seg(r.socket, r.seq, r.row, covered, r.end, null));
                trim(a);
                return;
            }
            b.unread.remove(0);
        }
        trim(a);
    }

    /** Forgets sends read in full: only bytes still unread are kept, however long the session. */
    private static void trim(End a) {
        if (a.cursor >= 64 && a.cursor * 2 >= a.segs.size()) {
            a.segs.subList(0, a.cursor).clear();
            a.cursor = 0;
        }
    }

    /**
     * Bytes sent to a peer of the session that it has not read (yet): one arrow per send, with
     * {@code toSeq} and {@code toRow} -1. They sit in the peer's receive queue, or were never read.
     * In no set order: each send is one end's, and the fold sorts them by their send's row.
     */
    void unread(java.util.function.Consumer<DataArrow> out) {
        for (java.util.Iterator<End> i = holding.iterator(); i.hasNext(); ) {
            End a = i.next();
            if (a.cursor >= a.segs.size()) {
                i.remove(); // read in full or let go; a later send holds it again
            } else if (a.peer != null) {
                unreadOf(a, a.peer, out);
            }
        }
    }

    /** One arrow per send of {@code a} that {@code b} has not read (all or part of it). */
    private static void unreadOf(End a, End b, Consumer<DataArrow> out) {
        for (int i = a.cursor; i < a.segs.size(); i++) {
            Seg s = a.segs.get(i);
            long from = Math.max(s.start, b.received);
            if (s.end > from) {
                out.accept(new DataArrow(s.socket, s.seq, s.row, b.reader, -1, -1, from, s.end, false, false,
                        s.payload, (int) (from - s.start)));
            }
        }
    }

    /**
     * {@code socket} talks to a peer outside the session (a program the session does not see):
     * the sends it makes while unpaired are let go, as no recv of the session will read them
     * (a serve session's accepted sockets would otherwise keep every byte they echo).
     */
    void outside(String socket) {
        End e = end(socket);
        if (e.peer == null) {
            e.outside = true;
            e.segs.clear();
            e.cursor = 0;
        }
    }

    /**
     * {@code socket}'s kernel socket closed (its last descriptor): what its peer sent it and it
     * never read stays unread for good (drawn from the send down to the close, at the lifeline
     * that read it last). Those arrows go to {@code out}, once, and the matcher lets their sends go.
     */
    void closed(String socket, Consumer<DataArrow> out) {
        End b = ends.get(origin.apply(socket));
        if (b == null || b.peer == null) {
            return;
        }
        End a = b.peer;
        unreadOf(a, b, out);
        a.segs.clear();
        a.cursor = 0;
    }

    /**
     * Lets go of the end of {@code socket}'s kernel socket, and of its peer's, once both are
     * {@code gone} (a kernel socket named by its first lifeline: each of its lifelines closed
     * before the rows a live fold holds). Neither sends, reads or pairs again: a connect made
     * later pairs with another end. Bytes one sent and the other never read are drawn down to
     * the reader's close, in rows the fold no longer holds. An end whose peer is still there
     * stays until the peer goes too. {@code out} hears the first lifeline of each end let go of.
     */
    void release(String socket, java.util.function.Predicate<String> gone, Consumer<String> out) {
        End e = ends.get(origin.apply(socket));
        if (e == null || !gone.test(e.socket) || (e.peer != null && !gone.test(e.peer.socket))) {
            return;
        }
        forget(e, out);
        if (e.peer != null) {
            forget(e.peer, out);
        }
    }

    private void forget(End e, Consumer<String> out) {
        ends.remove(e.socket);
        holding.remove(e);
        if (e.waiting) {
            connects.remove(e);
            accepts.remove(e);
        }
        out.accept(e.socket);
    }

    /** Number of ends held, and of the segments (sends not read, reads not explained) they keep (tests). */
    long[] held() {
        long segs = 0;
        for (End e : ends.values()) {
            segs += e.segs.size() + e.unread.size();
        }
        return new long[] {ends.size(), segs, connects.size() + accepts.size()};
    }

    /** The first lifeline of the kernel socket connected to {@code socket}'s, or null. */
    String peerOf(String socket) {
        End e = ends.get(origin.apply(socket));
        return e == null || e.peer == null ? null : e.peer.socket;
    }

    private End end(String socket) {
        return ends.computeIfAbsent(origin.apply(socket), End::new);
    }
}
