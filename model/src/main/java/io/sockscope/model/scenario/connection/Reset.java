package io.sockscope.model.scenario.connection;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Family;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.TcpPair;
import java.nio.charset.StandardCharsets;

/** reset: an abortive close sends RST, and the other side's calls fail instead of seeing end of stream. */
final class Reset extends BaseScenario {

    Reset() {
        super("reset",
                new Caption("Connection reset (RST)", "连接被复位（RST）"),
                new Caption(
                        "Not every connection ends politely. Here the client closes abortively: with SO_LINGER set to 0,"
                                + " close() throws the connection away and its kernel sends a reset (RST) instead of a FIN."
                                + " A peer also sends RST when it closes with unread data, or when its machine restarted and"
                                + " no longer knows the connection. The server does not get a quiet end of stream: its recv()"
                                + " fails with \"connection reset\", and a later send() fails too.",
                        "连接不一定都能体面地结束。这里客户端以中止方式关闭（abortive close）：把 SO_LINGER 设为 0 后调用 close()，"
                                + "连接被直接丢弃，内核发出复位（RST）而不是 FIN。对方在还有数据没读时关闭，或者机器重启后已不认识这条连接，"
                                + "也会发出 RST。服务器得不到安静的流结束：它的 recv() 以“连接被复位”失败，之后的 send() 也会失败。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine engine = ctx.engine();

        ctx.step(TcpPair.SET_UP);
        TcpPair pair = TcpPair.openQueued(ctx, Family.INET);

        ctx.step(new Caption(
                "The client sets SO_LINGER to 0 and closes: an abortive close. Its kernel drops the connection at once"
                        + " and sends a reset (RST) instead of a FIN.",
                "客户端把 SO_LINGER 设为 0 再关闭，这是中止式关闭：内核立即丢弃这条连接，发出复位（RST）而不是 FIN。"));
        Calls.expect(ctx, engine.abort(pair.client()), Close.class);

        ctx.step(new Caption(
                "The server's recv() fails with \"connection reset by peer\" (ECONNRESET). Unlike end of stream this"
                        + " is an error: data still on its way may have been lost.",
                "服务器的 recv() 以“连接被对方复位”（ECONNRESET）失败。和流结束不同，这是一个错误：途中的数据可能已经丢失。"));
        Calls.expectFailure(ctx, engine.recv(pair.child(), 1024), ErrorKind.RESET);

        ctx.step(new Caption(
                "Sending fails too. The recv() already reported the reset, so send() gets EPIPE (broken pipe); without"
                        + " it, send() would get ECONNRESET. In C, EPIPE also raises SIGPIPE, which kills the program unless"
                        + " it passes MSG_NOSIGNAL; the JVM ignores SIGPIPE.",
                "发送同样失败。recv() 已经报告过复位，所以 send() 得到 EPIPE（断开的管道）；如果之前没有 recv()，"
                        + "send() 得到的会是 ECONNRESET。在 C 里，EPIPE 还会引发 SIGPIPE 信号，默认直接杀死程序，"
                        + "除非发送时带上 MSG_NOSIGNAL；JVM 忽略 SIGPIPE。"));
        Calls.expectFailure(ctx, engine.send(pair.child(), "anyone?".getBytes(StandardCharsets.US_ASCII)),
                ErrorKind.RESET);

        ctx.step(new Caption(
                "The server closes the dead socket and its listening socket.",
                "服务器关闭这个已失效的套接字和监听套接字。"));
        Calls.expect(ctx, engine.close(pair.child()), Close.class);
        Calls.expect(ctx, engine.close(pair.server()), Close.class);
    }
}
