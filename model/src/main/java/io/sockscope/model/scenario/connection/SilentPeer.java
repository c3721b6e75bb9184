package io.sockscope.model.scenario.connection;

import io.sockscope.model.engine.EngineOption;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.TcpPair;
import java.util.concurrent.CompletableFuture;

/** silent-peer: a blocking recv() on a peer that neither sends nor closes, ended only by SO_RCVTIMEO. */
final class SilentPeer extends BaseScenario {
    static final int TIMEOUT_MS = 1500;

    SilentPeer() {
        super("silent-peer",
                new Caption("A silent peer", "沉默的对端"),
                new Caption(
                        "The worst case for a blocking socket: the other side stays connected but never sends and never"
                                + " closes. A recv() then has nothing to return and no end of stream to report, so it waits"
                                + " for ever. A peer whose machine died without closing looks just the same, and TCP may take"
                                + " a very long time to notice: a side that only receives never notices unless SO_KEEPALIVE is"
                                + " on (by default 7200 s idle, then 9 probes 75 s apart), and a side that sends gives up after"
                                + " tcp_retries2 (15 retries, about 15 minutes). Here the server bounds its wait with a 1.5 s"
                                + " receive timeout. Java's channels have no SO_RCVTIMEO, so Sockscope emulates it like Python's"
                                + " settimeout (the kernel's value stays unset); in C a timed-out recv() fails with EAGAIN and"
                                + " the connection stays usable.",
                        "阻塞套接字最糟的情形：对方保持连接，却既不发送也不关闭。这时 recv() 没有数据可返回，也没有流结束可报告，"
                                + "于是永远等下去。对方机器没来得及关闭连接就宕机时，看起来也完全一样，而 TCP 可能要过很久才会发觉。"
                                + "只接收的一方，除非打开 SO_KEEPALIVE（默认空闲 7200 秒后开始，每 75 秒探测一次，共 9 次），否则永远不会发觉；"
                                + "发送的一方则在重传 tcp_retries2 次（15 次，约 15 分钟）后放弃。这里服务器给等待设了 1.5 秒的接收超时。"
                                + "Java 的通道没有 SO_RCVTIMEO，Sockscope 像 Python 的 settimeout 那样模拟它（内核里的值并未设置）；"
                                + "在 C 里，超时的 recv() 以 EAGAIN 失败，连接仍可继续使用。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine engine = ctx.engine();

        ctx.step(TcpPair.SET_UP);
        TcpPair pair = TcpPair.openQueued(ctx, Family.INET);

        ctx.step(new Caption(
                "The server sets a 1.5 s receive timeout on its connection, emulated by Sockscope (Java has no"
                        + " SO_RCVTIMEO; the kernel's stays unset). Without one, a blocking recv() may wait for ever.",
                "服务器给这条连接设置 1.5 秒的接收超时，由 Sockscope 模拟（Java 没有 SO_RCVTIMEO，内核里的值未设置）。"
                        + "不设超时的话，阻塞的 recv() 可能会永远等下去。"));
        Calls.expect(ctx, engine.setOption(pair.child(), EngineOption.SO_RCVTIMEO, (long) TIMEOUT_MS),
                OptionSet.class);

        ctx.step(new Caption(
                "The server calls recv(). The client is connected but silent, so the call blocks: no data, and no"
                        + " end of stream either. After 1.5 s the timeout ends the wait with an error (EAGAIN in C); the"
                        + " connection itself is still fine.",
                "服务器调用 recv()。客户端连着却一声不吭，调用就阻塞了：既没有数据，也没有流结束。"
                        + "1.5 秒后，超时以错误结束了等待（C 里是 EAGAIN）；连接本身仍然完好。"));
        // one step, so the timeout stays inside it even when a live run pauses between steps
        CompletableFuture<Event> waiting = Calls.untilBlocked(ctx, pair.child(),
                () -> engine.recv(pair.child(), 1024));
        Calls.expectFailure(ctx, waiting, ErrorKind.TIMED_OUT);

        ctx.step(new Caption(
                "The server gives up on this client and closes; the client and the listening socket close too.",
                "服务器放弃这个客户端，关闭连接；客户端和监听套接字也随之关闭。"));
        Calls.expect(ctx, engine.close(pair.child()), Close.class);
        Calls.expect(ctx, engine.close(pair.client()), Close.class);
        Calls.expect(ctx, engine.close(pair.server()), Close.class);
    }
}
