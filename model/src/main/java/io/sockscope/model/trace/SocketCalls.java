package io.sockscope.model.trace;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.SendTo;
import io.sockscope.model.event.Shutdown;
import io.sockscope.model.event.ShutdownHow;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** Maps socket system calls (socket, bind, listen, accept, connect, send, recv, shutdown, close, options) to events. */
final class SocketCalls {
    private final TraceMapper m;

    SocketCalls(TraceMapper m) {
        this.m = m;
    }

    /** The call as the session names it ({@code accept4} → accept, {@code write} → send), or null if not a socket call. */
    static String callName(String syscall) {
        return switch (syscall) {
            case "accept", "accept4" -> "accept";
            case "connect" -> "connect";
            case "send", "write", "writev", "sendmsg", "sendmmsg", "sendfile", "sendfile64" -> "send";
            case "sendto" -> "sendto";
            case "recv", "read", "readv", "recvmsg", "recvmmsg" -> "recv";
            case "recvfrom" -> "recvfrom";
            default -> null;
        };
    }

    void call(TraceProcess p, StraceLine l, Result r) {
        List<String> a = Args.split(l.args());
        if (l.name().equals("socket")) {
            socket(p, a, r);
            return;
        }
        if (l.name().equals("socketpair")) {
            SocketPairs.map(m, p, a, r);
            return;
        }
        if (a.isEmpty()) {
            return;
        }
        Descriptor d = m.descriptor(p, a.get(0));
        if (d == null || d.socket.proto == Proto.SELECTOR) {
            if (d != null && l.name().equals("close") && !r.failed()) {
                m.release(d);
            }
            return;
        }
        sampleAfter(p, d, l, r);
    }

    private void sampleAfter(TraceProcess p, Descriptor d, StraceLine l, Result r) {
        dispatch(p, d, l, r);
        if (!l.name().equals("close") && d.process.fds.get(d.fd) == d) {
            m.sample(d);
        }
    }

    private void dispatch(TraceProcess p, Descriptor d, StraceLine l, Result r) {
        flushBind(d.socket);
        List<String> a = Args.split(l.args());
        switch (l.name()) {
            case "bind" -> bind(p, d, a, r);
            case "listen" -> listen(p, d, a, r);
            case "accept", "accept4" -> accept(p, d, a, r);
            case "connect" -> connect(p, d, a, r);
            case "send", "sendto", "write" -> send(p, d, a.size() > 1 ? a.get(1) : "", arg(a, 2), a.size() > 4 ? a.get(4) : "", r);
            // bytes copied from a file by the kernel: their count is known, not their contents
            case "sendfile", "sendfile64" -> send(p, d, "", arg(a, 3), "", r);
            case "writev" -> send(p, d, iov(a.size() > 1 ? a.get(1) : ""), iovLength(a.size() > 1 ? a.get(1) : ""), "", r);
            case "sendmsg" -> {
                String msg = a.size() > 1 ? a.get(1) : "";
                String iov = Args.field(msg, "msg_iov");
                send(p, d, iov(iov), iovLength(iov), Args.field(msg, "msg_name"), r);
            }
            case "sendmmsg" -> messages(p, d, arg0(a, 1), r, true);
            case "recvmmsg" -> messages(p, d, arg0(a, 1), r, false);
            case "recv", "recvfrom", "read" -> recv(p, d, a.size() > 1 ? a.get(1) : "", arg(a, 2), a.size() > 4 ? a.get(4) : "", r);
            case "readv" -> recv(p, d, iov(arg0(a, 1)), iovLength(arg0(a, 1)), "", r);
            case "recvmsg" -> {
                String msg = arg0(a, 1);
                String iov = Args.field(msg, "msg_iov");
                recv(p, d, iov(iov), iovLength(iov), Args.field(msg, "msg_name"), r);
            }
            case "shutdown" -> shutdown(p, d, a, r);
            case "close" -> {
                if (!r.failed()) {
                    m.release(d, true);
                }
            }
            case "setsockopt" -> option(p, d, a, r);
            case "fcntl", "fcntl64" -> {
                if (a.size() > 2 && a.get(1).equals("F_SETFL") && !r.failed()) {
                    blocking(p, d, !a.get(2).contains("O_NONBLOCK"));
                } else if (a.size() > 1 && a.get(1).startsWith("F_DUPFD") && !r.failed() && r.value() >= 0) {
                    m.adopt(p, (int) r.value(), d.socket, a.get(1).equals("F_DUPFD_CLOEXEC"));
                }
            }
            case "ioctl" -> {
                if (a.size() > 2 && a.get(1).equals("FIONBIO") && !r.failed()) {
                    blocking(p, d, a.get(2).equals("[0]"));
                }
            }
            case "dup", "dup2", "dup3" -> {
                if (!r.failed() && r.value() >= 0) {
                    m.adopt(p, (int) r.value(), d.socket, l.name().equals("dup3") && arg0(a, 2).contains("O_CLOEXEC"));
                }
            }
            default -> {
            }
        }
    }

    private void socket(TraceProcess p, List<String> a, Result r) {
        if (r.failed() || r.value() < 0 || a.size() < 2) {
            return;
        }
        Family family = switch (a.get(0)) {
            case "AF_INET6" -> Family.INET6;
            case "AF_UNIX", "AF_LOCAL" -> Family.UNIX;
            default -> Family.INET;
        };
        if (!List.of("AF_INET", "AF_INET6", "AF_UNIX", "AF_LOCAL").contains(a.get(0))) {
            return; // netlink and friends: not the tutorial's sockets
        }
        Proto proto = family == Family.UNIX ? Proto.UNIX : a.get(1).startsWith("SOCK_DGRAM") ? Proto.UDP : Proto.TCP;
        TraceSocket s = new TraceSocket(proto, family);
        s.unixDatagram = family == Family.UNIX && a.get(1).startsWith("SOCK_DGRAM");
        TraceMapper.learn(s, FdTag.parse(r.tag()));
        Descriptor d = m.adopt(p, (int) r.value(), s, a.get(1).contains("SOCK_CLOEXEC"));
        boolean nonBlocking = a.get(1).contains("SOCK_NONBLOCK");
        if (family == Family.UNIX) { // shown at its first call: it may be the C library asking a system service
            s.nonBlocking = nonBlocking;
            s.announceNonBlocking = nonBlocking;
            return;
        }
        m.show(d);
        if (nonBlocking) {
            blocking(p, d, false);
        }
    }

    /**
     * {@code sendmmsg} / {@code recvmmsg}: a vector of messages moved by one call, each drawn as a
     * send or receive of its own ({@code msg_len} bytes); only the first {@code result} moved.
     */
    private void messages(TraceProcess p, Descriptor d, String vector, Result r, boolean sending) {
        if (r.failed()) {
            fail(p, m.show(d), sending ? (d.socket.datagram() ? "sendto" : "send") : (d.socket.datagram() ? "recvfrom" : "recv"), r);
            return;
        }
        List<String> msgs = Args.items(vector);
        for (int i = 0; i < Math.min(r.value(), msgs.size()); i++) {
            String hdr = Args.field(msgs.get(i), "msg_hdr");
            String iov = Args.field(hdr, "msg_iov");
            Result one = Result.parse(Args.field(msgs.get(i), "msg_len"));
            if (sending) {
                send(p, d, iov(iov), iovLength(iov), Args.field(hdr, "msg_name"), one);
            } else {
                recv(p, d, iov(iov), iovLength(iov), Args.field(hdr, "msg_name"), one);
            }
        }
    }

    private void bind(TraceProcess p, Descriptor d, List<String> a, Result r) {
        String id = m.show(d);
        if (r.failed()) {
            fail(p, id, "bind", r);
            return;
        }
        String asked = SockAddr.of(arg0(a, 1));
        String[] found = m.addresses.lookup(d.socket.inode);
        String local = found != null && !found[0].isEmpty() ? found[0] : asked;
        TraceSocket s = d.socket;
        s.local = local;
        s.pendingBind = () -> m.out(p, EventType.BIND, (seq, t) -> new Bind(seq, t, id, s.local));
        if (!(s.proto == Proto.TCP && local.endsWith(":0"))) {
            flushBind(s);
        }
    }

    /** Shows a bind held back for the port the kernel chose, with the best address known now. */
    private void flushBind(TraceSocket s) {
        Runnable r = s.pendingBind;
        s.pendingBind = null;
        if (r == null) {
            return;
        }
        if (s.local.endsWith(":0")) {
            String[] found = m.addresses.lookup(s.inode);
            if (found != null && !found[0].isEmpty()) {
                s.local = found[0];
            }
        }
        r.run();
    }

    private void listen(TraceProcess p, Descriptor d, List<String> a, Result r) {
        String id = m.show(d);
        if (r.failed()) {
            fail(p, id, "listen", r);
            return;
        }
        d.socket.listening = true;
        int backlog = (int) Args.leadingNumber(arg0(a, 1));
        d.socket.backlog = backlog;
        m.out(p, EventType.LISTEN, (seq, t) -> new Listen(seq, t, id, backlog));
    }

    private void accept(TraceProcess p, Descriptor d, List<String> a, Result r) {
        String id = m.show(d);
        if (r.failed()) {
            fail(p, id, "accept", r);
            return;
        }
        TraceSocket child = new TraceSocket(d.socket.proto, d.socket.family);
        FdTag tag = FdTag.parse(r.tag());
        TraceMapper.learn(child, tag);
        if (child.local.isEmpty()) {
            child.local = d.socket.local;
        }
        if (child.remote.isEmpty()) {
            child.remote = SockAddr.of(arg0(a, 1));
        }
        String flags = a.size() > 3 ? a.get(3) : "";
        Descriptor c = m.adopt(p, (int) r.value(), child, flags.contains("SOCK_CLOEXEC"));
        String childId = m.newId();
        c.id = childId;
        c.thread = m.threadOf(p);
        child.firstId = childId;
        String local = child.local;
        String remote = child.remote;
        int fd = c.fd;
        m.out(p, EventType.ACCEPT, (seq, t) -> new Accept(seq, t, id, childId, fd, local, remote));
        m.sample(c);
        if (flags.contains("SOCK_NONBLOCK")) {
            blocking(p, c, false);
        }
    }

    private void connect(TraceProcess p, Descriptor d, List<String> a, Result r) {
        boolean inProgress = r.errno().equals("EINPROGRESS");
        if (d.id == null && r.failed() && !inProgress && systemService(d.socket, SockAddr.of(arg0(a, 1)))) {
            leaveOut(p, d.socket, SockAddr.of(arg0(a, 1)), r);
            return;
        }
        String id = m.show(d);
        if (r.failed() && !inProgress) {
            fail(p, id, "connect", r);
            return;
        }
        String remote = SockAddr.of(arg0(a, 1));
        String[] found = m.addresses.lookup(d.socket.inode);
        if (found != null && !found[0].isEmpty()) {
            d.socket.local = found[0];
        }
        d.socket.remote = remote;
        ConnectState state = inProgress ? ConnectState.IN_PROGRESS : ConnectState.CONNECTED;
        TraceSocket s = d.socket;
        s.pendingConnect = () -> {
            String local = s.local;
            m.out(p, EventType.CONNECT, (seq, t) -> new Connect(seq, t, id, local, remote, state));
        };
        if (!s.local.isEmpty() || s.proto == Proto.UNIX) {
            TraceMapper.flushConnect(s); // else: shown when the next call on it reveals the ephemeral port
        }
    }

    private void send(TraceProcess p, Descriptor d, String buf, long requested, String to, Result r) {
        String id = m.show(d);
        boolean dgram = d.socket.datagram();
        if (r.failed()) {
            fail(p, id, dgram ? "sendto" : "send", r);
            return;
        }
        int done = (int) r.value();
        Payload payload = payload(Args.bytes(buf), done);
        int req = (int) Math.max(requested, done);
        if (dgram) {
            String peer = to.isEmpty() || to.equals("NULL") ? d.socket.remote : SockAddr.of(to);
            m.out(p, EventType.SENDTO, (seq, t) -> new SendTo(seq, t, id, peer, req, done, payload));
        } else {
            m.out(p, EventType.SEND, (seq, t) -> new Send(seq, t, id, req, done, payload));
        }
    }

    private void recv(TraceProcess p, Descriptor d, String buf, long requested, String from, Result r) {
        String id = m.show(d);
        boolean dgram = d.socket.datagram();
        if (r.failed()) {
            fail(p, id, dgram ? "recvfrom" : "recv", r);
            return;
        }
        int got = (int) r.value();
        int req = (int) requested;
        Payload payload = payload(Args.bytes(buf), got);
        if (dgram) {
            String peer = from.isEmpty() || from.equals("NULL") ? d.socket.remote : SockAddr.of(from);
            m.out(p, EventType.RECVFROM, (seq, t) -> new RecvFrom(seq, t, id, peer, req, got, payload));
        } else {
            int done = got == 0 && req > 0 ? -1 : got; // recv returned 0: end of stream (the session writes it as -1)
            m.out(p, EventType.RECV, (seq, t) -> new Recv(seq, t, id, req, done, payload));
        }
    }

    private void shutdown(TraceProcess p, Descriptor d, List<String> a, Result r) {
        String id = m.show(d);
        if (r.failed()) {
            fail(p, id, "shutdown", r);
            return;
        }
        ShutdownHow how = switch (arg0(a, 1)) {
            case "SHUT_RD" -> ShutdownHow.READ;
            case "SHUT_WR" -> ShutdownHow.WRITE;
            default -> ShutdownHow.BOTH;
        };
        m.out(p, EventType.SHUTDOWN, (seq, t) -> new Shutdown(seq, t, id, how));
    }

    private void option(TraceProcess p, Descriptor d, List<String> a, Result r) {
        String id = m.show(d);
        if (a.size() < 4) {
            return;
        }
        if (r.failed()) {
            fail(p, id, "setsockopt", r);
            return;
        }
        String name = a.get(2);
        String v = a.get(3);
        String asked = v.startsWith("[") && v.endsWith("]") ? v.substring(1, v.length() - 1) : v;
        if (name.equals("SO_LINGER")) {
            d.socket.lingerZero = Args.field(v, "l_onoff").equals("1") && Args.field(v, "l_linger").equals("0");
        }
        m.out(p, EventType.OPTION, (seq, t) -> new OptionSet(seq, t, id, name, asked, "", ""));
    }

    /**
     * A Unix socket that tried a path under /run or /var/run: the C library looking up a user or a
     * host name asks nscd or systemd there, from any program, many times. When that fails and the
     * socket did nothing else, a note says so once per process and path instead of a lifeline per try.
     */
    private static boolean systemService(TraceSocket s, String path) {
        return s.family == io.sockscope.model.event.Family.UNIX && (path.startsWith("/run/") || path.startsWith("/var/run/"));
    }

    private void leaveOut(TraceProcess p, TraceSocket s, String path, Result r) {
        s.leftOut = true;
        if (p.servicesNoted.add(path)) {
            m.note(p, Texts.systemService(p.label(), path, r.errno()));
        }
    }

    private void blocking(TraceProcess p, Descriptor d, boolean blocking) {
        d.socket.announceNonBlocking = false; // said here, if it changes
        if (d.socket.nonBlocking == !blocking && d.id != null) {
            return; // no change
        }
        d.socket.nonBlocking = !blocking;
        String id = m.show(d);
        String asked = Boolean.toString(blocking);
        m.out(p, EventType.OPTION, (seq, t) -> new OptionSet(seq, t, id, "BLOCKING", asked, "", ""));
    }

    void fail(TraceProcess p, String id, String call, Result r) {
        String message = Errnos.message(r);
        m.out(p, EventType.ERROR, (seq, t) -> new Failure(seq, t, id, call, Errnos.kind(r.errno()), message));
    }

    private Payload payload(byte[] shown, int moved) {
        if (moved <= 0) {
            return Payload.NONE;
        }
        int keep = Math.min(Math.min(shown.length, moved), m.payloadCap);
        return Payload.of(java.util.Arrays.copyOf(shown, keep), moved);
    }

    /** The bytes of an iovec list {@code [{iov_base="..", iov_len=5}, ...]}, joined. */
    private static String iov(String list) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String item : Args.items(list)) {
            byte[] b = Args.bytes(Args.field(item, "iov_base"));
            all.write(b, 0, b.length);
        }
        StringBuilder sb = new StringBuilder("\"");
        for (byte b : all.toByteArray()) {
            sb.append(String.format("\\x%02x", b & 0xff));
        }
        return sb.append('"').toString();
    }

    private static long iovLength(String list) {
        long n = 0;
        for (String item : Args.items(list)) {
            n += Math.max(0, Args.leadingNumber(Args.field(item, "iov_len")));
        }
        return n;
    }

    private static long arg(List<String> a, int i) {
        return i < a.size() ? Args.leadingNumber(a.get(i)) : 0;
    }

    private static String arg0(List<String> a, int i) {
        return i < a.size() ? a.get(i) : "";
    }
}
