package io.sockscope.app.live;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.Engines;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Failure;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve --echo} without a window, for tests that need it in a process of its own (under
 * {@code ulimit -n}): prints {@code serving on ADDRESS}, then one line per failed accept
 * ({@code accept failed: MESSAGE}), and ends when its standard input closes.
 */
public final class ServeHarness {
    private ServeHarness() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        try (Engine engine = Engines.start(LiveSession.ENGINE_CONFIG)) {
            engine.subscribe(e -> {
                if (e instanceof Failure f && f.call().equals("accept")) {
                    out.println("accept failed: " + f.message());
                }
            });
            CountDownLatch served = new CountDownLatch(1);
            new ServeMode(engine, 0, true, PeerNames.system()).start(e -> {
                out.println(e instanceof Bind b ? "serving on " + b.local() : "cannot serve: " + ((Failure) e).message());
                served.countDown();
            });
            served.await();
            out.flush();
            waitForEndOfInput();
        }
    }

    private static void waitForEndOfInput() {
        try {
            while (System.in.read() >= 0) {
                // the parent closes our input to end us
            }
        } catch (IOException e) {
            System.err.println("serve harness: " + e.getMessage());
        }
    }
}
