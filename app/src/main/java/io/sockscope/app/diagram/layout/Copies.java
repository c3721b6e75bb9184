package io.sockscope.app.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lifelines that are descriptors of one kernel socket: an open's {@code copyOf} (a traced
 * program's fork or dup) names the socket's first lifeline. Bytes and FIN belong to the socket,
 * so matching keys on the first lifeline, and a close sends FIN only when no copy is open.
 */
final class Copies {
    private final Map<String, String> originOf = new HashMap<>();
    private final Map<String, List<String>> members = new HashMap<>();

    /** {@code copy} is another descriptor of {@code of}'s socket. */
    void add(String copy, String of) {
        String first = origin(of);
        originOf.put(copy, first);
        members.computeIfAbsent(first, k -> new ArrayList<>(List.of(first))).add(copy);
    }

    /** The first lifeline of the socket's kernel socket: itself unless it is a copy. */
    String origin(String socket) {
        return originOf.getOrDefault(socket, socket);
    }

    /** Every lifeline of the kernel socket first named {@code origin}. */
    List<String> members(String origin) {
        return members.getOrDefault(origin, List.of(origin));
    }

    /** True when a lifeline of the same kernel socket other than {@code socket} is still open. */
    boolean otherOpen(String socket, SessionFold f) {
        for (String m : members.getOrDefault(origin(socket), List.of())) {
            Lifeline l = f.lifeline(m);
            if (!m.equals(socket) && l != null && !l.closed()) {
                return true;
            }
        }
        return false;
    }
}
