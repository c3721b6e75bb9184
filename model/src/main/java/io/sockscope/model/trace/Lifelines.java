package io.sockscope.model.trace;

import io.sockscope.model.event.Close;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.Proto;
import java.util.ArrayList;
import java.util.List;

/**
 * A descriptor's lifelines: opened when a call first shows the descriptor (in the calling
 * thread's group; a later descriptor of a socket already drawn is its copy, {@code copyOf}),
 * closed together when the descriptor goes away.
 */
final class Lifelines {
    private final TraceMapper m;

    Lifelines(TraceMapper m) {
        this.m = m;
    }

    /**
     * The descriptor goes away: {@code explicit} when the program called close() (which always
     * shows), else by exec or exit. The socket closes with its last descriptor.
     */
    void release(Descriptor d, boolean explicit) {
        TraceMapper.flushConnect(d.socket);
        d.process.fds.remove(d.fd);
        d.socket.holders.remove(d);
        boolean last = d.socket.holders.isEmpty();
        boolean shown = d.socket.firstId != null;
        if (d.id == null && (d.socket.leftOut || !explicit && !(last && shown))) {
            return; // never shown, and its going changes nothing visible
        }
        if (!last && shown) { // the socket lives on: show who holds it, so the close is not drawn as its end
            d.socket.holders.forEach(this::show);
        }
        String id = explicit || d.id == null ? show(d) : d.id;
        if (explicit && !d.threadIds.isEmpty()) {
            m.note(d.process, Texts.threadClosed(d.process.label(m.threadOf(d.process)), d.fd));
        }
        for (String other : lifelines(d)) { // the descriptor is gone for every thread of the process
            if (!other.equals(id)) {
                m.out(d.process, EventType.CLOSE, (seq, t) -> new Close(seq, t, other, false));
            }
        }
        boolean abortive = last && d.socket.lingerZero;
        m.out(d.process, EventType.CLOSE, (seq, t) -> new Close(seq, t, id, abortive));
        if (!last) {
            List<String> others = new ArrayList<>();
            d.socket.holders.forEach(h -> others.add(h.process.label() + " fd " + h.fd));
            m.note(d.process, Texts.stillOpen(d.process.label(), d.fd, String.join(", ", others)));
        }
    }

    /** Every lifeline of the descriptor: its first, then those in other threads' groups. */
    private static List<String> lifelines(Descriptor d) {
        List<String> all = new ArrayList<>(1 + d.threadIds.size());
        if (d.id != null) {
            all.add(d.id);
        }
        all.addAll(d.threadIds.values());
        return all;
    }

    /**
     * The descriptor's lifeline in the group of the thread making the current call, opening it the
     * first time: a descriptor that two threads of a process use has a lifeline in each thread's
     * group, the later one a copy of the first ({@code copyOf}). A call on behalf of another process
     * (a close shows the other holders) uses that process's first lifeline.
     */
    String show(Descriptor d) {
        int thread = m.threadOf(d.process);
        if (d.id != null && thread != d.thread && d.socket.proto != Proto.SELECTOR) {
            String known = d.threadIds.get(thread);
            if (known != null) {
                return known;
            }
            String id = m.newId();
            d.threadIds.put(thread, id);
            TraceSocket s = d.socket;
            String copyOf = s.firstId;
            m.out(d.process, EventType.OPEN, (seq, t) -> TraceEvents.open(seq, t, id, s.proto, s.family, d.fd, d.process, thread, copyOf));
            return id;
        }
        if (d.id == null) {
            String id = m.newId();
            d.id = id;
            d.thread = thread;
            TraceSocket s = d.socket;
            String copyOf = s.firstId == null || s.proto == Proto.SELECTOR ? "" : s.firstId;
            if (s.firstId == null) {
                s.firstId = id;
            }
            m.out(d.process, EventType.OPEN, (seq, t) -> TraceEvents.open(seq, t, id, s.proto, s.family, d.fd, d.process, thread, copyOf));
            if (s.announceNonBlocking) {
                s.announceNonBlocking = false;
                m.out(d.process, EventType.OPTION, (seq, t) -> new OptionSet(seq, t, id, "BLOCKING", "false", "", ""));
            }
        }
        return d.id;
    }
}
