package io.sockscope.app.live.bench;

/**
 * The soak with the whole window: {@link SoakBench}'s driver against {@link SoakWindowServer}
 * (the window running {@code serve --echo}, Monocle headless). Same arguments as
 * {@link SoakBench}; the server's lines add the diagram fold's rows and records and the
 * longest frame gap every 10 s.
 */
public final class SoakWindowBench {
    private SoakWindowBench() {
    }

    public static void main(String[] args) throws Exception {
        SoakBench.run(args, SoakWindowServer.class);
    }
}
