package io.sockscope.model.internal;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Interest;
import io.sockscope.model.engine.EngineOption;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.engine.Engines;
import io.sockscope.model.engine.Pair;
import io.sockscope.model.event.Family;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs(OS.LINUX)
class DescriptorLeakTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void hundredsOfSocketsLeaveNoDescriptorBehind(@TempDir Path dir) throws Exception {
        churn(dir, 1); // warm up: the JVM opens some descriptors lazily (jars, epoll, pipes)
        long before = openFds();
        churn(dir, 10);
        long after = openFds();
        assertEquals(before, after, "descriptors open before and after");
    }

    /** Each round: TCP pairs, a UDP pair, a Unix pair, a selector and a blocked call cut short. */
    private static void churn(Path dir, int rounds) throws Exception {
        for (int r = 0; r < rounds; r++) {
            try (Engine engine = Engines.start(EngineConfig.defaults())) {
                for (int i = 0; i < 10; i++) {
                    Pair p = Pair.open(engine, i % 2 == 0 ? Family.INET : Family.INET6, 4);
                    engine.send(p.client(), new byte[100]);
                    engine.close(p.client());
                    if (i % 3 == 0) {
                        engine.abort(p.child());
                    }
                }
                engine.openUdp(Family.INET, "u");
                SocketId unix = engine.openUnix("server");
                engine.bind(unix, dir.resolve("s" + r + ".sock").toString());
                engine.listen(unix, 2);
                engine.connect(engine.openUnix("client"), dir.resolve("s" + r + ".sock").toString());
                engine.accept(unix);
                SocketId sel = engine.openSelector("loop");
                Pair q = Pair.open(engine);
                engine.setOption(q.child(), EngineOption.BLOCKING, false);
                engine.register(sel, q.child(), Interest.READ);
                CompletableFuture<?> waiting = engine.onThread("waiter").recv(q.client(), 10);
                engine.select(sel, -1).get(10, TimeUnit.SECONDS);
                waiting.getNow(null);
            }
        }
    }

    private static long openFds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        }
    }
}
