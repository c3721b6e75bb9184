package io.sockscope.model.probe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** One row of a table. */
    public record Row(long inode, int state, int txQueue, int rxQueue) {
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
            return parse(new StringReader(StandardCharsets.US_ASCII.decode(buf).toString()));
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    /** Reads {@code /proc/net/NAME} ("tcp", "tcp6", "udp", "udp6"); rows with inode 0 are left out. */
    public static Map<Long, Row> read(String name) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(DIR.resolve(name), StandardCharsets.US_ASCII)) {
            return parse(r);
        }
    }

    /** Parses a table's text (header line first). */
    public static Map<Long, Row> parse(Reader text) throws IOException {
        BufferedReader r = text instanceof BufferedReader b ? b : new BufferedReader(text);
        Map<Long, Row> rows = new HashMap<>();
        String line = r.readLine();
        while ((line = r.readLine()) != null) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 10) {
                continue;
            }
            long inode = Long.parseLong(f[9]);
            if (inode == 0) {
                continue;
            }
            int colon = f[4].indexOf(':');
            int tx = (int) Long.parseLong(f[4].substring(0, colon), 16);
            int rx = (int) Long.parseLong(f[4].substring(colon + 1), 16);
            rows.put(inode, new Row(inode, Integer.parseInt(f[3], 16), tx, rx));
        }
        return rows;
    }
}
