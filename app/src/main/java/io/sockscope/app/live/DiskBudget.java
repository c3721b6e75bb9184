package io.sockscope.app.live;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.SendTo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Keeps a live session's autosave within a disk budget (its size as written, estimated event by
 * event and checked against the file every few hundred events). Past three quarters of it, payload
 * bytes are no longer recorded (each send and recv keeps its length, marked cut); at the budget,
 * events are no longer recorded at all. The file then ends with a note saying what was left
 * out from which event, and {@link #state()} tells the window. Called on the source's delivery
 * thread only.
 */
final class DiskBudget {
    /** What is still recorded. */
    enum State { ALL, NO_PAYLOADS, STOPPED }

    /** Events between two looks at the file's size. */
    private static final int CHECK_EVERY = 256;
    /** A recorded event's line without its payload, bytes, about (the fields, their names, JSON punctuation). */
    private static final int LINE_BYTES = 160;

    private final Consumer<Event> writer;
    private final Path file;
    private final long budget;
    private volatile State state = State.ALL;
    private long counted;
    private long payloadsFrom = -1;
    private long eventsFrom = -1;
    private volatile long notRecorded;
    private Event last;
    /** Bytes written so far, estimated as they go: the file itself lags by the writer's buffer. */
    private volatile long estimated;

    /** {@code budget} in bytes; 0 or less records everything. */
    DiskBudget(Consumer<Event> writer, Path file, long budget) {
        this.writer = writer;
        this.file = file;
        this.budget = budget;
    }

    /** Records {@code e} as the budget allows; returns the event as written (its payload may be cut), or null when it was left out. */
    Event record(Event e) {
        if (budget > 0) {
            boolean lookAtFile = ++counted % CHECK_EVERY == 0;
            look(e.seq(), lookAtFile);
        }
        if (state == State.STOPPED) {
            notRecorded++;
            return null;
        }
        Event kept = state == State.NO_PAYLOADS ? withoutPayload(e) : e;
        writer.accept(kept);
        last = kept;
        estimated += LINE_BYTES + payloadBytes(kept) * 4 / 3;
        return kept;
    }

    State state() {
        return state;
    }

    /** Events left out of the file so far. */
    long notRecorded() {
        return notRecorded;
    }

    long budget() {
        return budget;
    }

    /** Bytes recorded so far, as estimated event by event and checked against the file now and then. */
    long recordedBytes() {
        return estimated;
    }

    private void look(long seq, boolean lookAtFile) {
        if (lookAtFile) {
            try {
                estimated = Math.max(estimated, Files.size(file));
            } catch (IOException e) {
                // the writer reports its own failures; the estimate stands until the next look
            }
        }
        long size = estimated;
        if (state == State.ALL && size >= budget / 4 * 3) {
            state = State.NO_PAYLOADS;
            payloadsFrom = seq;
        }
        if (state != State.STOPPED && size >= budget) {
            state = State.STOPPED;
            eventsFrom = seq;
        }
    }

    /**
     * The note that ends a file the budget cut short (one more event after the last recorded),
     * or null when everything was recorded. Write it before closing the writer.
     */
    Note closingNote() {
        if (state == State.ALL || last == null) {
            return null;
        }
        String mib = (budget >> 20) + " MiB";
        String text = eventsFrom < 0
                ? "The autosave passed three quarters of its budget of " + mib + ": payload bytes are not recorded from event "
                        + payloadsFrom + " (only their lengths)."
                : "The autosave reached its budget of " + mib + ": payload bytes are not recorded from event " + payloadsFrom
                        + "; events are not recorded from event " + eventsFrom + " (" + notRecorded + " left out).";
        return new Note(last.seq() + 1, last.t(), text, "", 0);
    }

    private static int payloadBytes(Event e) {
        if (e instanceof Send s) {
            return s.payload().kept();
        } else if (e instanceof Recv r) {
            return r.payload().kept();
        } else if (e instanceof SendTo s) {
            return s.payload().kept();
        } else if (e instanceof RecvFrom r) {
            return r.payload().kept();
        }
        return 0;
    }

    static Event withoutPayload(Event e) {
        if (e instanceof Send s) {
            return new Send(s.seq(), s.t(), s.socket(), s.requested(), s.done(), lengthOnly(s.payload()));
        } else if (e instanceof Recv r) {
            return new Recv(r.seq(), r.t(), r.socket(), r.requested(), r.done(), lengthOnly(r.payload()));
        } else if (e instanceof SendTo s) {
            return new SendTo(s.seq(), s.t(), s.socket(), s.peer(), s.requested(), s.done(), lengthOnly(s.payload()));
        } else if (e instanceof RecvFrom r) {
            return new RecvFrom(r.seq(), r.t(), r.socket(), r.peer(), r.requested(), r.done(), lengthOnly(r.payload()));
        }
        return e;
    }

    private static Payload lengthOnly(Payload p) {
        return Payload.of(new byte[0], p.length());
    }
}
