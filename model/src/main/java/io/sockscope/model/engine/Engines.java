package io.sockscope.model.engine;

import io.sockscope.model.internal.NioEngine;
import java.util.Objects;

/** Starts engines. */
public final class Engines {
    private Engines() {
    }

    /**
     * From now on the calling thread never runs an engine call itself: its calls always go to
     * the socket's worker (a call submitted to an idle worker may otherwise run on the
     * submitting thread). For a user interface's thread, which must not wait for the engine's
     * lock, a system call or a read of {@code /proc}.
     */
    public static void neverRunCallsOnThisThread() {
        NioEngine.neverRunCallsOnThisThread();
    }

    /** A new engine running real java.nio sockets; close it to release every socket and thread. */
    public static Engine start(EngineConfig config) {
        Objects.requireNonNull(config, "config");
        return NioEngine.start(config);
    }
}
