package io.sockscope.model.trace;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Traces a command and prints its events (a development aid: {@code DumpLive COMMAND ARGS...}). */
public final class DumpLive {
    private DumpLive() {
    }

    public static void main(String[] args) throws Exception {
        Tracer t = Tracer.start(new Tracer.Request(List.of(args), 0, "en", 4096, StepCaptions.NONE), System.err);
        t.subscribe(System.out::println);
        t.awaitEnd(60, TimeUnit.SECONDS);
        System.out.println("exit " + t.exitCode() + " problem " + t.problem());
    }
}
