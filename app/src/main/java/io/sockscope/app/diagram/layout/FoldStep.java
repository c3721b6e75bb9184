package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.Register;
import io.sockscope.model.event.Select;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.SendTo;
import io.sockscope.model.event.Shutdown;
import io.sockscope.model.event.Wake;
import java.util.HashMap;
import java.util.Map;

/** Folds one event into a {@link SessionFold}: the per-type rules of the diagram. */
final class FoldStep {
    private final SessionFold f;
    /** Open block activations by socket and thread (the list may lose older ones, so not by index). */
    private final Map<String, Activation> blocked = new HashMap<>();
    private final Signals signals;
    private final ExternalPeers externals;

    FoldStep(SessionFold f) {
        this.f = f;
        this.signals = new Signals(f);
        this.externals = new ExternalPeers(f);
    }

    void fold(Event e, int row) {
        SocketHistory h = e.socket() == null ? null : f.histories.get(e.socket());
        if (h != null) {
            h.apply(e, row);
        }
        switch (e.type()) {
            case OPEN -> open((Open) e, row);
            case BIND -> bind((Bind) e);
            case CONNECT -> connect((Connect) e, row);
            case ACCEPT -> accept((Accept) e, row);
            case SEND -> send((Send) e, row);
            case RECV -> recv((Recv) e, row);
            case SENDTO -> sendTo((SendTo) e, row);
            case RECVFROM -> {
                RecvFrom r = (RecvFrom) e;
                f.datagrams.recvFrom(r.socket(), r.seq(), row, r.peer(), r.requested(), r.done(), r.payload());
            }
            case LISTEN -> signals.listen(e.socket());
            case SHUTDOWN -> {
                mark(MarkKind.HALF_CLOSE, e, row, "shutdown " + ((Shutdown) e).how().name().toLowerCase());
                signals.shutdown(e, ((Shutdown) e).how(), row);
            }
            case CLOSE -> close((Close) e, row);
            case BLOCK -> block((Block) e, row);
            case WAKE -> wake((Wake) e, row);
            case REGISTER -> {
                Register r = (Register) e;
                mark(MarkKind.REGISTER, e, row, "register " + r.interest());
            }
            case SELECT -> select((Select) e, row);
            case QUEUES -> queues((Queues) e, row, h);
            case STATE -> {
                io.sockscope.model.event.StateChange st = (io.sockscope.model.event.StateChange) e;
                if (h != null) {
                    h.kernelStates.add(new SocketHistory.KernelState(row, st.state().name(), st.open()));
                }
            }
            case OPTION -> mark(MarkKind.OPTION, e, row, ((io.sockscope.model.event.OptionSet) e).name());
            case ERROR -> failure((Failure) e, row);
            default -> {
            }
        }
    }

    /** Lifeline {@code socket}, closed before the rows a live fold holds, moves no bytes any more. */
    void forgetLifeline(String socket) {
        externals.forget(socket);
    }

    /** The kernel socket first named {@code socket} was let go of by the stream matcher: no FIN or RST to or from it any more. */
    void forgetSocket(String socket) {
        signals.forget(socket);
    }

    /** Per-socket entries of the signals and of the outside peers' byte counts (tests). */
    int held() {
        return signals.held() + externals.held();
    }

    private void open(Open o, int row) {
        if (f.lifelines.containsKey(o.socket())) {
            return;
        }
        SocketHistory of = o.copyOf().isEmpty() ? null : f.histories.get(o.copyOf());
        HeadState was = of == null ? null : of.lastOpen();
        SocketHistory h = was != null ? new SocketHistory(row, was.local(), was.remote(), was.state())
                : new SocketHistory(row, "", "", o.proto() == Proto.SELECTOR ? "selector" : "created");
        f.addLifeline(new Lifeline(o.socket(), o.owner(), o.group(), o.proto(), o.family(), o.fd(), row, null), h);
        if (of != null) { // another descriptor of a socket the session shows: one socket, two lifelines
            f.copies.add(o.socket(), o.copyOf());
            if (o.proto() == Proto.UDP && !was.local().isEmpty()) {
                f.datagrams.bound(o.socket(), was.local());
            }
        }
    }

    private void bind(Bind b) {
        Lifeline l = f.lifeline(b.socket());
        if (l != null && (l.proto() == Proto.UDP || l.proto() == Proto.UNIX)) { // a Unix path may take datagrams
            f.datagrams.bound(b.socket(), b.local());
        }
    }

    private void connect(Connect c, int row) {
        Lifeline l = f.lifeline(c.socket());
        if (l != null && l.proto() == Proto.UDP) {
            f.datagrams.bound(c.socket(), c.local());
        } else {
            if (l != null && l.proto() == Proto.UNIX) { // a Unix datagram socket (socketpair) is named by its local address
                f.datagrams.bound(c.socket(), c.local());
            }
            f.streams.connect(c.socket(), c.local(), c.remote());
            signals.connect(c, row);
        }
    }

    private void accept(Accept a, int row) {
        Lifeline server = f.lifeline(a.socket());
        if (server != null && !f.lifelines.containsKey(a.child())) {
            SocketHistory h = new SocketHistory(row, a.local(), a.remote(), "connected");
            f.addLifeline(new Lifeline(a.child(), server.owner(), server.group(), server.proto(), server.family(),
                    a.fd(), row, server.socket()), h);
        }
        f.creations.add(new CreationArrow(a.socket(), a.child(), row, a.seq()));
        f.streams.accept(a.child(), a.local(), a.remote());
    }

    private void send(Send s, int row) {
        if (s.done() > 0) {
            f.streams.send(s.socket(), s.seq(), row, s.done(), s.payload());
            externals.send(s.socket(), s.seq(), row, s.done(), s.payload());
        }
        if (s.done() >= 0 && s.done() < s.requested()) {
            mark(MarkKind.PARTIAL, s, row, "sent " + s.done() + " of " + s.requested());
        }
    }

    private void recv(Recv r, int row) {
        if (r.done() > 0) {
            f.streams.recv(r.socket(), r.seq(), row, r.done());
            externals.recv(r.socket(), r.seq(), row, r.done());
        } else if (r.done() < 0) {
            mark(MarkKind.EOF, r, row, "EOF");
            signals.eof(r, row);
        }
    }

    private void sendTo(SendTo s, int row) {
        if (s.done() > 0) {
            f.datagrams.sendTo(s.socket(), s.seq(), row, s.peer(), s.done(), s.payload());
        } else {
            mark(MarkKind.PARTIAL, s, row, "not sent (no buffer space)");
        }
    }

    private void close(Close c, int row) {
        mark(c.abortive() ? MarkKind.RESET : MarkKind.CLOSE, c, row, c.abortive() ? "close (RST)" : "close");
        Lifeline l = f.lifeline(c.socket());
        if (l != null && !l.closed()) {
            l.close(row);
            f.closings.add(l);
        }
        signals.close(c, row);
        if (!f.copies.otherOpen(c.socket(), f)) { // another descriptor still holds the socket: it may read them yet
            f.streams.closed(c.socket(), f::settle);
        }
        f.datagrams.drain(c.socket(), row);
    }

    private void block(Block b, int row) {
        Activation a = new Activation(b.socket(), b.call(), b.thread(), row, -1, b.seq(), -1, false);
        f.activations.add(a);
        blocked.put(b.socket() + '\0' + b.thread(), a);
    }

    private void wake(Wake w, int row) {
        Activation a = blocked.remove(w.socket() + '\0' + w.thread());
        int i = a == null ? -1 : indexOf(a);
        if (i >= 0) {
            f.activations.set(i, new Activation(a.socket(), a.call(), a.thread(), a.fromRow(), row,
                    a.fromSeq(), w.seq(), a.select()));
        }
    }

    /** Where {@code a} is in the activation list (sorted by first row), or -1 if no longer held. */
    private int indexOf(Activation a) {
        for (int i = Rows.firstAtOrAfter(f.activations, Activation::fromRow, a.fromRow()); i < f.activations.size(); i++) {
            if (f.activations.get(i) == a) {
                return i;
            }
        }
        return -1;
    }

    private void select(Select s, int row) {
        f.activations.add(new Activation(s.socket(), "select", "", row, row, s.seq(), s.seq(), true));
        for (KeyState k : s.keys()) {
            f.badges.add(new Badge(k.socket(), s.socket(), row, s.seq(), k.interest(), k.ready()));
        }
    }

    private void queues(Queues q, int row, SocketHistory h) {
        if (h != null && row <= f.lastHeld()) { // a region fold draws no sample after its rows
            h.queues.add(new QueueSample(row, q.seq(), q.sendQ(), q.recvQ(), q.acceptQ(), q.backlog(),
                    q.sndBuf(), q.rcvBuf(), q.source(), q.drops()));
        }
    }

    private void failure(Failure x, int row) {
        switch (x.kind()) {
            case RESET -> {
                mark(MarkKind.RESET, x, row, x.call() + ": reset");
                signals.reset(x, row);
            }
            case WOULD_BLOCK -> {
                mark(MarkKind.WOULD_BLOCK, x, row, x.call() + ": would block");
                f.datagrams.drain(x.socket(), row);
            }
            default -> mark(MarkKind.ERROR, x, row, x.call() + ": " + x.kind().name().toLowerCase().replace('_', ' '));
        }
    }

    private void mark(MarkKind kind, Event e, int row, String label) {
        f.marks.add(new Mark(kind, e.socket(), row, e.seq(), label));
    }
}
