package io.sockscope.model.scenario.connection;

import io.sockscope.model.engine.Interest;
import io.sockscope.model.engine.EngineOption;
import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Register;
import io.sockscope.model.event.Select;
import io.sockscope.model.event.Send;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.KernelWaits;
import io.sockscope.model.scenario.support.TcpPair;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** select-server: one thread, non-blocking sockets and a selector that says which of them is ready for what. */
final class SelectServer extends BaseScenario {
    private static final long WAIT_MS = 2_000;
    private static final long IDLE_MS = 300;

    SelectServer() {
        super("select-server",
                new Caption("A select() server", "用 select() 的服务器"),
                new Caption(
                        "One thread serves several clients with non-blocking sockets and a selector (Java's face of select()"
                                + " and epoll). Each socket is registered with the operations it wants: A to accept, R to read,"
                                + " W to write. Every select() returns a readiness table saying which socket is ready for what,"
                                + " and the server calls only what is ready, so no call ever waits. Watch the table change as"
                                + " clients connect, send and hang up, and the interest switch to W just long enough to reply."
                                + " On Linux, Java's Selector is epoll, used level-triggered: a socket is reported ready by every"
                                + " select() until its data is read. In C and Python, select()'s third list is for exceptional"
                                + " conditions such as out-of-band data, not for errors: a socket with an error turns readable.",
                        "一个线程借助非阻塞套接字和选择器（Java 里对 select()、epoll 的封装）同时服务多个客户端。"
                                + "每个套接字登记自己关心的操作：A 接受连接，R 读，W 写。每次 select() 返回一张就绪表，"
                                + "说明哪个套接字可以做什么；服务器只做已经就绪的调用，所以没有任何调用需要等待。"
                                + "请看就绪表如何随着客户端连接、发送、挂断而变化，以及为了回复，关注的操作如何短暂切换成 W。"
                                + "在 Linux 上，Java 的 Selector 就是 epoll，采用水平触发：只要数据还没读走，每次 select() 都会报告它就绪。"
                                + "在 C 和 Python 中，select() 的第三个列表用于带外数据这类异常情况，而不是错误：出错的套接字会变得可读。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine engine = ctx.engine();

        ctx.step(new Caption(
                "The server listens and puts the socket in non-blocking mode: from now on its calls never wait, they"
                        + " return at once even when there is nothing to do.",
                "服务器开始监听，并把套接字设成非阻塞模式：此后它的调用从不等待，即使无事可做也立即返回。"));
        TcpPair.Listening listening = TcpPair.listen(ctx, Family.INET, 5, 0);
        SocketId server = listening.socket();
        String address = listening.address();
        Calls.expect(ctx, engine.setOption(server, EngineOption.BLOCKING, false), OptionSet.class);

        ctx.step(new Caption(
                "It opens a selector and registers the listening socket with interest A: \"tell me when a connection"
                        + " can be accepted\".",
                "服务器打开一个选择器，把监听套接字登记上去，关注 A：“有连接可以接受时告诉我”。"));
        SocketId selector = engine.openSelector("server");
        Calls.expect(ctx, engine.register(selector, server, Interest.ACCEPT), Register.class);

        ctx.step(new Caption(
                "Two clients connect. Their connections wait in the listener's queue.",
                "两个客户端连了上来，它们的连接在监听套接字的队列里等着。"));
        SocketId client1 = engine.openTcp(Family.INET, "client-1");
        Calls.expect(ctx, engine.connect(client1, address), Connect.class);
        SocketId client2 = engine.openTcp(Family.INET, "client-2");
        Calls.expect(ctx, engine.connect(client2, address), Connect.class);
        KernelWaits.awaitAcceptQueue(ctx, server, 2);

        ctx.step(new Caption(
                "select() returns at once: the readiness table shows the listening socket ready for A.",
                "select() 立即返回：就绪表显示监听套接字的 A 已就绪。"));
        expectReady(ctx, selector, WAIT_MS, 1);

        ctx.step(new Caption(
                "The server accepts both connections. A third accept() has nothing to take, and being non-blocking it"
                        + " does not wait: it fails at once with \"would block\" (EAGAIN).",
                "服务器接受了这两条连接。第三次 accept() 已无连接可取；因为是非阻塞的，它不等待，立刻以“会阻塞”（EAGAIN）的错误返回。"));
        SocketId conn1 = SocketId.of(Calls.expect(ctx, engine.accept(server), Accept.class).child());
        SocketId conn2 = SocketId.of(Calls.expect(ctx, engine.accept(server), Accept.class).child());
        Calls.expectFailure(ctx, engine.accept(server), ErrorKind.WOULD_BLOCK);

        ctx.step(new Caption(
                "The two new sockets become non-blocking too, and are registered with interest R: \"tell me when"
                        + " there is something to read\".",
                "两个新套接字也设成非阻塞，并登记到选择器上，关注 R：“有数据可读时告诉我”。"));
        for (SocketId conn : List.of(conn1, conn2)) {
            Calls.expect(ctx, engine.setOption(conn, EngineOption.BLOCKING, false), OptionSet.class);
            Calls.expect(ctx, engine.register(selector, conn, Interest.READ), Register.class);
        }

        ctx.step(new Caption(
                "Nobody has sent anything. select() waits, and when its 300 ms timeout runs out it returns an empty"
                        + " ready set.",
                "还没有人发送数据。select() 等待着，300 毫秒超时一到，返回一个空的就绪集合。"));
        expectReady(ctx, selector, IDLE_MS, 0);

        ctx.step(new Caption(
                "Client 2 sends 4 bytes. select() returns, and only client 2's socket is ready, for R.",
                "客户端 2 发来 4 个字节。select() 返回，只有客户端 2 对应的套接字就绪，可读（R）。"));
        Calls.expect(ctx, engine.send(client2, "ping".getBytes(StandardCharsets.US_ASCII)), Send.class);
        expectReady(ctx, selector, WAIT_MS, 1);

        ctx.step(new Caption(
                "The server reads only the ready socket, so recv() has data at once. To reply it changes that"
                        + " socket's interest to W: \"tell me when I can write\".",
                "服务器只读就绪的那个套接字，所以 recv() 立刻拿到数据。为了回复，它把这个套接字关注的操作改成 W：“可以写时告诉我”。"));
        Calls.expect(ctx, engine.recv(conn2, 1024), Recv.class);
        Calls.expect(ctx, engine.register(selector, conn2, Interest.WRITE), Register.class);

        ctx.step(new Caption(
                "select() reports the socket writable: its send buffer has room. The server sends the reply and sets"
                        + " the interest back to R. Left on W, select() would return at once every time, with nothing"
                        + " to write.",
                "select() 报告这个套接字可写：发送缓冲区有空间。服务器发出回复，再把关注改回 R。"
                        + "如果一直关注 W，select() 每次都会立即返回，而其实并没有东西要写。"));
        expectReady(ctx, selector, WAIT_MS, 1);
        Calls.expect(ctx, engine.send(conn2, "pong".getBytes(StandardCharsets.US_ASCII)), Send.class);
        Calls.expect(ctx, engine.register(selector, conn2, Interest.READ), Register.class);

        ctx.step(new Caption(
                "Client 2 reads the reply.",
                "客户端 2 读到了回复。"));
        Calls.expect(ctx, engine.recv(client2, 1024), Recv.class);

        ctx.step(new Caption(
                "Client 1 hangs up without having said a word. Its socket turns readable too, because end of stream"
                        + " counts as something to read: Java's read returns -1 (C's recv() returns 0, Python's b''), and"
                        + " the server closes that socket.",
                "客户端 1 一句话没说就挂断了。它对应的套接字同样变得可读，因为“流结束”也算可读的内容："
                        + "Java 的 read 返回 -1（C 的 recv() 返回 0，Python 返回 b''），服务器随即关闭这个套接字。"));
        Calls.expect(ctx, engine.close(client1), Close.class);
        expectReady(ctx, selector, WAIT_MS, 1);
        Recv eof = Calls.expect(ctx, engine.recv(conn1, 1024), Recv.class);
        if (eof.done() != -1) {
            throw new IllegalStateException("expected end of stream on " + conn1 + ", got " + eof);
        }
        Calls.expect(ctx, engine.close(conn1), Close.class);

        ctx.step(new Caption(
                "Everything else closes: client 2, the server's socket for it, the listening socket and the selector.",
                "其余的全部关闭：客户端 2、服务器端对应的套接字、监听套接字和选择器。"));
        Calls.expect(ctx, engine.close(client2), Close.class);
        Calls.expect(ctx, engine.close(conn2), Close.class);
        Calls.expect(ctx, engine.close(server), Close.class);
        Calls.expect(ctx, engine.close(selector), Close.class);
    }

    /** select() must report exactly {@code n} ready keys. */
    private static Select expectReady(ScenarioContext ctx, SocketId selector, long timeoutMs, int n) {
        Select s = Calls.expect(ctx, ctx.engine().select(selector, timeoutMs), Select.class);
        long ready = s.keys().stream().map(KeyState::ready).filter(r -> !r.isEmpty()).count();
        if (s.selected() != n || ready != n) {
            throw new IllegalStateException("expected " + n + " ready key(s), got " + s);
        }
        return s;
    }
}
