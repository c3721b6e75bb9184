package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Payload;
import java.util.HashMap;
import java.util.Map;

/**
 * Peers outside the session (a {@code nc}, another program): when a connected socket of the
 * session reads bytes that no socket of the session sent, its peer gets a lifeline of its own,
 * named by address in the group "external", and the data arrows start or end there.
 */
final class ExternalPeers {
    /** Owner group of external lifelines. */
    static final String OWNER = "external";

    private final SessionFold f;
    private final Map<String, String> externalOf = new HashMap<>();
    private final Map<String, long[]> totals = new HashMap<>();

    ExternalPeers(SessionFold f) {
        this.f = f;
    }

    void recv(String socket, long seq, int row, int done) {
        long[] t = totals.computeIfAbsent(socket, k -> new long[2]);
        long from = t[1];
        t[1] += done;
        if (f.peerOf(socket) != null) {
            return;
        }
        String ext = externalOf.computeIfAbsent(socket, s -> create(s, row));
        if (ext != null) {
            f.addArrow(new DataArrow(ext, seq, row, socket, seq, row, from, from + done, false, false, Payload.NONE, 0));
        }
    }

    void send(String socket, long seq, int row, int done, Payload payload) {
        long[] t = totals.computeIfAbsent(socket, k -> new long[2]);
        long from = t[0];
        t[0] += done;
        String ext = externalOf.get(socket);
        if (ext != null && f.peerOf(socket) == null) {
            f.addArrow(new DataArrow(socket, seq, row, ext, seq, row, from, from + done, false, false, payload, 0));
        }
    }

    /** {@code socket} closed long ago: it moves no bytes any more. */
    void forget(String socket) {
        totals.remove(socket);
        externalOf.remove(socket);
    }

    /** Number of sockets whose bytes it counts (tests). */
    int held() {
        return totals.size() + externalOf.size();
    }

    private String create(String socket, int row) {
        Lifeline own = f.lifeline(socket);
        SocketHistory h = f.histories.get(socket);
        if (own == null || h == null || h.head().remote().isEmpty()) {
            return null; // not connected to anything we can name
        }
        String address = h.head().remote();
        String id = "ext " + address;
        f.streams.outside(socket);
        if (!f.lifelines.containsKey(id)) {
            f.addLifeline(new Lifeline(id, OWNER, own.proto(), own.family(), -1, row, null),
                    new SocketHistory(row, address, h.head().local(), "connected"));
        }
        return id;
    }
}
