package io.sockscope.model.trace;

import io.sockscope.model.event.Family;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.QueueSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a traced socket's kernel queues from {@code /proc/net/{tcp,tcp6,udp,udp6}}, found by
 * inode or by its address pair, as the engine's probe does for its own sockets. For a
 * listening socket the receive queue is the accept queue. Nothing on a recorded trace.
 */
final class QueueProbe {
    /** One sample: bytes (TCP) or kernel memory (UDP) queued to send and to read. */
    record Sample(int sendQ, int recvQ, QueueSource source, boolean listening) {
    }

    private final Path procNet;
    private final Map<TraceSocket, Sample> last = new HashMap<>();

    QueueProbe(Path procNet) {
        this.procNet = procNet;
    }

    /** A sample that differs from the socket's last one, or null (unchanged, not found, or no /proc). */
    Sample changed(TraceSocket s) {
        if (procNet == null || s.proto == Proto.UNIX || s.proto == Proto.SELECTOR) {
            return null;
        }
        Sample now = read(s);
        if (now == null || now.equals(last.get(s))) {
            return null;
        }
        last.put(s, now);
        return now;
    }

    private Sample read(TraceSocket s) {
        String base = s.proto == Proto.UDP ? "udp" : "tcp";
        QueueSource source = s.proto == Proto.UDP ? QueueSource.KERNEL_MEMORY : QueueSource.KERNEL;
        for (String table : new String[] {base, base + "6"}) {
            boolean v6 = table.endsWith("6");
            if (s.family == Family.INET6 && !v6) {
                continue;
            }
            try {
                for (String row : Files.readAllLines(procNet.resolve(table))) {
                    String[] f = row.trim().split("\\s+");
                    if (f.length < 10 || !f[4].contains(":") || f[0].equals("sl")) {
                        continue;
                    }
                    boolean match = s.inode > 0 ? f[9].equals(Long.toString(s.inode))
                            : !s.local.isEmpty() && AddressBook.address(f[1], v6).equals(s.local)
                            && (s.remote.isEmpty() || AddressBook.address(f[2], v6).equals(s.remote));
                    if (match) {
                        String[] q = f[4].split(":");
                        return new Sample((int) Long.parseLong(q[0], 16), (int) Long.parseLong(q[1], 16), source, s.listening);
                    }
                }
            } catch (IOException | RuntimeException e) {
                return null; // the table or the row went away with the socket: no sample
            }
        }
        return null;
    }
}
