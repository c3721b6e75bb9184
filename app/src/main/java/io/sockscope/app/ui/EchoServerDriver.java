package io.sockscope.app.ui;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Recv;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * {@code sockscope serve}: a loopback TCP server on the live engine that accepts every
 * connection and, with echo on, sends back whatever it reads, so outside programs can be watched.
 */
final class EchoServerDriver {
    private static final System.Logger LOG = System.getLogger(EchoServerDriver.class.getName());
    private final ExecutorService loops = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "serve-loop");
        t.setDaemon(true);
        return t;
    });
    private final Engine engine;
    private final boolean echo;

    private EchoServerDriver(Engine engine, boolean echo) {
        this.engine = engine;
        this.echo = echo;
    }

    /** Binds 127.0.0.1:{@code port} (0: any free port) and serves; {@code onFailure} hears why it could not. */
    static EchoServerDriver start(LiveSession live, int port, boolean echo, Consumer<String> onFailure) {
        EchoServerDriver d = new EchoServerDriver(live.engine(), echo);
        d.loops.execute(() -> d.serve(port, onFailure));
        return d;
    }

    private void serve(int port, Consumer<String> onFailure) {
        try {
            String server = engine.openTcp(Family.INET, "server");
            Event bound = engine.bind(server, "127.0.0.1:" + port).get();
            Event listening = bound instanceof Failure ? bound : engine.listen(server, 50).get();
            if (listening instanceof Failure f) {
                Platform.runLater(() -> onFailure.accept(f.call() + ": " + f.message()));
                return;
            }
            while (true) {
                Event e = engine.accept(server).get();
                if (!(e instanceof Accept a)) {
                    return; // the server socket was closed (the session ended) or accept failed: the error is drawn
                }
                loops.execute(() -> connection(a.child()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "serve stopped: " + e.getCause());
        }
    }

    private void connection(String socket) {
        Engine own = engine.onThread("conn-" + socket);
        try {
            while (true) {
                Event e = own.recv(socket, 4096).get();
                if (e instanceof Recv r && r.done() > 0) {
                    if (echo) {
                        own.send(socket, r.payload().bytes()).get();
                    }
                } else {
                    own.close(socket).get(); // end of stream or an error: hang up as a server would
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "connection " + socket + " stopped: " + e.getCause());
        }
    }

    void stop() {
        loops.shutdownNow();
    }
}
