package io.sockscope.model.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.Select;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.SendTo;
import io.sockscope.model.event.Shutdown;
import io.sockscope.model.event.ShutdownHow;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What the tutorial's programs must show, asserted the same way on a recorded and on a live trace. */
final class Lessons {
    private Lessons() {
    }

    static <T extends Event> List<T> all(List<Event> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static Map<String, Open> opens(List<Event> events) {
        return all(events, Open.class).stream().collect(Collectors.toMap(Open::socket, o -> o));
    }

    static String owner(List<Event> events, String socket) {
        Open o = opens(events).get(socket);
        if (o != null) {
            return o.owner();
        }
        Accept a = all(events, Accept.class).stream().filter(x -> x.child().equals(socket)).findFirst().orElseThrow();
        return owner(events, a.socket());
    }

    static byte[] bytes(List<Event> events, Predicate<Event> which, boolean sent) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Event e : events) {
            if (!which.test(e)) {
                continue;
            }
            if (sent && e instanceof Send s) {
                out.writeBytes(s.payload().bytes());
            } else if (!sent && e instanceof Recv r && r.done() > 0) {
                out.writeBytes(r.payload().bytes());
            }
        }
        return out.toByteArray();
    }

    /** echo: accept spawns a child of the listener, on the port the client connected from; the bytes go both ways whole. */
    static void echo(List<Event> events) {
        Listen listen = all(events, Listen.class).get(0);
        Accept accept = all(events, Accept.class).get(0);
        Connect connect = all(events, Connect.class).get(0);
        assertEquals(listen.socket(), accept.socket(), "accept spawns from the listening socket");
        assertNotEquals(accept.socket(), accept.child());
        assertEquals(connect.local(), accept.remote(), "the child's peer is the client's ephemeral address");
        assertEquals(connect.remote(), accept.local());
        assertTrue(owner(events, connect.socket()).startsWith("echo_client.py (pid "), owner(events, connect.socket()));
        assertTrue(owner(events, accept.socket()).startsWith("echo_server.py (pid "));
        byte[] clientSent = bytes(events, e -> connect.socket().equals(e.socket()), true);
        byte[] serverGot = bytes(events, e -> accept.child().equals(e.socket()), false);
        assertArrayEquals("hello\nworld\n".getBytes(), clientSent);
        assertArrayEquals(clientSent, serverGot, "bytes sent by one program are the bytes the other received");
        assertArrayEquals(clientSent, bytes(events, e -> accept.child().equals(e.socket()), true));
        assertArrayEquals(clientSent, bytes(events, e -> connect.socket().equals(e.socket()), false));
        // Only the client's own failures: the traced processes may also make calls of their own
        // (a C library asking nscd over a Unix socket, say) that fail on other lifelines.
        Failure eagain = all(events, Failure.class).stream().filter(f -> f.socket().equals(connect.socket())).findFirst()
                .orElseThrow(() -> new AssertionError("the client's non-blocking recv failed: " + all(events, Failure.class)));
        assertEquals(ErrorKind.WOULD_BLOCK, eagain.kind());
        assertEquals("recv", eagain.call());
        assertTrue(eagain.message().startsWith("EAGAIN"), eagain.message());
        assertTrue(all(events, Recv.class).stream().noneMatch(r -> r.done() == 0),
                "a recv with nothing to read is an error, never a zero-byte read");
        Recv eof = all(events, Recv.class).stream().filter(r -> r.socket().equals(accept.child())).reduce((a, b) -> b).orElseThrow();
        assertEquals(-1, eof.done(), "recv returned 0 after the client closed: end of stream");
        assertTrue(events.stream().anyMatch(e -> e instanceof Close c && c.socket().equals(accept.child())));
    }

    /** fork: the child process closes its copy of the listener; the parent's close of the connection leaves it open. */
    static void fork(List<Event> events) {
        Listen listen = all(events, Listen.class).get(0);
        Open listener = opens(events).get(listen.socket());
        List<Open> childCopies = all(events, Open.class).stream()
                .filter(o -> o.owner().startsWith("fork_server.py") && !o.owner().equals(listener.owner())).toList();
        assertFalse(childCopies.isEmpty(), "the forked child has lifelines of its own");
        assertTrue(childCopies.stream().anyMatch(o -> o.fd() == listener.fd()
                && events.stream().anyMatch(e -> e instanceof Close c && c.socket().equals(o.socket()))),
                "the child closes its copy of the listener");
        assertTrue(all(events, Note.class).stream().anyMatch(n -> n.text().contains("stays open")),
                "the parent's close of the connection is explained");
        Accept accept = all(events, Accept.class).get(0);
        Open childConn = childCopies.stream().filter(o -> o.fd() == accept.fd()).findFirst().orElseThrow();
        assertEquals(accept.child(), childConn.copyOf(), "the child's connection is the accepted socket, copied by fork");
        assertTrue(childCopies.stream().anyMatch(o -> o.fd() == listener.fd() && o.copyOf().equals(listener.socket())),
                "the child's listener is the parent's, copied by fork");
        Close parentClose = all(events, Close.class).stream().filter(c -> c.socket().equals(accept.child())).findFirst().orElseThrow();
        assertTrue(childConn.seq() < parentClose.seq(), "the child's copy is drawn before the parent's close, so that close is not the socket's end");
        Connect connect = all(events, Connect.class).get(0);
        assertArrayEquals(bytes(events, e -> connect.socket().equals(e.socket()), true),
                bytes(events, e -> childConn.socket().equals(e.socket()), false), "the child process reads what the client sent");
    }

    /** select: the listener is ready to accept when a client waits; a client with data is ready to read. */
    static void select(List<Event> events) {
        Listen listen = all(events, Listen.class).get(0);
        List<Select> selects = all(events, Select.class);
        assertFalse(selects.isEmpty());
        Select first = selects.get(0);
        assertEquals(1, first.selected());
        assertEquals("A", first.keys().stream().filter(k -> k.socket().equals(listen.socket())).findFirst().orElseThrow().ready());
        Accept accept = all(events, Accept.class).get(0);
        assertTrue(selects.stream().anyMatch(s -> s.keys().stream().anyMatch(k -> k.socket().equals(accept.child())
                && k.interest().equals("R") && k.ready().equals("R"))), "a connection with data selects as readable");
        for (Select s : selects) {
            long ready = s.keys().stream().filter(k -> !k.ready().isEmpty()).count();
            assertEquals(s.selected(), ready, "select's count is the number of ready descriptors");
        }
    }

    /** udp: datagrams name their peer; no connection, no accept. */
    static void udp(List<Event> events) {
        assertTrue(all(events, Accept.class).isEmpty());
        List<SendTo> sends = all(events, SendTo.class);
        List<RecvFrom> recvs = all(events, RecvFrom.class);
        assertTrue(sends.size() >= 4, "each datagram and its answer");
        assertEquals(sends.size(), recvs.size(), "every datagram sent was received (loopback)");
        SendTo ping = sends.get(0);
        RecvFrom got = recvs.stream().filter(r -> !r.socket().equals(ping.socket())).findFirst().orElseThrow();
        assertArrayEquals("ping".getBytes(), got.payload().bytes());
        assertEquals(ping.peer(), all(events, io.sockscope.model.event.Bind.class).get(0).local());
    }

    /** half-close: the client shuts down its sending side; the server reads end of stream, then still answers. */
    static void halfClose(List<Event> events) {
        Shutdown sh = all(events, Shutdown.class).get(0);
        assertEquals(ShutdownHow.WRITE, sh.how());
        Accept accept = all(events, Accept.class).get(0);
        int eofAt = -1;
        int answerAt = -1;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Recv r && r.socket().equals(accept.child()) && r.done() == -1) {
                eofAt = i;
            }
            if (e instanceof Send s && s.socket().equals(accept.child())) {
                answerAt = i;
            }
        }
        assertTrue(eofAt > events.indexOf(sh) && answerAt > eofAt, "EOF after the shutdown, the answer after the EOF");
        assertArrayEquals("got 19 bytes\n".getBytes(), bytes(events, e -> sh.socket().equals(e.socket()), false));
    }

    /**
     * close is not shutdown (closeshut_server.py, closeshut_client.py): the server closes one of
     * two descriptors of the connection; the client reads bytes sent after that close, and its
     * select then finds nothing to read (no end of stream). The server's shutdown(SHUT_WR) on a
     * descriptor while another is open is the client's end of stream: the server closes its
     * descriptors only after the client closed, which it did after reading end of stream.
     */
    static void closeShutdown(List<Event> events) {
        Accept accept = all(events, Accept.class).get(0);
        String client = all(events, Connect.class).get(0).socket();
        List<Open> copies = all(events, Open.class).stream().filter(o -> o.copyOf().equals(accept.child())).toList();
        assertEquals(2, copies.size(), "two dups of the accepted socket: " + copies);
        io.sockscope.model.event.Close firstClose = all(events, io.sockscope.model.event.Close.class).stream()
                .filter(c -> c.socket().equals(accept.child())).findFirst().orElseThrow();
        assertTrue(copies.get(0).seq() < firstClose.seq(), "the copy was made before the close");
        Send after = all(events, Send.class).stream().filter(x -> x.socket().equals(copies.get(0).socket())).findFirst().orElseThrow();
        assertTrue(after.seq() > firstClose.seq() && after.done() == "sent after close\n".length(), "a send after the close works");
        Recv got = all(events, Recv.class).stream().filter(r -> r.socket().equals(client) && r.done() > 0).findFirst().orElseThrow();
        assertArrayEquals("sent after close\n".getBytes(), got.payload().bytes(), "the client reads what came after the close");
        Select waited = all(events, Select.class).stream().filter(x -> x.seq() > got.seq()).findFirst().orElseThrow();
        assertEquals(0, waited.selected(), "then nothing is ready: no end of stream");
        Shutdown sh = all(events, Shutdown.class).get(0);
        assertEquals(ShutdownHow.WRITE, sh.how());
        assertTrue(copies.stream().anyMatch(o -> o.socket().equals(sh.socket())), "shutdown on one of the copies");
        String otherOpen = copies.stream().map(Open::socket).filter(id -> !id.equals(sh.socket())).findFirst().orElseThrow();
        io.sockscope.model.event.Close otherClose = all(events, io.sockscope.model.event.Close.class).stream()
                .filter(c -> c.socket().equals(otherOpen)).findFirst().orElseThrow();
        assertTrue(otherClose.seq() > sh.seq(), "another descriptor was still open at the shutdown");
        List<Recv> eofs = all(events, Recv.class).stream().filter(r -> r.socket().equals(client) && r.done() == -1).toList();
        assertEquals(1, eofs.size(), "one end of stream for the client");
        // strace lists two processes' calls in the order it saw them return, not always in the
        // kernel's: only the order within each process is asserted. The client reads end of
        // stream, then closes; the server reads that close only after its shutdown, and closes
        // its two descriptors after that: the end of stream came while both were open.
        io.sockscope.model.event.Close clientClose = all(events, io.sockscope.model.event.Close.class).stream()
                .filter(c -> c.socket().equals(client)).findFirst().orElseThrow();
        assertTrue(waited.seq() < eofs.get(0).seq() && eofs.get(0).seq() < clientClose.seq(), "client: wait, end of stream, close");
        Recv serverEof = all(events, Recv.class).stream().filter(r -> r.done() == -1
                && copies.stream().anyMatch(o -> o.socket().equals(r.socket()))).findFirst().orElseThrow();
        List<io.sockscope.model.event.Close> serverCloses = all(events, io.sockscope.model.event.Close.class).stream()
                .filter(c -> copies.stream().anyMatch(o -> o.socket().equals(c.socket()))).toList();
        assertEquals(2, serverCloses.size());
        assertTrue(sh.seq() < serverEof.seq() && serverCloses.stream().allMatch(c -> c.seq() > serverEof.seq()),
                "server: shutdown, then the client's close read as end of stream, then both descriptors closed");
    }

    /**
     * thread_server.py (+ echo_client.py): the main thread accepts, a thread per client serves the
     * connection. Each connection has a lifeline in the accepting main thread's group and one in
     * its serving thread's group (the same socket: {@code copyOf}); all in the server's process.
     */
    static void threads(List<Event> events) {
        List<Accept> accepts = all(events, Accept.class);
        assertEquals(2, accepts.size());
        Open listener = opens(events).get(accepts.get(0).socket());
        assertEquals(Open.NO_PID, listener.thread(), "the listener is the main thread's");
        java.util.Set<Integer> threads = new java.util.HashSet<>();
        for (Accept a : accepts) {
            Open served = all(events, Open.class).stream().filter(o -> o.copyOf().equals(a.child())).findFirst()
                    .orElseThrow(() -> new AssertionError("the serving thread's lifeline of " + a.child()));
            assertEquals(listener.pid(), served.pid(), "one process");
            assertNotEquals(Open.NO_PID, served.thread());
            assertNotEquals(listener.pid(), served.thread());
            assertEquals("thread " + served.thread() + " (pid " + listener.pid() + ")", served.owner());
            assertEquals(listener.program(), served.program());
            assertEquals("pid " + listener.pid() + " thread " + served.thread(), served.group());
            threads.add(served.thread());
            assertTrue(bytes(events, e -> a.child().equals(e.socket()), false).length == 0, "the main thread reads nothing");
            assertTrue(bytes(events, e -> served.socket().equals(e.socket()), false).length > 0, "the thread reads the client's bytes");
            List<Close> closes = all(events, Close.class).stream()
                    .filter(c -> c.socket().equals(a.child()) || c.socket().equals(served.socket())).toList();
            assertEquals(2, closes.size(), "the thread's close ends the descriptor in both groups: " + closes);
            assertEquals(served.socket(), closes.get(1).socket(), "the closing thread's own close comes last");
        }
        assertEquals(2, threads.size(), "a thread per client");
    }

    /**
     * lookup_unix.py: the program's own Unix client failing to connect is drawn; the C library's
     * failed tries to reach a system service under /run or /var/run are not, and a note says so
     * (at most once per process and path).
     */
    static void lookup(List<Event> events) {
        List<Failure> refused = all(events, Failure.class).stream().filter(f -> f.call().equals("connect")).toList();
        assertEquals(1, refused.size(), "only the program's own connect failure is drawn: " + refused);
        assertTrue(refused.get(0).message().startsWith("ENOENT"), refused.get(0).message());
        io.sockscope.model.event.Open own = all(events, io.sockscope.model.event.Open.class).stream()
                .filter(o -> o.socket().equals(refused.get(0).socket())).findFirst().orElseThrow();
        assertEquals(io.sockscope.model.event.Family.UNIX, own.family());
        List<String> services = all(events, Note.class).stream().map(Note::text).filter(t -> t.contains("the C library's try to reach")).toList();
        assertEquals(services.stream().distinct().count(), services.size(), "one note per process and service: " + services);
    }
}
