package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Family;
import io.sockscope.model.event.Proto;
import java.util.Map;

/**
 * A socket's state at one moment of the session, for the inspector.
 *
 * @param state    created, bound, listening, connecting, connected, half-closed-in,
 *                 half-closed-out, shut-down, closed or reset; a selector's is selector (or closed)
 * @param queues   the last kernel queue sample, or null if none yet
 * @param blocking true unless the socket was seen in non-blocking mode
 * @param keys     for a selector, the channels registered with it (as its last select reported them)
 * @param tcpState the kernel's TCP state (e.g. {@code TIME_WAIT}), "" when none was reported
 */
public record SocketSnapshot(String socket, int fd, Proto proto, Family family, String owner,
                             String local, String remote, String state,
                             Map<String, OptionValue> options, QueueSample queues,
                             long bytesSent, long bytesReceived, boolean blocking,
                             int keys, String tcpState) {
    /** A snapshot without a kernel TCP state. */
    public SocketSnapshot(String socket, int fd, Proto proto, Family family, String owner,
                          String local, String remote, String state,
                          Map<String, OptionValue> options, QueueSample queues,
                          long bytesSent, long bytesReceived, boolean blocking, int keys) {
        this(socket, fd, proto, family, owner, local, remote, state, options, queues,
                bytesSent, bytesReceived, blocking, keys, "");
    }

    /** A socket's snapshot (no selector keys). */
    public SocketSnapshot(String socket, int fd, Proto proto, Family family, String owner,
                          String local, String remote, String state,
                          Map<String, OptionValue> options, QueueSample queues,
                          long bytesSent, long bytesReceived, boolean blocking) {
        this(socket, fd, proto, family, owner, local, remote, state, options, queues,
                bytesSent, bytesReceived, blocking, 0);
    }
}
