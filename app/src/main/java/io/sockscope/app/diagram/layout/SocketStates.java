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
    /** Sockets a live fold let go of ({@link #retire}), shared by every copy: each seen by the states folded that far. */
    private final Map<String, Retired> retired;
    private long folded;

    /** A socket's state as it was when let go of, after {@code at} events. */
    private record Retired(long at, SocketState state) {
    }

    SocketStates() {
        this(new HashMap<>(), new HashMap<>(), 0);
    }

    private SocketStates(Map<String, SocketState> states, Map<String, Retired> retired, long folded) {
        this.states = states;
        this.retired = retired;
        this.folded = folded;
    }

    SocketStates copy() {
        return new SocketStates(new HashMap<>(states), retired, folded);
    }

    /** How many events were folded in. */
    long folded() {
        return folded;
    }

    /** The socket's state, or null before it was opened (or accepted). */
    SocketState get(String socket) {
        SocketState s = states.get(Objects.requireNonNull(socket, "socket"));
        if (s != null || retired.isEmpty()) {
            return s;
        }
        Retired r = retired.get(socket);
        return r != null && folded >= r.at() ? r.state() : null;
    }

    /**
     * Keeps {@code socket}'s state (a socket closed long ago) once for every copy made from now
     * on instead of in each of them; {@link #get} answers the same. An event of the socket
     * folded later puts its state back into the copies that fold it.
     */
    void retire(String socket) {
        SocketState s = states.remove(socket);
        if (s != null) {
            retired.put(socket, new Retired(folded, s));
        }
    }

    /** Number of states this copy holds itself (those retired are held once for all). */
    int held() {
        return states.size();
    }

    /** Number of states retired (held once for every copy). */
    int retiredCount() {
        return retired.size();
    }

    /**
     * A new descriptor's state: a copy of another (fork, dup) shares its options and blocking
     * mode, which live in the socket and its open file description; it has moved no bytes yet.
     */
    private SocketState copied(String copyOf) {
        SocketState of = copyOf.isEmpty() ? null : get(copyOf);
        return of == null ? SocketState.NEW : new SocketState(of.options(), 0, 0, of.blocking(), java.util.Set.of());
    }

    void fold(Event e) {
        folded++;
        String socket = e.socket();
        SocketState s = socket == null ? null : get(socket);
        switch (e.type()) {
            case OPEN -> {
                if (s == null) {
                    states.put(socket, copied(((io.sockscope.model.event.Open) e).copyOf()));
                }
            }
            case ACCEPT -> {
                if (s != null && get(((Accept) e).child()) == null) { // a child appears only beside a server the session knows
                    states.put(((Accept) e).child(), SocketState.NEW);
                }
            }
            case SEND -> put(socket, s, x -> x.moved(Math.max(0, ((Send) e).done()), 0));
            case SENDTO -> put(socket, s, x -> x.moved(Math.max(0, ((SendTo) e).done()), 0));
            case RECV -> put(socket, s, x -> x.moved(0, Math.max(0, ((Recv) e).done())));
            case RECVFROM -> put(socket, s, x -> x.moved(0, Math.max(0, ((RecvFrom) e).done())));
            case REGISTER -> {
                Register r = (Register) e;
                put(socket, s, x -> x.blocking(false)); // only a non-blocking channel registers
                SocketState sel = get(r.selector());
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

    /** Every socket's state as {@link #get} answers it. */
    private Map<String, SocketState> visible() {
        Map<String, SocketState> all = new HashMap<>(states);
        retired.forEach((socket, r) -> {
            if (folded >= r.at()) {
                all.putIfAbsent(socket, r.state());
            }
        });
        return all;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SocketStates x && x.folded == folded && x.visible().equals(visible());
    }

    @Override
    public int hashCode() {
        return visible().hashCode() * 31 + Long.hashCode(folded);
    }
}
