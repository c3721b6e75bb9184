package io.sockscope.app.live;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Recv;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * {@code sockscope serve}: a loopback TCP server that accepts every connection, reads what each
 * sends (and with echo sends it back), so outside programs can be watched. Each outside peer
 * gets a lifeline of its own via {@link Engine#external}, named by program when /proc tells.
 * Runs on its own daemon threads; ends when the engine closes.
 */
public final class ServeMode {
    private static final System.Logger LOG = System.getLogger(ServeMode.class.getName());
    private static final int BACKLOG = 50;

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
        String server = engine.openTcp(Family.INET, "server");
        Event b = await(engine.bind(server, "127.0.0.1:" + port));
        Event l = b instanceof Bind ? await(engine.listen(server, BACKLOG)) : b;
        if (l instanceof Failure) {
            bound.accept(l);
            return;
        }
        bound.accept(b);
        while (true) {
            Event e = await(engine.accept(server));
            if (!(e instanceof Accept a)) {
                LOG.log(System.Logger.Level.DEBUG, "serve: accept ended: " + e);
                return;
            }
            PeerNames.Peer peer = names.peer(a.remote());
            engine.external(a.remote(), a.local(), peer.owner(), peer.pid(), peer.program());
            Thread reader = new Thread(() -> serve(a.child()), "sockscope-serve " + a.child());
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Reads until end of stream or error (echoing when asked), then closes the accepted socket. */
    private void serve(String child) {
        Engine mine = engine.onThread("server/" + child);
        while (true) {
            Event e = await(mine.recv(child, 4096));
            if (!(e instanceof Recv r) || r.done() < 0) {
                break;
            }
            if (echo && r.done() > 0) {
                byte[] data = r.payload().bytes();
                Event s = await(mine.send(child, data));
                if (s instanceof Failure) {
                    break;
                }
            }
        }
        await(mine.close(child));
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
