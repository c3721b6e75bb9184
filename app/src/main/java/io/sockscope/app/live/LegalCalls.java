package io.sockscope.app.live;

import io.sockscope.app.diagram.layout.SocketSnapshot;
import io.sockscope.model.event.Proto;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which calls make sense on a socket in its present state, and which others a student may
 * still try because the kernel answers them with a telling error.
 *
 * @param legal  what a program would do next
 * @param others calls the kernel refuses with a meaningful error (offered under "try anyway")
 */
public record LegalCalls(List<Call> legal, List<Call> others) {

    /** Calls on a selector. */
    public static LegalCalls selector(boolean closed) {
        return closed ? new LegalCalls(List.of(), List.of(Call.SELECT))
                : new LegalCalls(List.of(Call.SELECT, Call.CLOSE), List.of());
    }

    /** Calls on a socket as {@code s} shows it; nothing for an outside program's socket. */
    public static LegalCalls of(SocketSnapshot s) {
        Objects.requireNonNull(s, "s");
        if (s.fd() < 0 && s.owner().startsWith("external")) {
            return new LegalCalls(List.of(), List.of());
        }
        Set<Call> legal = EnumSet.noneOf(Call.class);
        boolean udp = s.proto() == Proto.UDP;
        switch (s.state()) {
            case "created" -> legal.addAll(udp ? Set.of(Call.BIND, Call.SENDTO, Call.CONNECT) : Set.of(Call.BIND, Call.CONNECT));
            case "bound" -> legal.addAll(udp ? Set.of(Call.SENDTO, Call.RECVFROM, Call.CONNECT, Call.REGISTER)
                    : Set.of(Call.LISTEN, Call.CONNECT));
            case "listening" -> legal.addAll(Set.of(Call.ACCEPT, Call.REGISTER));
            case "connecting" -> legal.addAll(Set.of(Call.FINISH_CONNECT, Call.REGISTER));
            case "connected" -> legal.addAll(udp ? Set.of(Call.SEND, Call.RECV, Call.RECVFROM, Call.REGISTER)
                    : Set.of(Call.SEND, Call.RECV, Call.SHUTDOWN_OUTPUT, Call.SHUTDOWN_INPUT, Call.REGISTER, Call.ABORT));
            case "half-closed-out" -> legal.addAll(Set.of(Call.RECV, Call.SHUTDOWN_INPUT, Call.REGISTER, Call.ABORT));
            case "half-closed-in" -> legal.addAll(Set.of(Call.SEND, Call.RECV, Call.SHUTDOWN_OUTPUT, Call.ABORT));
            case "shut-down" -> legal.add(Call.ABORT);
            case "reset" -> legal.add(Call.RECV);
            default -> {
            }
        }
        boolean open = !s.state().equals("closed");
        if (open) {
            legal.add(s.blocking() ? Call.NON_BLOCKING : Call.BLOCKING);
            legal.addAll(Set.of(Call.SET_OPTION, Call.PROBE, Call.CLOSE));
        }
        List<Call> others = new ArrayList<>();
        for (Call c : tryable(s.proto())) {
            if (!legal.contains(c)) {
                others.add(c);
            }
        }
        return new LegalCalls(List.copyOf(legal), others);
    }

    /** Calls that exist for this kind of socket at all. */
    private static Set<Call> tryable(Proto p) {
        if (p == Proto.UDP) {
            return EnumSet.of(Call.BIND, Call.CONNECT, Call.SEND, Call.RECV, Call.SENDTO, Call.RECVFROM, Call.CLOSE);
        }
        return EnumSet.of(Call.BIND, Call.LISTEN, Call.ACCEPT, Call.CONNECT, Call.SEND, Call.RECV,
                Call.SHUTDOWN_INPUT, Call.SHUTDOWN_OUTPUT, Call.CLOSE);
    }
}
