package io.sockscope.app.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What a serving process holds, from /proc: its descriptors (number and target:
 * {@code 12 -> socket:[4711]}), its threads (by name), and from the kernel's TCP table the
 * connections waiting in the accept queue of its listening socket and the accepted ones still
 * open. Threads leave out the JDK's "process reaper": a pool thread the JDK starts for a child
 * process and ends itself 60 s after the last one, so it can be there at the first count and
 * gone at the second (seen: 21 threads, then 20) without anything leaking.
 */
record Holdings(List<String> descriptors, List<String> threads, long queued, long accepted) {
    /**
     * In /proc/net/tcp: the state of a listening socket, whose rx_queue is the length of its
     * accept queue. A socket it accepted has the same local address, and an inode until it is
     * closed (rows without one are connections still queued or closed ones winding down).
     */
    private static final String LISTEN = "0A";

    static Holdings of(long pid, int port) throws IOException {
        Path proc = Path.of("/proc", Long.toString(pid));
        List<String> descriptors = list(proc.resolve("fd"), Holdings::target).stream()
                .sorted(Comparator.comparingInt(d -> Integer.parseInt(d.substring(0, d.indexOf(' '))))).toList();
        List<String> threads = list(proc.resolve("task"), Holdings::comm).stream()
                .filter(n -> !n.equals("process reaper")).sorted().toList();
        long queued = 0;
        long accepted = 0;
        PeerNames.Endpoint listening = PeerNames.Endpoint.parse("127.0.0.1:" + port);
        List<String> rows = Files.readAllLines(Path.of("/proc/net/tcp"));
        for (String row : rows.subList(1, rows.size())) { // the first is the heading
            String[] f = row.trim().split("\\s+"); // sl local remote st tx_queue:rx_queue ... inode
            if (listening.equals(PeerNames.Endpoint.fromProc(f[1]))) {
                if (f[3].equals(LISTEN)) {
                    queued = Long.parseLong(f[4].substring(f[4].indexOf(':') + 1), 16);
                } else if (!f[9].equals("0")) {
                    accepted++;
                }
            }
        }
        return new Holdings(descriptors, threads, queued, accepted);
    }

    /**
     * Nothing waits to be accepted, every accepted connection is closed and no worker serving one
     * ({@code server/s7}) is left.
     */
    boolean idle() {
        return queued == 0 && accepted == 0 && threads.stream().noneMatch(n -> n.startsWith("server/"));
    }

    /** The same numbers of descriptors, threads, connections waiting and connections accepted. */
    boolean sameCounts(Holdings other) {
        return descriptors.size() == other.descriptors.size() && threads.size() == other.threads.size()
                && queued == other.queued && accepted == other.accepted;
    }

    /** What is held now and was not {@code before}, and what was held then and is not now. */
    String changedSince(Holdings before) {
        return "now held: descriptors " + missing(descriptors, before.descriptors) + ", threads " + missing(threads, before.threads)
                + "; no longer held: descriptors " + missing(before.descriptors, descriptors) + ", threads " + missing(before.threads, threads);
    }

    /** The entries of {@code all} that {@code some} lacks, counting repeated names ("java", "java") one by one. */
    private static List<String> missing(List<String> all, List<String> some) {
        List<String> left = new ArrayList<>(all);
        some.forEach(left::remove);
        return left;
    }

    @Override
    public String toString() {
        return descriptors.size() + " descriptors " + descriptors + ", " + threads.size() + " threads " + threads
                + ", " + queued + " connections waiting to be accepted, " + accepted + " accepted and open";
    }

    /** What {@code read} says of each entry of {@code dir}, leaving out entries gone before it was read. */
    private static List<String> list(Path dir, Function<Path, String> read) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(read).filter(Objects::nonNull).toList();
        }
    }

    /** The descriptor and what it refers to, or null when it was closed between the listing and the read. */
    private static String target(Path fd) {
        try {
            return fd.getFileName() + " -> " + Files.readSymbolicLink(fd);
        } catch (IOException e) {
            return null;
        }
    }

    /** The thread's name, or null when it ended between the listing and the read. */
    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException e) {
            return null;
        }
    }
}
