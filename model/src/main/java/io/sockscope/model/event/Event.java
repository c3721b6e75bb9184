package io.sockscope.model.event;

/**
 * One thing that happened to a socket, as the engine saw it.
 *
 * <p>{@code seq} counts from 0 without gaps; {@code t} is nanoseconds since the session
 * started and never goes backwards. Events are immutable values: two events are equal
 * when every field is equal, so a session read back from a file equals what was written.
 */
public sealed interface Event
        permits Open, Bind, Listen, Connect, Accept, Send, Recv, SendTo, RecvFrom, Shutdown,
        Close, Block, Wake, Register, Select, Queues, StateChange, OptionSet, Failure, Note {

    long seq();

    long t();

    EventType type();

    /** The socket (or selector) id this event is about, e.g. {@code s3}; null for notes. */
    String socket();
}
