package io.sockscope.model.trace;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** A traced process: its program, pid and socket descriptors. */
final class TraceProcess {
    final int pid;
    String program;
    final TreeMap<Integer, Descriptor> fds = new TreeMap<>();
    /** The pseudo selector that select() and poll() calls of this process are drawn on, or null. */
    String selector;
    final Map<String, String> selectInterest = new HashMap<>();
    /** System service paths whose failed tries a note already explained. */
    final java.util.Set<String> servicesNoted = new java.util.HashSet<>();

    TraceProcess(int pid, String program) {
        this.pid = pid;
        this.program = program;
    }

    /** The owner group of this process's lifelines. */
    String label() {
        return TraceEvents.owner(program, pid);
    }

    /** The owner group of the lifelines of thread {@code tid}: the process's for its main thread. */
    String label(int tid) {
        return tid == pid ? label() : TraceEvents.owner(pid, tid);
    }
}
