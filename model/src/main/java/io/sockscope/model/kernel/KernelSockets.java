package io.sockscope.model.kernel;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import io.sockscope.model.event.TcpState;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Exact per-socket figures from the descriptor itself (Linux): {@code ioctl} SIOCINQ and
 * SIOCOUTQ, {@code getsockopt} TCP_INFO (state; a listener's accept queue and backlog) and
 * SO_MEMINFO (buffer sizes, memory in the queues, drops). Each read is a few system calls of
 * about a microsecond, cheap enough to run after every call the engine makes; {@code ss} reads
 * the same kernel fields through sock_diag.
 */
public final class KernelSockets {
    private static final System.Logger LOG = System.getLogger(KernelSockets.class.getName());
    /** FIONREAD / SIOCINQ and TIOCOUTQ / SIOCOUTQ on Linux. */
    private static final NativeLong SIOCINQ = new NativeLong(0x541B);
    private static final NativeLong SIOCOUTQ = new NativeLong(0x5411);
    private static final int SOL_SOCKET = 1;
    private static final int SO_MEMINFO = 55;
    private static final int IPPROTO_TCP = 6;
    private static final int TCP_INFO = 11;
    /** u32 fields of SO_MEMINFO, see include/uapi/linux/sock_diag.h. */
    private static final int MEM_RMEM_ALLOC = 0;
    private static final int MEM_RCVBUF = 1;
    private static final int MEM_WMEM_ALLOC = 2;
    private static final int MEM_SNDBUF = 3;
    private static final int MEM_DROPS = 8;
    private static final int MEM_VARS = 9;
    /** Offsets in struct tcp_info: tcpi_state, tcpi_unacked, tcpi_sacked. */
    private static final int TI_STATE = 0;
    private static final int TI_UNACKED = 24;
    private static final int TI_SACKED = 28;
    /** tcpi_bytes_acked and tcpi_bytes_received (u64, Linux 4.1+). */
    private static final int TI_BYTES_ACKED = 120;
    private static final int TI_BYTES_RECEIVED = 128;
    private static final int TI_SIZE = 232;
    /** The part of struct tcp_info that {@link #tcpCounters} reads: up to tcpi_bytes_received. */
    private static final int TI_COUNTERS = TI_BYTES_RECEIVED + 8;
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
    private static final boolean AVAILABLE = load();

    /** The kind of socket, which decides what is read. */
    public enum Kind { TCP, TCP_LISTENER, UDP, UNIX, UNIX_LISTENER }

    private KernelSockets() {
    }

    private static boolean load() {
        if (!Platform.isLinux()) {
            return false;
        }
        try {
            int[] v = new int[1];
            Libc.ioctl(-1, SIOCINQ, v); // binds the natives now: fails here, not under the engine lock
            SCRATCH.get(); // and loads the scratch memory's classes, which opens class files
            return true;
        } catch (LinkageError | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "no exact socket figures (JNA could not load the C library: " + e
                    + "); queues come from /proc/net");
            return false;
        }
    }

    /** True on Linux with JNA loaded. */
    public static boolean available() {
        return AVAILABLE;
    }

    /** The figures of the socket open as {@code fd}, or null when the kernel refused a read (e.g. a closed descriptor). */
    public static SocketFigures read(int fd, Kind kind) {
        if (!AVAILABLE || fd < 0) {
            return null;
        }
        int[] mem = memInfo(fd);
        if (mem == null) {
            return null;
        }
        int snd = mem[MEM_SNDBUF];
        int rcv = mem[MEM_RCVBUF];
        int drops = mem[MEM_DROPS];
        switch (kind) {
            case TCP_LISTENER: {
                byte[] ti = tcpInfo(fd);
                if (ti == null) {
                    return null;
                }
                return new SocketFigures(0, 0, u32(ti, TI_UNACKED), u32(ti, TI_SACKED), snd, rcv, drops,
                        TcpState.of(ti[TI_STATE] & 0xff));
            }
            case TCP: {
                byte[] ti = tcpInfo(fd);
                int in = ioctl(fd, SIOCINQ);
                int out = ioctl(fd, SIOCOUTQ);
                if (ti == null || in < 0 || out < 0) {
                    return null;
                }
                return new SocketFigures(out, in, -1, -1, snd, rcv, drops, TcpState.of(ti[TI_STATE] & 0xff));
            }
            case UDP: {
                // reading releases a datagram's memory in batches (udp_rmem_release), so an emptied
                // queue can still be charged for a moment; /proc and ss subtract that deficit, which
                // SO_MEMINFO does not show: no datagram waiting (SIOCINQ 0) counts as empty
                int next = ioctl(fd, SIOCINQ);
                int rq = next == 0 ? 0 : mem[MEM_RMEM_ALLOC];
                return new SocketFigures(mem[MEM_WMEM_ALLOC], rq, -1, -1, snd, rcv, drops, null);
            }
            case UNIX: {
                int in = ioctl(fd, SIOCINQ);
                int out = ioctl(fd, SIOCOUTQ);
                if (in < 0 || out < 0) {
                    return null;
                }
                return new SocketFigures(out, in, -1, -1, snd, rcv, drops, null);
            }
            default:
                return new SocketFigures(0, 0, -1, -1, snd, rcv, drops, null);
        }
    }

    /**
     * The queues alone, for a call that moved data (a system call each figure, no more):
     * TCP SIOCINQ and SIOCOUTQ, Unix SIOCINQ (sendQ 0: a Unix socket's unread bytes are
     * counted at its peer), UDP as {@link #read}. Buffer sizes, drops and state are -1 / null
     * (UDP: as in {@link #read}); null when the kernel refused a read.
     */
    public static SocketFigures queues(int fd, Kind kind) {
        if (!AVAILABLE || fd < 0) {
            return null;
        }
        switch (kind) {
            case TCP: {
                int in = ioctl(fd, SIOCINQ);
                int out = ioctl(fd, SIOCOUTQ);
                return in < 0 || out < 0 ? null : new SocketFigures(out, in, -1, -1, -1, -1, -1, null);
            }
            case UNIX: {
                int in = ioctl(fd, SIOCINQ);
                return in < 0 ? null : new SocketFigures(0, in, -1, -1, -1, -1, -1, null);
            }
            default:
                return read(fd, kind);
        }
    }

    /**
     * A TCP socket's counters in one system call (TCP_INFO): its state, the bytes the peer has
     * acknowledged and the bytes received, each counting the SYN or FIN the kernel numbered
     * like a byte (see {@link TcpCounters}). Null when the kernel refused the read or is older
     * than Linux 4.1.
     */
    public static TcpCounters tcpCounters(int fd) {
        if (!AVAILABLE || fd < 0) {
            return null;
        }
        Scratch m = SCRATCH.get();
        m.memory.setInt(TI_COUNTERS, TI_COUNTERS);
        if (Libc.getsockopt(fd, IPPROTO_TCP, TCP_INFO, m.address, m.address + TI_COUNTERS) != 0
                || m.memory.getInt(TI_COUNTERS) < TI_COUNTERS) {
            return null;
        }
        return new TcpCounters(TcpState.of(m.memory.getByte(TI_STATE) & 0xff), m.memory.getLong(TI_BYTES_ACKED),
                m.memory.getLong(TI_BYTES_RECEIVED), m.memory.getInt(TI_UNACKED));
    }

    /**
     * Native memory for one thread's {@link #tcpCounters} reads: the first {@value #TI_COUNTERS}
     * bytes of struct tcp_info, then its length. Passing addresses saves the copies of Java
     * arrays in and out that array arguments cost on every call.
     */
    private static final class Scratch {
        final Memory memory = new Memory(TI_COUNTERS + 4);
        final long address = Pointer.nativeValue(memory);
    }

    /**
     * The address the kernel bound {@code fd} to ({@code getsockname}), for an IPv4 or IPv6
     * socket; null if unknown. Java learns a connecting socket's address only once the connect
     * completes, while the kernel chose it when it sent the SYN.
     */
    public static java.net.InetSocketAddress localAddress(int fd) {
        if (!AVAILABLE || fd < 0) {
            return null;
        }
        byte[] a = new byte[28];
        int[] len = {a.length};
        if (Libc.getsockname(fd, a, len) != 0) {
            return null;
        }
        ByteBuffer bb = ByteBuffer.wrap(a).order(ByteOrder.nativeOrder());
        int family = bb.getShort(0) & 0xffff;
        int port = ((a[2] & 0xff) << 8) | (a[3] & 0xff); // network byte order
        try {
            if (family == 2 && len[0] >= 8) { // AF_INET: port, then 4 address bytes
                return new java.net.InetSocketAddress(java.net.InetAddress.getByAddress(java.util.Arrays.copyOfRange(a, 4, 8)), port);
            }
            if (family == 10 && len[0] >= 24) { // AF_INET6: port, flowinfo, then 16 address bytes
                return new java.net.InetSocketAddress(java.net.InetAddress.getByAddress(java.util.Arrays.copyOfRange(a, 8, 24)), port);
            }
        } catch (java.net.UnknownHostException e) {
            return null;
        }
        return null;
    }

    /** Only the TCP state of {@code fd}, or null. */
    public static TcpState tcpState(int fd) {
        if (!AVAILABLE || fd < 0) {
            return null;
        }
        byte[] ti = tcpInfo(fd);
        return ti == null ? null : TcpState.of(ti[TI_STATE] & 0xff);
    }

    private static int ioctl(int fd, NativeLong request) {
        int[] v = new int[1];
        return Libc.ioctl(fd, request, v) == 0 ? v[0] : -1;
    }

    private static byte[] tcpInfo(int fd) {
        byte[] b = new byte[TI_SIZE];
        int[] len = {b.length};
        return Libc.getsockopt(fd, IPPROTO_TCP, TCP_INFO, b, len) == 0 && len[0] >= TI_SACKED + 4 ? b : null;
    }

    private static int[] memInfo(int fd) {
        byte[] b = new byte[MEM_VARS * 4];
        int[] len = {b.length};
        if (Libc.getsockopt(fd, SOL_SOCKET, SO_MEMINFO, b, len) != 0 || len[0] < b.length) {
            return null;
        }
        int[] v = new int[MEM_VARS];
        for (int i = 0; i < MEM_VARS; i++) {
            v[i] = u32(b, i * 4);
        }
        return v;
    }

    /** A native-endian u32, capped at Integer.MAX_VALUE. */
    private static int u32(byte[] b, int at) {
        long v = Integer.toUnsignedLong(ByteBuffer.wrap(b).order(ByteOrder.nativeOrder()).getInt(at));
        return (int) Math.min(v, Integer.MAX_VALUE);
    }
}
