package io.sockscope.model.probe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the socket tables of Linux's {@code /proc/net/tcp}, {@code tcp6}, {@code udp} and
 * {@code udp6}: per socket inode, its state and its {@code tx_queue}/{@code rx_queue}.
 * For a LISTEN row {@code rx_queue} is the accept-queue length (the backlog is not shown).
 * UDP queues count kernel memory per datagram, not payload bytes.
 */
public final class ProcNet {
    /** TCP_LISTEN in the kernel's state numbering. */
    public static final int STATE_LISTEN = 0x0A;
    private static final Path DIR = Path.of("/proc/net");

    private ProcNet() {
    }

    /** One row of a table; ports as numbers (the addresses themselves are not kept). */
    public record Row(long inode, int state, int txQueue, int rxQueue, int localPort, int remotePort) {
        /** The key of {@link #byPorts}. */
        public static long ports(int localPort, int remotePort) {
            return (long) localPort << 16 | remotePort;
        }
    }

    /** True when this system has the tables (Linux). */
    public static boolean available() {
        return Files.isReadable(DIR.resolve("tcp"));
    }

    /**
     * One table kept open: each {@link #read()} re-reads it from offset 0, which the kernel
     * answers with fresh figures. Keeping the file open means sampling never takes a
     * descriptor number, so it cannot steal the number a socket just freed.
     */
    public static final class Table implements AutoCloseable {
        private final FileChannel file;
        private ByteBuffer buf = ByteBuffer.allocate(1 << 16);

        /** Opens {@code /proc/net/NAME} ("tcp", "tcp6", "udp", "udp6"). */
        public Table(String name) throws IOException {
            this.file = FileChannel.open(DIR.resolve(name), StandardOpenOption.READ);
        }

        /** The table now, by inode; rows with inode 0 are left out. */
        public Map<Long, Row> read() throws IOException {
            return parse(fill(), false);
        }

        /**
         * The table now, every row, keyed by {@link Row#ports}: a socket the program closed
         * (FIN_WAIT, TIME_WAIT) has inode 0 and is found only by its ports.
         */
        public Map<Long, Row> byPorts() throws IOException {
            return parse(fill(), true);
        }

        private ByteBuffer fill() throws IOException {
            buf.clear();
            long pos = 0;
            int n;
            while ((n = file.read(buf, pos)) > 0) {
                pos += n;
                if (!buf.hasRemaining()) {
                    ByteBuffer bigger = ByteBuffer.allocate(buf.capacity() * 2);
                    buf.flip();
                    bigger.put(buf);
                    buf = bigger;
                }
            }
            buf.flip();
            return buf;
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    /**
     * Parses a table's bytes (header line first) without building strings: the probe reads
     * the whole system's table every few milliseconds while sockets are busy. Columns, split
     * at blanks: 1 local and 2 remote address:port (hex), 3 st (hex), 4 tx_queue:rx_queue
     * (hex), 9 inode (decimal).
     */
    public static Map<Long, Row> parse(ByteBuffer text) {
        return parse(text, false);
    }

    /** Every row, inode 0 included, keyed by {@link Row#ports}. */
    public static Map<Long, Row> parseByPorts(ByteBuffer text) {
        return parse(text, true);
    }

    private static Map<Long, Row> parse(ByteBuffer text, boolean byPorts) {
        Map<Long, Row> rows = new HashMap<>();
        int end = text.limit();
        int i = text.position();
        while (i < end && text.get(i) != '\n') {
            i++;
        }
        while (i < end) {
            i++;
            int col = -1;
            int state = 0;
            long tx = 0;
            long rx = 0;
            long inode = 0;
            int localPort = 0;
            int remotePort = 0;
            boolean afterColon = false;
            boolean blank = true;
            for (; i < end && text.get(i) != '\n'; i++) {
                int c = text.get(i);
                if (c == ' ' || c == '\t') {
                    blank = true;
                    continue;
                }
                if (blank) {
                    blank = false;
                    col++;
                    afterColon = false;
                }
                if (col == 1 || col == 2) {
                    if (c == ':') {
                        afterColon = true;
                    } else if (afterColon && col == 1) {
                        localPort = localPort * 16 + Character.digit(c, 16);
                    } else if (afterColon) {
                        remotePort = remotePort * 16 + Character.digit(c, 16);
                    }
                } else if (col == 3) {
                    state = state * 16 + Character.digit(c, 16);
                } else if (col == 4) {
                    if (c == ':') {
                        afterColon = true;
                    } else if (afterColon) {
                        rx = rx * 16 + Character.digit(c, 16);
                    } else {
                        tx = tx * 16 + Character.digit(c, 16);
                    }
                } else if (col == 9) {
                    inode = inode * 10 + (c - '0');
                }
            }
            if (col >= 9 && byPorts) {
                rows.put(Row.ports(localPort, remotePort), new Row(inode, state, (int) tx, (int) rx, localPort, remotePort));
            } else if (col >= 9 && inode != 0) {
                rows.put(inode, new Row(inode, state, (int) tx, (int) rx, localPort, remotePort));
            }
        }
        return rows;
    }
}
