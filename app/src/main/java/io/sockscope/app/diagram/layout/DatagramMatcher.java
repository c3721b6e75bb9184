package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Payload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Matches each {@code recvfrom} with the {@code sendto} that sent its datagram (by destination,
 * sender address, length and captured content) and decides when a datagram is lost: a later
 * datagram from the same sender arrived first (a receive queue is first-in first-out), the
 * receiver found its queue empty (would block) or closed, or the session ended.
 */
final class DatagramMatcher {
    private record Dgram(String sender, long seq, int row, String dest, int length, Payload payload) {
    }

    private final Map<String, String> localOf = new HashMap<>();
    private final Map<String, String> socketAt = new HashMap<>();
    private final Map<String, List<Dgram>> pending = new HashMap<>();
    private final Consumer<DataArrow> sink;
    private final java.util.function.BiConsumer<String, String> learnt;

    /** {@code learnt} hears of sender addresses found out from what receivers read. */
    DatagramMatcher(Consumer<DataArrow> sink, java.util.function.BiConsumer<String, String> learnt) {
        this.sink = sink;
        this.learnt = learnt;
    }

    /** A socket's local address became known (bind, connect, or learnt from a peer field). */
    void bound(String socket, String local) {
        String n = Addresses.norm(local);
        if (n.isEmpty()) {
            return;
        }
        localOf.put(socket, n);
        socketAt.put(key(n), socket);
    }

    void sendTo(String socket, long seq, int row, String peer, int done, Payload payload) {
        String dest = key(Addresses.norm(peer));
        pending.computeIfAbsent(dest, k -> new ArrayList<>())
                .add(new Dgram(socket, seq, row, dest, done, payload));
    }

    void recvFrom(String socket, long seq, int row, String peer, int requested, int done, Payload payload) {
        String local = localOf.get(socket);
        List<Dgram> q = local == null ? null : pending.get(key(local));
        if (q == null) {
            return;
        }
        String from = Addresses.norm(peer);
        for (int i = 0; i < q.size(); i++) {
            Dgram d = q.get(i);
            String senderLocal = localOf.get(d.sender);
            boolean addressOk = senderLocal == null || from.isEmpty() || senderLocal.equals(from);
            if (addressOk && lengthFits(d, requested, done) && contentFits(d.payload, payload)) {
                q.remove(i);
                sink.accept(new DataArrow(d.sender, d.seq, d.row, socket, seq, row, 0, d.length, true, false, d.payload, 0));
                if (senderLocal == null && !from.isEmpty()) {
                    bound(d.sender, from);
                    learnt.accept(d.sender, peer);
                }
                loseOlder(q, i, d.sender, socket, row);
                return;
            }
        }
    }

    /** Earlier datagrams from the same sender still queued were dropped: the receive queue keeps order. */
    private void loseOlder(List<Dgram> q, int before, String sender, String receiver, int row) {
        for (int j = before - 1; j >= 0; j--) {
            Dgram d = q.get(j);
            if (d.sender.equals(sender)) {
                q.remove(j);
                lost(d, receiver, row);
            }
        }
    }

    /** The receiver found nothing to read or closed: what was sent to it before is lost. */
    void drain(String socket, int row) {
        String local = localOf.get(socket);
        List<Dgram> q = local == null ? null : pending.remove(key(local));
        if (q != null) {
            q.forEach(d -> lost(d, socket, row));
        }
    }

    /** The session ended: datagrams for a socket of the session that nobody read are lost. */
    void end(int lastRow) {
        for (Iterator<Map.Entry<String, List<Dgram>>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, List<Dgram>> e = it.next();
            String receiver = socketAt.get(e.getKey());
            if (receiver != null) {
                e.getValue().forEach(d -> lost(d, receiver, lastRow));
                it.remove();
            }
        }
    }

    /** Datagrams sent to a socket of the session and not read or found lost yet (live sessions). */
    void unread(Consumer<DataArrow> out) {
        for (Map.Entry<String, List<Dgram>> e : pending.entrySet()) {
            String receiver = socketAt.get(e.getKey());
            if (receiver != null) {
                for (Dgram d : e.getValue()) {
                    out.accept(new DataArrow(d.sender, d.seq, d.row, receiver, -1, -1, 0, d.length, true, false, d.payload, 0));
                }
            }
        }
    }

    private void lost(Dgram d, String receiver, int row) {
        sink.accept(new DataArrow(d.sender, d.seq, d.row, receiver, -1, row, 0, d.length, true, true, d.payload, 0));
    }

    private static boolean lengthFits(Dgram d, int requested, int done) {
        return d.length == done || (done == requested && d.length > done);
    }

    private static boolean contentFits(Payload sent, Payload got) {
        int n = Math.min(sent.kept(), got.kept());
        return n == 0 || Arrays.equals(sent.bytes(), 0, n, got.bytes(), 0, n);
    }

    /** Datagrams are addressed by port (IP) or path (Unix), so a wildcard bind still matches. */
    private static String key(String normed) {
        String port = Addresses.port(normed);
        return port.isEmpty() ? normed : port;
    }
}
