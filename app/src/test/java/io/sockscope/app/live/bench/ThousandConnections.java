package io.sockscope.app.live.bench;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.Scenario;
import io.sockscope.model.scenario.ScenarioContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Benchmark scenario: one server, {@code n} clients connect, are accepted, send a line that the server reads. */
final class ThousandConnections implements Scenario {
    private final int n;
    private final long pauseNanos;

    /** {@code pauseNanos} between connections (0: as fast as the engine goes). */
    ThousandConnections(int n, long pauseNanos) {
        this.n = n;
        this.pauseNanos = pauseNanos;
    }

    @Override
    public String id() {
        return "bench-" + n + "-connections";
    }

    @Override
    public Caption title() {
        return new Caption(n + " connections", n + " 个连接");
    }

    @Override
    public Caption description() {
        return new Caption("Stress test of the live window.", "实时窗口的压力测试。");
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine e = ctx.engine();
        ctx.step(new Caption("A server listens.", "服务端监听。"));
        SocketId server = e.openTcp(Family.INET, "server");
        Bind b = (Bind) ctx.await(e.bind(server, "127.0.0.1:0"));
        ctx.await(e.listen(server, 1024));
        ctx.step(new Caption(n + " clients connect and are accepted.", n + " 个客户端连接并被接受。"));
        List<SocketId[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SocketId c = e.openTcp(Family.INET, "client");
            ctx.await(e.connect(c, b.local()));
            Event a = ctx.await(e.accept(server));
            pairs.add(new SocketId[] {c, SocketId.of(((Accept) a).child())});
            if (pauseNanos > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(pauseNanos);
            }
        }
        ctx.step(new Caption("Each client sends a line; the server reads it.", "每个客户端发送一行，服务端读取。"));
        byte[] line = "hello\n".getBytes(StandardCharsets.US_ASCII);
        for (SocketId[] p : pairs) {
            ctx.await(e.send(p[0], line));
            ctx.await(e.onThread("server").recv(p[1], 64));
        }
    }
}
