package io.sockscope.model.engine;

import io.sockscope.model.internal.NioEngine;
import java.util.Objects;

/** Starts engines. */
public final class Engines {
    private Engines() {
    }

    /** A new engine running real java.nio sockets; close it to release every socket and thread. */
    public static Engine start(EngineConfig config) {
        Objects.requireNonNull(config, "config");
        return NioEngine.start(config);
    }
}
