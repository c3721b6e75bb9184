package io.sockscope.app.live;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Recv;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code sockscope serve}: a loopback TCP server that accepts every connection, reads what each
 * sends (and with echo sends it back), so outside programs can be watched. Each outside peer
 * gets a lifeline of its own via {@link Engine#external}, named by program when /proc tells.
 *
 * <p>One daemon thread accepts. Each connection is served by a chain of engine calls on a
 * worker named after it ({@code server/s7}); no thread of this class waits for it, and the
 * engine ends the worker (thread and private selector) once the connection is closed and idle.
 * When accept fails for want of a resource (descriptors, buffers: EMFILE, ENFILE, ENOBUFS) the
 * failure is an event like any other, and accepting resumes after a back-off (10 ms doubling
 * to 1 s) instead of ending. It ends when the engine closes.
 */
public final class ServeMode {
    private static final System.Logger LOG = System.getLogger(ServeMode.class.getName());
    private static final int BACKLOG = 50;
    static final long FIRST_BACKOFF_MS = 10;
    static final long MAX_BACKOFF_MS = 1_000;

    private final Engine engine;
    private final int port;
    private final boolean echo;
    private final PeerNames names;

    public ServeMode(Engine engine, int port, boolean echo, PeerNames names) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.port = port;
        this.echo = echo;
        this.names = Objects.requireNonNull(names, "names");
    }

    /**
     * Opens, binds and listens, then accepts on a background thread. {@code bound} gets the
     * server's address ("127.0.0.1:41234") or, if it could not listen, the failure.
     */
    public void start(Consumer<Event> bound) {
        Objects.requireNonNull(bound, "bound");
        Thread t = new Thread(() -> run(bound), "sockscope-serve");
        t.setDaemon(true);
        t.start();
    }

    private void run(Consumer<Event> bound) {
        SocketId server = engine.openTcp(Family.INET, "server");
        Event b = await(engine.bind(server, "127.0.0.1:" + port));
        Event l = b instanceof Bind ? await(engine.listen(server, BACKLOG)) : b;
        if (l instanceof Failure) {
            bound.accept(l);
            return;
        }
        bound.accept(b);
        long backoff = 0;
        while (true) {
            Event e = await(engine.accept(server));
            if (e instanceof Accept a) {
                backoff = 0;
                PeerNames.Peer peer = names.peer(a.remote());
                SocketId outside = engine.external(a.remote(), a.local(), peer.owner(), peer.pid(), peer.program());
                String thread = "server/" + a.child();
                serve(engine.onThread(thread), SocketId.of(a.child()), thread, new Outside(outside, a.remote()));
            } else if (e instanceof Failure f && retry(f)) {
                backoff = backoff == 0 ? FIRST_BACKOFF_MS : Math.min(MAX_BACKOFF_MS, backoff * 2);
                LOG.log(System.Logger.Level.DEBUG, "serve: accept failed (" + f.message() + "); again in " + backoff + " ms");
                if (!sleep(backoff)) {
                    return;
                }
            } else {
                LOG.log(System.Logger.Level.DEBUG, "serve: accept ended: " + e);
                return;
            }
        }
    }

    /** Whether accept may work again later: it failed for want of a resource, not because the server is gone. */
    static boolean retry(Failure f) {
        if (f.kind() == ErrorKind.CLOSED || f.kind() == ErrorKind.ILLEGAL_STATE) {
            return false;
        }
        String m = f.message();
        return m.contains("Too many open files") // EMFILE and ENFILE ("... in system")
                || m.contains("No buffer space") // ENOBUFS
                || m.contains("Cannot allocate memory"); // ENOMEM
    }

    /**
     * Reads until end of stream or error (echoing when asked), then closes the accepted socket
     * and ends its worker.
     */
    private void serve(Engine mine, SocketId child, String thread, Outside outside) {
        mine.recv(child, 4096).thenAccept(e -> {
            if (!(e instanceof Recv r) || r.done() < 0) {
                finish(mine, child, thread, outside, e);
            } else if (echo && r.done() > 0) {
                mine.send(child, r.payload().bytes()).thenAccept(s -> {
                    if (s instanceof Failure) {
                        finish(mine, child, thread, outside, s);
                    } else {
                        serve(mine, child, thread, outside);
                    }
                });
            } else {
                serve(mine, child, thread, outside);
            }
        });
    }

    /** The outside program's socket: its lifeline and its address (our accepted socket's remote). */
    private record Outside(SocketId id, String address) {
    }

    /**
     * Ends the outside lifeline as {@code last} (our recv's end of stream, or a failure) shows it,
     * then closes our socket. After end of stream the kernel's table tells close from half-close: a
     * socket its program closed is orphaned (no inode), one only shut down is still held.
     */
    private void finish(Engine mine, SocketId child, String thread, Outside outside, Event last) {
        if (last instanceof Failure f && f.kind() == ErrorKind.RESET) {
            engine.externalEnded(outside.id(), Engine.ExternalEnd.RESET);
        } else if (last instanceof Recv) {
            engine.externalEnded(outside.id(), names.inode(outside.address()).isPresent()
                    ? Engine.ExternalEnd.HALF_CLOSED : Engine.ExternalEnd.CLOSED);
        }
        mine.close(child);
        engine.endThread(thread);
    }

    private static boolean sleep(long ms) {
        try {
            TimeUnit.MILLISECONDS.sleep(ms);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Event await(CompletableFuture<Event> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("serve interrupted", e);
        } catch (ExecutionException e) {
            // the engine promises futures never fail; if one does, stop this loop and say why
            throw new IllegalStateException("engine call failed", e.getCause());
        }
    }
}
