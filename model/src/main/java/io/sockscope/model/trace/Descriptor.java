package io.sockscope.model.trace;

import java.util.LinkedHashMap;
import java.util.Map;

/** One process's descriptor for a socket: a lifeline of its own once the session shows it. */
final class Descriptor {
    final TraceProcess process;
    final int fd;
    final TraceSocket socket;
    boolean closeOnExec;
    /** The lifeline id, null until the descriptor first shows. */
    String id;
    /** The thread whose group {@link #id} is in (the process's pid for its main thread). */
    int thread;
    /** Lifelines of this descriptor in the groups of other threads that used it, by thread id. */
    final Map<Integer, String> threadIds = new LinkedHashMap<>(0);
    /** For an epoll instance: registered descriptor number → interest letters. */
    final Map<Integer, String> interest = new LinkedHashMap<>();

    Descriptor(TraceProcess process, int fd, TraceSocket socket, boolean closeOnExec) {
        this.process = process;
        this.fd = fd;
        this.socket = socket;
        this.closeOnExec = closeOnExec;
    }
}
