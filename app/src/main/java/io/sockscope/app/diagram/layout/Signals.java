package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.ShutdownHow;
import java.util.HashMap;
import java.util.Map;

/** Works out {@link SignalArrow}s: connects to listeners, FINs to the EOFs they cause, RSTs to the resets. */
final class Signals {
    private record Sent(String socket, long seq, int row) {
    }

    private final SessionFold f;
    private final Map<String, String> listeners = new HashMap<>();
    private final Map<String, Sent> fins = new HashMap<>();
    private final Map<String, Sent> rsts = new HashMap<>();
    private final java.util.Set<String> finished = new java.util.HashSet<>();

    Signals(SessionFold f) {
        this.f = f;
    }

    void listen(String socket) {
        String local = f.histories.get(socket) == null ? "" : f.histories.get(socket).head().local();
        if (!local.isEmpty()) {
            listeners.put(key(local), socket);
        }
    }

    /** A connect that completed reached the listener; one still in progress may have had its SYN dropped. */
    void connect(Connect c, int row) {
        if (c.state() != io.sockscope.model.event.ConnectState.CONNECTED) {
            return;
        }
        String listener = listeners.get(key(c.remote()));
        if (listener != null && f.lifeline(listener) != null && !f.lifeline(listener).closed()) {
            f.signals.add(new SignalArrow(SignalArrow.Kind.CONNECT, c.socket(), c.seq(), row, listener, c.seq(), row));
        }
    }

    /** A shutdown of the write side or a close sends FIN (an abortive close RST) to the peer. */
    void shutdown(Event e, ShutdownHow how, int row) {
        if (how != ShutdownHow.READ) {
            fin(e, row);
        }
    }

    /** A close sends FIN (or RST) only when it drops the socket's last descriptor. */
    void close(Close c, int row) {
        String peer = f.peerOf(c.socket());
        if (peer == null || f.copies.otherOpen(c.socket(), f)) {
            return;
        }
        if (c.abortive()) {
            rsts.put(peer, new Sent(c.socket(), c.seq(), row));
            fins.remove(peer);
        } else {
            fin(c, row);
        }
    }

    private void fin(Event e, int row) {
        String peer = f.peerOf(e.socket());
        if (peer != null && finished.add(f.copies.origin(e.socket()))) {
            fins.put(peer, new Sent(e.socket(), e.seq(), row));
        }
    }

    /** The peer read end of stream: the FIN that caused it. */
    void eof(Event e, int row) {
        Sent s = fins.remove(f.copies.origin(e.socket()));
        if (s != null) {
            f.signals.add(new SignalArrow(SignalArrow.Kind.FIN, s.socket, s.seq, s.row, e.socket(), e.seq(), row));
        }
    }

    /** The peer met a reset: the RST that caused it. */
    void reset(Event e, int row) {
        Sent s = rsts.remove(f.copies.origin(e.socket()));
        if (s != null) {
            f.signals.add(new SignalArrow(SignalArrow.Kind.RST, s.socket, s.seq, s.row, e.socket(), e.seq(), row));
        }
    }

    /** {@code socket} (the first lifeline of a kernel socket let go of) sends and reads no more FIN or RST. */
    void forget(String socket) {
        fins.remove(socket);
        rsts.remove(socket);
        finished.remove(socket);
    }

    /** Number of FINs and RSTs waiting to be read, and of sockets that sent FIN (tests). */
    int held() {
        return fins.size() + rsts.size() + finished.size();
    }

    private static String key(String address) {
        String n = Addresses.norm(address);
        String port = Addresses.port(n);
        return port.isEmpty() ? n : port;
    }
}
