package io.sockscope.model.scenario.connection;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineOption;
import io.sockscope.model.engine.SocketId;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.TcpState;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.StateWatch;
import io.sockscope.model.scenario.support.TcpPair;

/** time-wait: the side that closes first sits in TIME_WAIT, which keeps a restarted server from binding its port. */
final class TimeWait extends BaseScenario {

    TimeWait() {
        super("time-wait",
                new Caption("TIME_WAIT and restarting a server", "TIME_WAIT 与重启服务器"),
                new Caption(
                        "The side that closes a TCP connection first does not forget it at once: its kernel keeps the"
                                + " connection in TIME_WAIT for 60 seconds on Linux, so that late packets of the old connection"
                                + " cannot be taken for a new one. Here the server closes first, so the TIME_WAIT entry holds"
                                + " the server's port. A restarted server that binds that port fails with EADDRINUSE; with"
                                + " SO_REUSEADDR set before bind, Linux lets it bind while the entry remains. (Java's"
                                + " ServerSocket and ServerSocketChannel turn SO_REUSEADDR on by themselves; here, as in C,"
                                + " the socket binds as a plain socket and must ask for it.)",
                        "先关闭 TCP 连接的一方并不会立刻忘掉它：在 Linux 上，它的内核会让这条连接在 TIME_WAIT 状态停留 60 秒，"
                                + "以免旧连接迟到的数据包被当成新连接的数据。这里服务器先关闭，所以 TIME_WAIT 条目占着服务器的端口。"
                                + "重启的服务器再 bind() 这个端口会失败，报 EADDRINUSE；在 bind() 之前设置 SO_REUSEADDR，"
                                + "Linux 就允许在条目还在时绑定。（Java 的 ServerSocket 和 ServerSocketChannel 会自动打开 SO_REUSEADDR；"
                                + "这里和 C 一样，套接字以普通套接字的身份 bind()，必须自己设置。）"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine e = ctx.engine();
        try (StateWatch states = StateWatch.start(e)) {
            ctx.step(TcpPair.SET_UP);
            TcpPair pair = TcpPair.open(ctx);

            ctx.step(new Caption(
                    "The server closes its connection first (an active close). The client's kernel answers the FIN,"
                            + " so the server side waits in FIN_WAIT2 and the client in CLOSE_WAIT.",
                    "服务器先关闭它的连接（主动关闭）。客户端的内核确认了 FIN，于是服务器这一端停在 FIN_WAIT2，客户端停在 CLOSE_WAIT。"));
            Calls.expect(ctx, e.close(pair.child()), Close.class);
            states.await(pair.client(), TcpState.CLOSE_WAIT);
            states.await(pair.child(), TcpState.FIN_WAIT2);

            ctx.step(new Caption(
                    "The client closes too. The connection is over, but the server's side now sits in TIME_WAIT,"
                            + " holding the server's port, although the program has no socket for it any more.",
                    "客户端也关闭了。连接已经结束，但服务器这一端进入了 TIME_WAIT，继续占着服务器的端口，尽管程序里已经没有对应的套接字。"));
            Calls.expect(ctx, e.close(pair.client()), Close.class);
            states.await(pair.child(), TcpState.TIME_WAIT);

            ctx.step(new Caption(
                    "The server stops: it closes its listening socket. A new server socket binds the same address"
                            + " and fails with EADDRINUSE: the TIME_WAIT entry still holds the port.",
                    "服务器停下来，关闭监听套接字。新的服务器套接字 bind() 同一个地址，失败并报 EADDRINUSE：TIME_WAIT 条目还占着这个端口。"));
            Calls.expect(ctx, e.close(pair.server()), Close.class);
            SocketId again = e.openTcp(Family.INET, "server");
            Calls.expectFailure(ctx, e.bind(again, pair.address()), ErrorKind.ADDRESS_IN_USE);

            ctx.step(new Caption(
                    "The new server sets SO_REUSEADDR and binds again: this time Linux allows it, although the"
                            + " TIME_WAIT entry is still there, and the server listens on its old port.",
                    "新的服务器设置 SO_REUSEADDR 后再次 bind()：这一次 Linux 允许了，尽管 TIME_WAIT 条目仍在，服务器又在原来的端口上监听了。"));
            Calls.expect(ctx, e.setOption(again, EngineOption.SO_REUSEADDR, true), OptionSet.class);
            Calls.expect(ctx, e.bind(again, pair.address()), Bind.class);
            Calls.expect(ctx, e.listen(again, 5), Listen.class);

            ctx.step(new Caption(
                    "The server closes. The old TIME_WAIT entry ends by itself after 60 s; in a live session its"
                            + " lifeline head shows when the kernel lets it go.",
                    "服务器关闭。旧的 TIME_WAIT 条目 60 秒后自行消失；在实时会话里，生命线顶部会显示内核何时放掉它。"));
            Calls.expect(ctx, e.close(again), Close.class);
        }
    }
}
