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
                                + " a very long time to notice. Here the server protects itself with a receive timeout"
                                + " (SO_RCVTIMEO), which ends the wait with an error after 1.5 seconds.",
                        "阻塞套接字最糟的情形：对方保持连接，却既不发送也不关闭。这时 recv() 没有数据可返回，也没有流结束可报告，"
                                + "于是永远等下去。对方机器没来得及关闭连接就宕机时，看起来也完全一样，而 TCP 可能要过很久才会发觉。"
                                + "这里服务器给自己设了接收超时（SO_RCVTIMEO），1.5 秒后等待以错误结束。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine engine = ctx.engine();

        ctx.step(TcpPair.SET_UP);
        TcpPair pair = TcpPair.openQueued(ctx, Family.INET);

        ctx.step(new Caption(
                "The server sets a receive timeout of 1.5 s (SO_RCVTIMEO) on its connection. Without one, a blocking"
                        + " recv() may wait for ever.",
                "服务器给这条连接设置 1.5 秒的接收超时（SO_RCVTIMEO）。不设超时的话，阻塞的 recv() 可能会永远等下去。"));
        Calls.expect(ctx, engine.setOption(pair.child(), EngineOption.SO_RCVTIMEO, (long) TIMEOUT_MS),
                OptionSet.class);

        ctx.step(new Caption(
                "The server calls recv(). The client is connected but silent, so the call blocks: no data, and no"
                        + " end of stream either. After 1.5 s the timeout ends the wait with an error; the connection"
                        + " itself is still fine.",
                "服务器调用 recv()。客户端连着却一声不吭，调用就阻塞了：既没有数据，也没有流结束。"
                        + "1.5 秒后，超时以错误结束了等待；连接本身仍然完好。"));
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
