package io.sockscope.model.scenario.connection;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.KernelWaits;
import io.sockscope.model.scenario.support.TcpPair;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** thread-per-client: the accept loop hands each connection to a thread of its own, so blocking calls do not hold each other up. */
final class ThreadPerClient extends BaseScenario {

    ThreadPerClient() {
        super("thread-per-client",
                new Caption("A thread per client", "每个客户端一个线程"),
                new Caption(
                        "A blocking server can still serve many clients if every accepted socket gets a thread of its own."
                                + " The server thread only loops on accept(); handler threads sit blocked in recv(), each on its"
                                + " own client, and only the one whose client speaks wakes up. Giving each client a child"
                                + " process instead (fork) works the same way at the socket level, but Sockscope runs all its"
                                + " sockets inside one Java process, so that variant is not shown. The waits are emulated: every"
                                + " descriptor stays non-blocking and a blocked call waits for readiness, where a C program's"
                                + " blocking call would sleep in the kernel.",
                        "阻塞式服务器只要给每个 accept 出来的套接字单独配一个线程，也能同时服务多个客户端。服务器线程只管循环调用 accept()；"
                                + "各个处理线程阻塞在 recv() 上，各等各的客户端，哪个客户端说话，就只有对应的那个线程醒来。"
                                + "改成每个客户端 fork 一个子进程，在套接字层面是一样的道理；但 Sockscope 的所有套接字都在同一个 Java 进程里，"
                                + "所以这里不演示多进程的做法。这里的等待是模拟的：描述符始终是非阻塞的，被阻塞的调用是在等待就绪，"
                                + "而 C 程序的阻塞调用是在内核里睡眠。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine engine = ctx.engine();

        ctx.step(new Caption(
                "The server opens a blocking socket, binds it and listens.",
                "服务器创建一个阻塞模式的套接字，绑定地址并开始监听。"));
        TcpPair.Listening listening = TcpPair.listen(ctx, Family.INET, 5, 0);
        SocketId server = listening.socket();
        String address = listening.address();

        ctx.step(new Caption(
                "Client 1 connects. The server thread accepts it and hands the new socket to a thread of its own,"
                        + " handler-1, which calls recv() and blocks until client 1 says something.",
                "客户端 1 连上来。服务器线程 accept() 之后，把新套接字交给专门的线程 handler-1；"
                        + "handler-1 调用 recv()，阻塞着等客户端 1 开口。"));
        SocketId client1 = engine.openTcp(Family.INET, "client-1");
        Handler h1 = Handler.start(ctx, server, address, client1, "handler-1");

        ctx.step(new Caption(
                "Client 2 connects and gets its own thread, handler-2. Now two handler threads wait at the same time,"
                        + " each on its own client.",
                "客户端 2 连上来，也分到自己的线程 handler-2。现在两个处理线程同时在等，各等各的客户端。"));
        SocketId client2 = engine.openTcp(Family.INET, "client-2");
        Handler h2 = Handler.start(ctx, server, address, client2, "handler-2");

        ctx.step(new Caption(
                "The server thread goes back to accept() and blocks as well. Three threads are asleep, and none of them"
                        + " holds up the others.",
                "服务器线程回到 accept()，也阻塞了。三个线程都在睡，谁也不耽误谁。"));
        CompletableFuture<Event> accepting = Calls.untilBlocked(ctx, server, () -> engine.accept(server));

        ctx.step(new Caption(
                "Client 2 speaks first. Only handler-2 wakes up; it reads the bytes and echoes them. handler-1 sleeps on.",
                "客户端 2 先说话。只有 handler-2 醒来，读到数据并原样回送；handler-1 继续睡着。"));
        h2.exchange(ctx, "from client 2");

        ctx.step(new Caption(
                "Now client 1 speaks, and handler-1 wakes and answers it in the same way.",
                "接着客户端 1 说话，handler-1 醒来，同样作答。"));
        h1.exchange(ctx, "from client 1");

        ctx.step(new Caption(
                "The server closes its listening socket. Java cuts the waiting accept() short with an error; in C or"
                        + " Python, close() from another thread does not wake it (shutdown(SHUT_RDWR) does, with EINVAL).",
                "服务器关闭监听套接字。Java 会打断仍在等待的 accept() 并报错；在 C 或 Python 里，另一个线程调用 close()"
                        + " 叫不醒它，shutdown(SHUT_RDWR) 才能叫醒（返回 EINVAL）。"));
        Calls.expect(ctx, engine.close(server), Close.class);
        Calls.expectFailure(ctx, accepting, ErrorKind.CLOSED);

        ctx.step(new Caption(
                "Each client and its handler close their ends of the connection.",
                "每个客户端和对应的处理线程各自关闭连接的一端。"));
        h1.close(ctx);
        h2.close(ctx);
    }

    /** One client connection and the handler thread that serves it. */
    private record Handler(SocketId client, SocketId conn, Engine thread, CompletableFuture<Event> pendingRecv) {

        /** Connects {@code client}, accepts it on the server thread and leaves its handler blocked in recv(). */
        static Handler start(ScenarioContext ctx, SocketId server, String address, SocketId client, String name) {
            Engine engine = ctx.engine();
            Calls.expect(ctx, engine.connect(client, address), Connect.class);
            KernelWaits.awaitAcceptQueue(ctx, server, 1);
            SocketId conn = SocketId.of(Calls.expect(ctx, engine.accept(server), Accept.class).child());
            Engine thread = engine.onThread(name);
            CompletableFuture<Event> recv = Calls.untilBlocked(ctx, conn, () -> thread.recv(conn, 1024));
            return new Handler(client, conn, thread, recv);
        }

        /** The client sends {@code text}; the handler wakes, reads it and echoes it; the client reads the echo. */
        void exchange(ScenarioContext ctx, String text) {
            Engine engine = ctx.engine();
            Calls.expect(ctx, engine.send(client, text.getBytes(StandardCharsets.US_ASCII)), Send.class);
            Recv got = Calls.expect(ctx, pendingRecv, Recv.class);
            Calls.expect(ctx, thread.send(conn, got.payload().bytes()), Send.class);
            Calls.expect(ctx, engine.recv(client, 1024), Recv.class);
        }

        void close(ScenarioContext ctx) {
            Calls.expect(ctx, ctx.engine().close(client), Close.class);
            Calls.expect(ctx, thread.close(conn), Close.class);
        }
    }
}
