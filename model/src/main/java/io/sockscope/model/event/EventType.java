package io.sockscope.model.event;

import java.util.Locale;

/** The kinds of event, named after the system calls the tutorial teaches. */
public enum EventType {
    OPEN, BIND, LISTEN, CONNECT, ACCEPT, SEND, RECV, SENDTO, RECVFROM, SHUTDOWN, CLOSE,
    BLOCK, WAKE, REGISTER, SELECT, QUEUES, STATE, OPTION, ERROR, NOTE;

    /** The name used in session files and in the UI, e.g. {@code recvfrom}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type whose {@link #wireName()} is {@code name}, or null. */
    public static EventType fromWire(String name) {
        for (EventType t : values()) {
            if (t.wireName().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
