package io.sockscope.model.scenario.connection;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.Shutdown;
import io.sockscope.model.event.ShutdownHow;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.TcpPair;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** half-close: an HTTP/1.0-like exchange where the client ends its request with shutdown(SHUT_WR). */
final class HalfClose extends BaseScenario {
    static final byte[] REQUEST = "GET /hello HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] REPLY = "HTTP/1.0 200 OK\r\n\r\nhello\n".getBytes(StandardCharsets.US_ASCII);

    HalfClose() {
        super("half-close",
                new Caption("Half-close with shutdown()", "用 shutdown() 半关闭"),
                new Caption(
                        "A TCP connection carries two independent directions, and shutdown() can close just one. Here the"
                                + " client sends an HTTP-like request and then shuts down its write side (the tutorial's"
                                + " shutdown(1)). The server reads the request up to end of stream, so it knows the request is"
                                + " complete without any length or delimiter, and can still send its reply the other way."
                                + " Only then do both sides close. close() is not shutdown() plus close(), as the tutorial says:"
                                + " close() only drops this descriptor, and while another descriptor refers to the same socket"
                                + " (after dup() or fork()) no FIN is sent; shutdown() acts on the socket itself.",
                        "一条 TCP 连接有两个互不相干的方向，shutdown() 可以只关掉其中一个。这里客户端发出一个类似 HTTP 的请求，"
                                + "然后关闭自己的写方向（即教程里的 shutdown(1)）。服务器一直读到流结束，不需要长度或分隔符就知道请求完整了，"
                                + "而且仍然可以沿另一个方向发回响应。之后双方才各自关闭。close() 并不像教程说的那样等于 shutdown() 再 close()："
                                + "close() 只释放这一个描述符，只要还有别的描述符指向同一个套接字（dup() 或 fork() 之后），就不会发出 FIN；"
                                + "shutdown() 作用于套接字本身。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine engine = ctx.engine();

        ctx.step(TcpPair.SET_UP);
        TcpPair pair = TcpPair.openQueued(ctx, Family.INET);

        ctx.step(new Caption(
                "The client sends its request.",
                "客户端发出请求。"));
        Calls.expect(ctx, engine.send(pair.client(), REQUEST), Send.class);

        ctx.step(new Caption(
                "The client calls shutdown(SHUT_WR), the tutorial's shutdown(1). A FIN says \"my request is"
                        + " complete\", but the socket stays open for receiving.",
                "客户端调用 shutdown(SHUT_WR)，也就是教程里的 shutdown(1)。FIN 告诉对方“请求说完了”，但套接字仍然可以接收。"));
        Calls.expect(ctx, engine.shutdown(pair.client(), ShutdownHow.WRITE), Shutdown.class);

        ctx.step(new Caption(
                "The server reads the request.",
                "服务器读到请求。"));
        Calls.expect(ctx, engine.recv(pair.child(), 1024), Recv.class);

        ctx.step(new Caption(
                "The server calls recv() again.",
                "服务器再次调用 recv()。"));
        ctx.ask(new Caption(
                        "The client has shut down its write side, and the server has read the whole request. What does"
                                + " this recv() return?",
                        "客户端已经关闭了写方向，服务器也读完了整个请求。这次 recv() 会返回什么？"),
                List.of(
                        new Caption("Nothing yet: it blocks until the client sends more",
                                "暂时什么也不返回：一直阻塞，等客户端再发数据"),
                        new Caption("End of stream: -1 in Java's SocketChannel.read; 0 from C's recv(), b'' from Python's"
                                        + " socket.recv()",
                                "流结束：Java 的 SocketChannel.read 返回 -1；C 的 recv() 返回 0，Python 的 socket.recv() 返回 b''"),
                        new Caption("0 in Java too, just as C's recv() returns 0",
                                "Java 里也返回 0，和 C 的 recv() 一样"),
                        new Caption("An error: the connection was reset (ECONNRESET; an IOException in Java)",
                                "出错：连接被重置（ECONNRESET；Java 里是 IOException）")),
                1,
                new Caption("shutdown(SHUT_WR) sent a FIN after the request. Once the server has read every byte before"
                                + " it, recv() reports end of stream: Java says so with -1 (0 would mean 'no bytes this"
                                + " time'), C's recv() with 0 and Python with b''. The request is complete, with no need for a"
                                + " length or a delimiter, and the connection still works the other way.",
                        "shutdown(SHUT_WR) 在请求之后发出了 FIN。服务器读完它之前的所有字节后，recv() 就报告流结束："
                                + "Java 用 -1 表示（0 的意思是“这次没读到字节”），C 的 recv() 返回 0，Python 返回 b''。"
                                + "请求已经完整，无需长度字段或分隔符，而另一个方向的连接照样可用。"));
        Recv eof = Calls.expect(ctx, engine.recv(pair.child(), 1024), Recv.class);
        if (eof.done() != -1) {
            throw new IllegalStateException("expected end of stream, got " + eof);
        }

        ctx.step(new Caption(
                "The server still sends its reply: only the client-to-server direction was closed.",
                "服务器照样发出响应：被关掉的只是客户端到服务器这一个方向。"));
        Calls.expect(ctx, engine.send(pair.child(), REPLY), Send.class);

        ctx.step(new Caption(
                "The client, half-closed but still receiving, reads the whole reply.",
                "客户端虽已半关闭，仍在接收，读到了完整的响应。"));
        Calls.expect(ctx, engine.recv(pair.client(), 1024), Recv.class);

        ctx.step(new Caption(
                "The server closes. The client reads end of stream and closes too; last, the listening socket closes.",
                "服务器关闭连接。客户端读到流结束，也关闭；最后关闭监听套接字。"));
        Calls.expect(ctx, engine.close(pair.child()), Close.class);
        Calls.expect(ctx, engine.recv(pair.client(), 1024), Recv.class);
        Calls.expect(ctx, engine.close(pair.client()), Close.class);
        Calls.expect(ctx, engine.close(pair.server()), Close.class);
    }
}
