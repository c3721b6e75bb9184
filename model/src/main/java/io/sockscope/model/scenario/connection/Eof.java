package io.sockscope.model.scenario.connection;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.TcpPair;
import java.nio.charset.StandardCharsets;

/** eof: after the peer closes, recv() first drains the data, then reports end of stream, every time. */
final class Eof extends BaseScenario {

    Eof() {
        super("eof",
                new Caption("End of stream", "流结束（EOF）"),
                new Caption(
                        "How a reader learns that the other side is done. The client sends a few last bytes and closes. The"
                                + " server's recv() first gets those bytes, then reports end of stream, and keeps reporting it"
                                + " on every later call. The tutorial says recv() returns 0 bytes here: that is true in C and"
                                + " Python. Java returns -1 for the same event, because in Java 0 means that a"
                                + " non-blocking read found nothing yet, or that the buffer passed in had no room left.",
                        "读的一方怎样知道对方已经说完了？客户端发出最后几个字节后关闭。服务器的 recv() 先拿到这几个字节，"
                                + "然后报告流结束，之后每次调用都一样。教程说此时 recv() 返回 0 字节，这在 C 和 Python 里没错；"
                                + "Java 对同一件事返回 -1，因为在 Java 里 0 表示非阻塞读暂时没读到东西，或者传入的缓冲区已经没有剩余空间。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine engine = ctx.engine();

        ctx.step(TcpPair.SET_UP);
        TcpPair pair = TcpPair.openQueued(ctx, Family.INET);

        ctx.step(new Caption(
                "The client sends 3 last bytes and closes its socket. Its kernel sends a FIN right behind the data.",
                "客户端发出最后 3 个字节，然后关闭套接字。内核紧跟着数据发出一个 FIN。"));
        Calls.expect(ctx, engine.send(pair.client(), "bye".getBytes(StandardCharsets.US_ASCII)), Send.class);
        Calls.expect(ctx, engine.close(pair.client()), Close.class);

        ctx.step(new Caption(
                "The server's recv() still gets the 3 bytes: data sent before the close is not lost.",
                "服务器的 recv() 照样收到这 3 个字节：关闭之前发出的数据不会丢。"));
        expectRecv(ctx, pair.child(), 3);

        ctx.step(new Caption(
                "The next recv() returns at once with end of stream. C and Python report it as 0 bytes, as the"
                        + " tutorial says; Java reports -1.",
                "下一次 recv() 立即返回“流结束”。C 和 Python 用 0 字节表示，正如教程所说；Java 则返回 -1。"));
        expectRecv(ctx, pair.child(), -1);

        ctx.step(new Caption(
                "End of stream does not go away: every later recv() returns -1 at once, without waiting. A read loop"
                        + " must stop here, or it spins for ever.",
                "流结束不会消失：之后每次 recv() 都立即返回 -1，不会等待。读循环必须在这里停下，否则会空转下去。"));
        expectRecv(ctx, pair.child(), -1);

        ctx.step(new Caption(
                "The server closes its side of the connection, and then the listening socket.",
                "服务器关闭自己这一端的连接，再关闭监听套接字。"));
        Calls.expect(ctx, engine.close(pair.child()), Close.class);
        Calls.expect(ctx, engine.close(pair.server()), Close.class);
    }

    private static void expectRecv(ScenarioContext ctx, SocketId socket, int done) {
        Recv r = Calls.expect(ctx, ctx.engine().recv(socket, 1024), Recv.class);
        if (r.done() != done) {
            throw new IllegalStateException("expected recv of " + done + " on " + socket + ", got " + r);
        }
    }
}
