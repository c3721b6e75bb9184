package io.sockscope.model.scenario.support;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.SocketId;
import io.sockscope.model.event.StateChange;
import io.sockscope.model.event.TcpState;
import io.sockscope.model.source.Subscription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Follows the TCP states the engine reports ({@code state} events), so a scenario can wait
 * until the kernel has moved a socket to a state. Start it before the calls it watches.
 */
public final class StateWatch implements AutoCloseable {
    private static final long DEADLINE_MS = 5_000;
    private final Map<String, List<TcpState>> seen = new HashMap<>();
    private final Subscription sub;

    private StateWatch(Engine engine) {
        this.sub = engine.subscribe(e -> {
            if (e instanceof StateChange s) {
                add(s);
            }
        });
    }

    /** Starts watching {@code engine}. */
    public static StateWatch start(Engine engine) {
        return new StateWatch(engine);
    }

    private synchronized void add(StateChange s) {
        seen.computeIfAbsent(s.socket(), k -> new ArrayList<>()).add(s.state());
        notifyAll();
    }

    /** Waits until {@code socket} has been reported in {@code state}; stops the scenario after a few seconds. */
    public synchronized void await(SocketId id, TcpState state) {
        String socket = id.value();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DEADLINE_MS);
        while (!seen.getOrDefault(socket, List.of()).contains(state)) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException(socket + " never reached " + state + " (seen: "
                        + seen.getOrDefault(socket, List.of()) + "); the kernel's TCP states need Linux");
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + state, e);
            }
        }
    }

    /** The last state reported for {@code socket}, or null. */
    public synchronized TcpState last(SocketId socket) {
        List<TcpState> l = seen.get(socket.value());
        return l == null || l.isEmpty() ? null : l.get(l.size() - 1);
    }

    @Override
    public void close() {
        sub.close();
    }
}
