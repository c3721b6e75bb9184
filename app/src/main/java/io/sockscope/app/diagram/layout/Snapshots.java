package io.sockscope.app.diagram.layout;

/** Builds a {@link SocketSnapshot} from a socket's lifeline, its head and queue history, and its running state. */
final class Snapshots {
    private Snapshots() {
    }

    /** {@code state} is the socket's state at the moment (null: not opened yet). */
    static SocketSnapshot at(Lifeline line, SocketHistory history, SocketState state, int row) {
        SocketState s = state == null ? SocketState.NEW : state;
        HeadState head = history.headAt(row);
        return new SocketSnapshot(line.socket(), line.fd(), line.proto(), line.family(), line.owner(),
                head.local(), head.remote(), head.state(), new java.util.TreeMap<>(s.options()), history.queueAt(row),
                s.sent(), s.received(), s.blocking(), s.keys().size(), history.kernelStateAt(row));
    }
}
