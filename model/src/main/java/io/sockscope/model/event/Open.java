package io.sockscope.model.event;

import java.util.Objects;

/**
 * {@code socket()}: a socket (or selector) was created. {@code fd} is the real descriptor number,
 * -1 if unknown; {@code owner} labels the lifeline's group (e.g. server, client,
 * {@code external: nc (pid 1234)}).
 *
 * @param pid     the process that holds the socket when it is another program's (an outside
 *                peer, a traced process); -1 for the sockets Sockscope itself runs for its
 *                simulated programs, or when unknown. Absent in files before this field: -1.
 * @param program that process's program name ({@code nc}, {@code python3}); "" when unknown or
 *                Sockscope's own. Absent in earlier files: "".
 * @param copyOf  when this descriptor is a copy of another (made by fork, dup, dup2, dup3 or
 *                fcntl F_DUPFD): the id of the first lifeline of the same kernel socket, so the
 *                two are one socket (bytes, FIN) drawn on two lifelines; "" otherwise. Written
 *                only when set; absent in earlier files: "".
 * @param thread  the thread of process {@code pid} whose lifeline this is, when a traced program
 *                uses threads and a thread other than its main one used the socket; -1 otherwise.
 *                Written only when set; absent in earlier files: -1.
 */
public record Open(long seq, long t, String socket, Proto proto, Family family, int fd, String owner,
                   int pid, String program, String copyOf, int thread) implements Event {
    /** pid of a socket that belongs to no known outside process. */
    public static final int NO_PID = -1;

    public Open {
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(proto, "proto");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(program, "program");
        copyOf = copyOf == null ? "" : copyOf;
        if (thread < NO_PID || thread >= 0 && pid == NO_PID) {
            throw new IllegalArgumentException("thread must be -1 (none) or a thread id of a known process, not " + thread);
        }
        if (copyOf.equals(socket)) {
            throw new IllegalArgumentException("a socket cannot be a copy of itself: " + socket);
        }
        if (pid < NO_PID) {
            throw new IllegalArgumentException("pid must be -1 (none) or a process id, not " + pid);
        }
    }

    /** A socket (not a copy) of an outside process, or Sockscope's own when {@code pid} is -1. */
    public Open(long seq, long t, String socket, Proto proto, Family family, int fd, String owner,
                int pid, String program) {
        this(seq, t, socket, proto, family, fd, owner, pid, program, "", NO_PID);
    }

    /** A socket of Sockscope's own simulated programs: no outside process. */
    public Open(long seq, long t, String socket, Proto proto, Family family, int fd, String owner) {
        this(seq, t, socket, proto, family, fd, owner, NO_PID, "");
    }

    /**
     * The key its lifeline is grouped by: the process (and thread, for a traced thread's lifeline)
     * when one is known (two sockets of one outside program share a group whatever their
     * labels), else the owner label.
     */
    public String group() {
        return pid == NO_PID ? owner : thread == NO_PID ? "pid " + pid : "pid " + pid + " thread " + thread;
    }

    /** The process part of a {@link #group()} key: the key itself unless it names a thread. */
    public static String processGroup(String group) {
        int t = group.startsWith("pid ") ? group.indexOf(" thread ") : -1;
        return t < 0 ? group : group.substring(0, t);
    }

    @Override
    public EventType type() {
        return EventType.OPEN;
    }
}
