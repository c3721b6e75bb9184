package io.sockscope.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.engine.Engines;
import io.sockscope.model.engine.Pair;
import io.sockscope.model.event.Recv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** A worker thread done with its connection ends, and its private selector's descriptors with it. */
@EnabledOnOs(OS.LINUX)
class WorkerEndTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void workersEndedAfterTheirConnectionLeaveNoThreadAndNoDescriptor() throws Exception {
        try (Engine engine = Engines.start(new EngineConfig(64, 0))) {
            connection(engine, "conn/warm-up");
            awaitNoWorkers();
            long fds = openFds();
            for (int i = 0; i < 40; i++) {
                connection(engine, "conn/" + i);
            }
            awaitNoWorkers();
            assertEquals(fds, openFds(), "descriptors before and after 40 connections, each served by its own worker");
            // a name used again starts a new worker that works as the first did
            connection(engine, "conn/0");
        }
    }

    /** A connection served on worker {@code thread}: a blocking recv waits, the client sends, both close, the worker is let go. */
    private static void connection(Engine engine, String thread) throws Exception {
        Pair p = Pair.open(engine);
        Engine worker = engine.onThread(thread);
        var recv = worker.recv(p.child(), 16); // waits in the worker's selector until the client sends
        engine.send(p.client(), new byte[] {1, 2, 3});
        assertInstanceOf(Recv.class, recv.get(10, TimeUnit.SECONDS));
        engine.close(p.client());
        worker.close(p.child());
        engine.close(p.server());
        engine.endThread(thread);
    }

    private static void awaitNoWorkers() throws InterruptedException {
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("conn/") && t.isAlive())) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private static long openFds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        }
    }
}
