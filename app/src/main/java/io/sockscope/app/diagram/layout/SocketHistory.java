package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Shutdown;
import io.sockscope.model.event.ShutdownHow;
import java.util.ArrayList;
import java.util.List;

/** One socket's head-state changes and queue samples, indexed by row for quick look-up. */
final class SocketHistory {
    final ArrayList<HeadState> heads = new ArrayList<>();
    final ArrayList<QueueSample> queues = new ArrayList<>();
    /** TCP states the kernel reported (state events), in row order. */
    final ArrayList<KernelState> kernelStates = new ArrayList<>();

    /** Heads {@code from..to} got their local address only at {@code row} (see {@link #learnLocal}). */
    record Learnt(int row, int from, int to) {
    }

    final List<Learnt> learnt = new ArrayList<>(0);

    /** A TCP state from the kernel at a row; {@code open} false once the program closed the socket. */
    record KernelState(int row, String state, boolean open) {
    }

    SocketHistory(int row, String local, String remote, String state) {
        heads.add(new HeadState(row, local, remote, state));
    }

    HeadState head() {
        return heads.get(heads.size() - 1);
    }

    /** The last head before the socket closed (a copy of a descriptor lives on after the original's close). */
    HeadState lastOpen() {
        for (int i = heads.size() - 1; i >= 0; i--) {
            if (!heads.get(i).state().equals("closed")) {
                return heads.get(i);
            }
        }
        return head();
    }

    /** Updates the head for an event of this socket (or the accepted child's creation). */
    void apply(Event e, int row) {
        HeadState h = head();
        HeadState next = switch (e.type()) {
            case BIND -> new HeadState(row, ((Bind) e).local(), h.remote(), "bound");
            case LISTEN -> new HeadState(row, h.local(), h.remote(), "listening");
            case CONNECT -> {
                Connect c = (Connect) e;
                String local = c.local().isEmpty() ? h.local() : c.local();
                yield new HeadState(row, local, c.remote(),
                        c.state() == ConnectState.CONNECTED ? "connected" : "connecting");
            }
            case SHUTDOWN -> new HeadState(row, h.local(), h.remote(), shutState(h.state(), ((Shutdown) e).how()));
            case CLOSE -> new HeadState(row, h.local(), h.remote(), "closed");
            case SENDTO -> h.state().equals("created") // the first sendto binds an ephemeral port
                    ? new HeadState(row, h.local(), h.remote(), "bound") : h;
            case ERROR -> ((Failure) e).kind() == ErrorKind.RESET
                    ? new HeadState(row, h.local(), h.remote(), "reset") : h;
            default -> h;
        };
        if (next != h) {
            heads.add(next);
        }
    }

    static String shutState(String before, ShutdownHow how) {
        boolean in = how != ShutdownHow.WRITE || before.equals("half-closed-in");
        boolean out = how != ShutdownHow.READ || before.equals("half-closed-out");
        if (in && out) {
            return "shut-down";
        }
        return in ? "half-closed-in" : "half-closed-out";
    }

    /**
     * The local address became known only later (a datagram's sender address, read by its
     * receiver): the kernel chose it at the first send, so the heads since then get it.
     */
    void learnLocal(String local, int row) {
        int to = heads.size() - 1;
        int i = to;
        for (; i >= 0 && heads.get(i).local().isEmpty(); i--) {
            HeadState h = heads.get(i);
            if (h.state().equals("created")) {
                break;
            }
            heads.set(i, new HeadState(h.row(), local, h.remote(), h.state()));
        }
        if (i < to) {
            learnt.add(new Learnt(row, i + 1, to));
        }
    }

    /** The head at {@code row} as it was known right after {@code cutRow}: without a local address learnt later. */
    HeadState headAt(int row, int cutRow) {
        int i = Math.max(0, Rows.lastAtOrBefore(heads, HeadState::row, row));
        HeadState h = heads.get(i);
        for (Learnt l : learnt) {
            if (l.row() > cutRow && i >= l.from() && i <= l.to()) {
                return new HeadState(h.row(), "", h.remote(), h.state());
            }
        }
        return h;
    }

    /** The head as it was at {@code row}. */
    HeadState headAt(int row) {
        int i = Rows.lastAtOrBefore(heads, HeadState::row, row);
        return heads.get(Math.max(i, 0));
    }

    /**
     * The kernel's TCP state at {@code row} (e.g. {@code TIME_WAIT}), or "" when none is known:
     * none was reported, or the program closed the socket after the last report and the kernel
     * reported nothing since (a state seen while open says nothing of the socket once closed).
     */
    String kernelStateAt(int row) {
        int i = Rows.lastAtOrBefore(kernelStates, KernelState::row, row);
        if (i < 0) {
            return "";
        }
        KernelState k = kernelStates.get(i);
        HeadState h = headAt(row);
        boolean closedSince = h.state().equals("closed") && h.row() > k.row() && k.open();
        return closedSince ? "" : k.state();
    }

    /**
     * Keeps only what answers for rows from {@code row} on (a socket closed at {@code row},
     * before the rows a live fold holds): the head and kernel state there and any after it.
     * A history with addresses learnt later keeps everything (a cut asks it for older rows).
     */
    void keepFrom(int row) {
        if (!learnt.isEmpty()) {
            return;
        }
        heads.subList(0, Math.max(0, Rows.lastAtOrBefore(heads, HeadState::row, row))).clear();
        kernelStates.subList(0, Math.max(0, Rows.lastAtOrBefore(kernelStates, KernelState::row, row))).clear();
        heads.trimToSize();
        kernelStates.trimToSize();
        queues.trimToSize();
    }

    /**
     * Keeps only what answers for rows before the socket was born and for its last row (a
     * socket born after the rows a region fold holds, and closed): the first head, which the
     * column shows as "not yet", and the last. A history with addresses learnt later keeps
     * everything.
     */
    void keepFirstAndLast() {
        if (!learnt.isEmpty()) {
            return;
        }
        if (heads.size() > 2) {
            heads.subList(1, heads.size() - 1).clear();
        }
        kernelStates.clear();
        queues.clear();
        heads.trimToSize();
        kernelStates.trimToSize();
        queues.trimToSize();
    }

    /** Number of heads, kernel states and queue samples held (tests). */
    int held() {
        return heads.size() + kernelStates.size() + queues.size();
    }

    /** The last queue sample at or before {@code row}, or null. */
    QueueSample queueAt(int row) {
        int i = Rows.lastAtOrBefore(queues, QueueSample::row, row);
        return i < 0 ? null : queues.get(i);
    }
}
