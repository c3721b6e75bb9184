package io.sockscope.model.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a socket's addresses by inode: from what strace showed of it (a descriptor's annotation
 * turns from {@code TCP:[inode]} to {@code TCP:[addr->addr]} once it is bound or connected), and
 * on a live system from the {@code /proc/net} tables, which list every socket by inode. A
 * client's ephemeral port is known nowhere else at the moment its connect returns.
 */
final class AddressBook {
    private static final List<String> TABLES = List.of("tcp", "tcp6", "udp", "udp6");
    private final Map<Long, String[]> known = new HashMap<>();
    private final Map<String, Long> inodeOf = new HashMap<>();
    private final Path procNet;

    /** {@code procNet} null: only what strace showed (a recorded trace). */
    AddressBook(Path procNet) {
        this.procNet = procNet;
    }

    /** The {@code /proc/net} folder this book reads, or null for a recorded trace. */
    Path procNet() {
        return procNet;
    }

    static AddressBook live() {
        Path p = Path.of("/proc/net");
        return new AddressBook(Files.isReadable(p.resolve("tcp")) ? p : null);
    }

    /** Learns from every descriptor annotation of a line (call it for all lines of a recording first). */
    void learn(StraceLine line) {
        String key = line.pid() + ":";
        for (String arg : List.of(line.args(), line.result())) {
            int at = 0;
            while ((at = arg.indexOf("<", at)) > 0) {
                int start = at - 1;
                while (start >= 0 && Character.isDigit(arg.charAt(start))) {
                    start--;
                }
                String fd = arg.substring(start + 1, at);
                int end = Args.tagEnd(arg, at);
                FdTag tag = FdTag.parse(arg.substring(at + 1, end));
                at = end;
                if (fd.isEmpty() || !tag.socket()) {
                    continue;
                }
                if (tag.inode() >= 0 && tag.local().isEmpty()) {
                    inodeOf.put(key + fd, tag.inode());
                } else {
                    Long inode = inodeOf.remove(key + fd);
                    if (inode != null) {
                        known.putIfAbsent(inode, new String[] {tag.local(), tag.remote()});
                    }
                }
            }
        }
    }

    /** {local, remote} of the socket with this inode, or null. */
    String[] lookup(long inode) {
        if (inode < 0) {
            return null;
        }
        String[] k = known.get(inode);
        if (k != null || procNet == null) {
            return k;
        }
        for (String table : TABLES) {
            String[] found = scan(procNet.resolve(table), inode, table.endsWith("6"));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String[] scan(Path file, long inode, boolean v6) {
        try {
            for (String row : Files.readAllLines(file)) {
                String[] f = row.trim().split("\\s+");
                if (f.length > 9 && f[9].equals(Long.toString(inode))) {
                    return new String[] {address(f[1], v6), f[2].startsWith("00000000") && f[2].endsWith(":0000")
                            ? "" : address(f[2], v6)};
                }
            }
        } catch (IOException e) {
            return null; // the table went away with the process: nothing to add
        }
        return null;
    }

    /** {@code 0100007F:1F90} (little-endian words) as {@code 127.0.0.1:8080}. */
    static String address(String hex, boolean v6) {
        int colon = hex.indexOf(':');
        int port = Integer.parseInt(hex.substring(colon + 1), 16);
        String h = hex.substring(0, colon);
        byte[] b = new byte[h.length() / 2];
        for (int w = 0; w < b.length / 4; w++) {
            for (int i = 0; i < 4; i++) {
                b[w * 4 + i] = (byte) Integer.parseInt(h.substring(w * 8 + (3 - i) * 2, w * 8 + (3 - i) * 2 + 2), 16);
            }
        }
        if (!v6) {
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff) + ":" + port;
        }
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= b[i] == 0;
        }
        if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff) + ":" + port;
        }
        try {
            String text = java.net.InetAddress.getByAddress(b).getHostAddress().replaceAll("(^|:)(0(:|$)){2,}", "::");
            return "[" + text.replaceAll(":::+", "::") + "]:" + port;
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(hex, e);
        }
    }
}
