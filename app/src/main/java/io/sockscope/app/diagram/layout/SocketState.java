package io.sockscope.app.diagram.layout;

import java.util.Map;
import java.util.Set;

/**
 * A socket's running figures at one moment, as folded from its events: options, bytes moved,
 * blocking mode, and (for a selector) the channels registered with it. Immutable: a fold step
 * makes a new one, so a checkpoint can share the unchanged ones.
 */
record SocketState(Map<String, OptionValue> options, long sent, long received, boolean blocking, Set<String> keys) {
    static final SocketState NEW = new SocketState(Map.of(), 0, 0, true, Set.of());

    SocketState moved(long sentMore, long receivedMore) {
        return new SocketState(options, sent + sentMore, received + receivedMore, blocking, keys);
    }

    SocketState blocking(boolean b) {
        return b == blocking ? this : new SocketState(options, sent, received, b, keys);
    }

    SocketState option(String name, OptionValue v, boolean nowBlocking) {
        Map<String, OptionValue> o = new java.util.TreeMap<>(options);
        o.put(name, v);
        return new SocketState(java.util.Collections.unmodifiableMap(o), sent, received, nowBlocking, keys);
    }

    SocketState keys(Set<String> k) {
        return new SocketState(options, sent, received, blocking, java.util.Collections.unmodifiableSet(k));
    }
}
