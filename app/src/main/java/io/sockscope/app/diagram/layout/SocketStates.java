package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.Register;
import io.sockscope.model.event.Select;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.SendTo;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The running state of every socket after some prefix of a session: the part of the fold that
 * seeking restores. A copy is cheap (the per-socket states are immutable and shared), so
 * {@link Checkpoints} keeps one every few thousand events.
 */
final class SocketStates {
    private final Map<String, SocketState> states;
    private long folded;

    SocketStates() {
        this(new HashMap<>(), 0);
    }

    private SocketStates(Map<String, SocketState> states, long folded) {
        this.states = states;
        this.folded = folded;
    }

    SocketStates copy() {
        return new SocketStates(new HashMap<>(states), folded);
    }

    /** How many events were folded in. */
    long folded() {
        return folded;
    }

    /** The socket's state, or null before it was opened (or accepted). */
    SocketState get(String socket) {
        return states.get(Objects.requireNonNull(socket, "socket"));
    }

    /** Every socket's state, by socket id (read only). */
    Map<String, SocketState> all() {
        return java.util.Collections.unmodifiableMap(states);
    }

    /**
     * A new descriptor's state: a copy of another (fork, dup) shares its options and blocking
     * mode, which live in the socket and its open file description; it has moved no bytes yet.
     */
    private SocketState copied(String copyOf) {
        SocketState of = copyOf.isEmpty() ? null : states.get(copyOf);
        return of == null ? SocketState.NEW : new SocketState(of.options(), 0, 0, of.blocking(), java.util.Set.of());
    }

    void fold(Event e) {
        folded++;
        String socket = e.socket();
        SocketState s = socket == null ? null : states.get(socket);
        switch (e.type()) {
            case OPEN -> states.putIfAbsent(socket, copied(((io.sockscope.model.event.Open) e).copyOf()));
            case ACCEPT -> {
                if (s != null) { // a child appears only beside a server the session knows
                    states.putIfAbsent(((Accept) e).child(), SocketState.NEW);
                }
            }
            case SEND -> put(socket, s, x -> x.moved(Math.max(0, ((Send) e).done()), 0));
            case SENDTO -> put(socket, s, x -> x.moved(Math.max(0, ((SendTo) e).done()), 0));
            case RECV -> put(socket, s, x -> x.moved(0, Math.max(0, ((Recv) e).done())));
            case RECVFROM -> put(socket, s, x -> x.moved(0, Math.max(0, ((RecvFrom) e).done())));
            case REGISTER -> {
                Register r = (Register) e;
                put(socket, s, x -> x.blocking(false)); // only a non-blocking channel registers
                SocketState sel = states.get(r.selector());
                if (sel != null && !r.selector().equals(socket)) {
                    Set<String> k = new LinkedHashSet<>(sel.keys());
                    k.add(r.socket());
                    states.put(r.selector(), sel.keys(k));
                }
            }
            case SELECT -> put(socket, s, x -> { // what the selector reported holds: closed channels have left it
                Set<String> k = new LinkedHashSet<>();
                for (KeyState key : ((Select) e).keys()) {
                    k.add(key.socket());
                }
                return x.keys(k);
            });
            case CONNECT -> put(socket, s, x -> x.blocking(x.blocking()
                    && ((io.sockscope.model.event.Connect) e).state() != ConnectState.IN_PROGRESS));
            case ERROR -> put(socket, s, x -> x.blocking(x.blocking() && ((Failure) e).kind() != ErrorKind.WOULD_BLOCK));
            case OPTION -> put(socket, s, x -> {
                OptionSet o = (OptionSet) e;
                boolean blocking = x.blocking();
                if (o.name().toLowerCase(Locale.ROOT).contains("blocking")) {
                    blocking = Boolean.parseBoolean(o.reported().isEmpty() ? o.asked() : o.reported());
                }
                return x.option(o.name(), new OptionValue(o.asked(), o.reported(), o.kernel()), blocking);
            });
            default -> {
            }
        }
    }

    private void put(String socket, SocketState s, java.util.function.UnaryOperator<SocketState> f) {
        if (s != null) {
            states.put(socket, f.apply(s));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SocketStates x && x.folded == folded && x.states.equals(states);
    }

    @Override
    public int hashCode() {
        return states.hashCode() * 31 + Long.hashCode(folded);
    }
}
