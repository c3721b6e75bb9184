package io.sockscope.model.trace;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;

/** Builds the events that name a traced process; the one place a lifeline's owner is made. */
final class TraceEvents {
    private TraceEvents() {
    }

    /** The owner group of a process's lifelines: {@code python3 (pid 1234)}. */
    static String owner(String program, int pid) {
        return program + " (pid " + pid + ")";
    }

    /**
     * The owner group of the lifelines of one thread of a process: {@code thread 1240 (pid 1234)},
     * drawn beside its process's group (the program name is the process's label).
     */
    static String owner(int pid, int tid) {
        return "thread " + tid + " (pid " + pid + ")";
    }

    /**
     * {@code socket()} (or a descriptor first seen) in process {@code p}; {@code copyOf} names the
     * first lifeline of the same kernel socket when this descriptor is another one of it, else "".
     */
    static Event open(long seq, long t, String socket, Proto proto, Family family, int fd, TraceProcess p, String copyOf) {
        return open(seq, t, socket, proto, family, fd, p, p.pid, copyOf);
    }

    /** As above, the lifeline of thread {@code tid} of {@code p} (its main thread when {@code tid} is its pid). */
    static Event open(long seq, long t, String socket, Proto proto, Family family, int fd, TraceProcess p, int tid,
                      String copyOf) {
        return new Open(seq, t, socket, proto, family, fd, p.label(tid), p.pid, p.program, copyOf,
                tid == p.pid ? Open.NO_PID : tid);
    }
}
