package io.sockscope.app.live;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Names the program at the other end of a loopback TCP connection, when Linux tells: the
 * socket bound to that address is found in {@code /proc/net/tcp{,6}} (its inode), then the
 * process holding {@code socket:[inode]} among its {@code /proc/PID/fd} entries, then its
 * {@code /proc/PID/comm}. Plain Java; every step may come up empty (other OS, other user).
 */
public final class PeerNames {
    private static final System.Logger LOG = System.getLogger(PeerNames.class.getName());
    private final Path proc;

    public PeerNames(Path proc) {
        this.proc = Objects.requireNonNull(proc, "proc");
    }

    /** Reads the real {@code /proc}. */
    public static PeerNames system() {
        return new PeerNames(Path.of("/proc"));
    }

    /** A program and its process id. */
    public record Program(String name, long pid) {
    }

    /**
     * An outside peer as its lifeline shows it: the owner label, and the process when /proc tells.
     *
     * @param pid     the process id, {@link io.sockscope.model.event.Open#NO_PID} when unknown
     * @param program the program name, "" when unknown
     */
    public record Peer(String owner, int pid, String program) {
    }

    /** The outside peer at {@code address}: its label ({@code external: nc (pid 1234)} or {@code external: 127.0.0.1:5000}) and process. */
    public Peer peer(String address) {
        return program(address).map(p -> new Peer("external: " + p.name() + " (pid " + p.pid() + ")", (int) p.pid(), p.name()))
                .orElse(new Peer("external: " + address, io.sockscope.model.event.Open.NO_PID, ""));
    }

    /** The lifeline owner label for an outside peer at {@code address} (see {@link #peer}). */
    public String owner(String address) {
        return peer(address).owner();
    }

    /** The program whose socket has local address {@code address} ("127.0.0.1:54321", "[::1]:80"). */
    public Optional<Program> program(String address) {
        OptionalLong inode = inode(address);
        if (inode.isEmpty()) {
            return Optional.empty();
        }
        String link = "socket:[" + inode.getAsLong() + "]";
        try (DirectoryStream<Path> pids = Files.newDirectoryStream(proc, p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path pid : pids) {
                if (holds(pid.resolve("fd"), link)) {
                    String comm = Files.readString(pid.resolve("comm")).trim();
                    return Optional.of(new Program(comm, Long.parseLong(pid.getFileName().toString())));
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot scan " + proc + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    private static boolean holds(Path fds, String link) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(fds)) {
            for (Path fd : entries) {
                try {
                    if (link.equals(Files.readSymbolicLink(fd).toString())) {
                        return true;
                    }
                } catch (IOException e) {
                    // the descriptor closed while we looked: not this one
                    LOG.log(System.Logger.Level.TRACE, "gone: " + fd);
                }
            }
        } catch (IOException e) {
            // another user's process, or one that just exited: we cannot tell, so it is not a match
            LOG.log(System.Logger.Level.TRACE, "cannot list " + fds + ": " + e.getMessage());
        }
        return false;
    }

    /** The inode of the TCP socket whose local address is {@code address}, from /proc/net/tcp and tcp6. */
    public OptionalLong inode(String address) {
        Endpoint want = Endpoint.parse(address);
        if (want == null) {
            return OptionalLong.empty();
        }
        for (String table : List.of("tcp", "tcp6")) {
            try {
                for (String line : Files.readAllLines(proc.resolve("net").resolve(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && f[1].contains(":") && !f[0].equals("sl")) {
                        Endpoint local = Endpoint.fromProc(f[1]);
                        long inode = Long.parseLong(f[9]);
                        if (inode != 0 && want.equals(local)) {
                            return OptionalLong.of(inode);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "cannot read " + table + ": " + e.getMessage());
            }
        }
        return OptionalLong.empty();
    }

    /** An address and port; IPv4-mapped IPv6 addresses compare equal to their IPv4 form. */
    record Endpoint(byte[] ip4or6, int port) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Endpoint e && e.port == port && Arrays.equals(e.ip4or6, ip4or6);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ip4or6) * 31 + port;
        }

        static Endpoint parse(String address) {
            int colon = address.lastIndexOf(':');
            if (colon <= 0) {
                return null;
            }
            String host = address.substring(0, colon).replace("[", "").replace("]", "");
            try {
                return of(InetAddress.getByName(host).getAddress(), Integer.parseInt(address.substring(colon + 1)));
            } catch (UnknownHostException | NumberFormatException e) {
                return null;
            }
        }

        /** "0100007F:D431" (tcp) or 32 hex digits (tcp6): 32-bit words in host (little-endian) order. */
        static Endpoint fromProc(String field) {
            String[] hp = field.split(":");
            String hex = hp[0];
            byte[] ip = new byte[hex.length() / 2];
            for (int w = 0; w < ip.length / 4; w++) {
                for (int b = 0; b < 4; b++) {
                    int at = w * 8 + (3 - b) * 2;
                    ip[w * 4 + b] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
                }
            }
            return of(ip, Integer.parseInt(hp[1], 16));
        }

        private static Endpoint of(byte[] ip, int port) {
            if (ip.length == 16 && isMapped(ip)) {
                ip = Arrays.copyOfRange(ip, 12, 16);
            }
            return new Endpoint(ip, port);
        }

        private static boolean isMapped(byte[] ip) {
            for (int i = 0; i < 10; i++) {
                if (ip[i] != 0) {
                    return false;
                }
            }
            return ip[10] == (byte) 0xff && ip[11] == (byte) 0xff;
        }
    }
}
