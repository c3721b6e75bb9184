package io.sockscope.model.scenario.connection;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.TcpPair;
import java.util.concurrent.CompletableFuture;

/** blocking-accept: accept() on a blocking socket waits, asleep, until a client connects. */
final class BlockingAccept extends BaseScenario {

    BlockingAccept() {
        super("blocking-accept",
                new Caption("accept() blocks", "阻塞的 accept()"),
                new Caption(
                        "Sockets start in blocking mode. A server that calls accept() when no client is connecting is put to"
                                + " sleep inside the call: its thread stops right there until a connection arrives. Watch the"
                                + " hatched bar on the server socket: that is the thread waiting. A client then connects, the"
                                + " kernel wakes the thread, and accept() returns the new socket. Sockscope emulates the"
                                + " wait: the descriptor stays non-blocking and the thread waits for readiness in a selector"
                                + " (epoll), where a C program's blocking accept() sleeps in the kernel; what the program sees"
                                + " is the same.",
                        "套接字默认是阻塞模式。服务器在没有客户端连接时调用 accept()，就会在这个调用里睡下：线程停在那里，直到有连接到来。"
                                + "请看服务器套接字上的阴影条，那就是线程在等待。随后一个客户端连接进来，内核唤醒这个线程，"
                                + "accept() 返回新的套接字。Sockscope 是模拟这个等待的：描述符始终是非阻塞的，线程在选择器（epoll）"
                                + "里等待就绪；C 程序的阻塞 accept() 则是在内核里睡眠。程序看到的结果是一样的。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine engine = ctx.engine();

        ctx.step(new Caption(
                "The server opens a socket, binds it and listens. Like every new socket it is in blocking mode.",
                "服务器创建套接字、绑定地址并开始监听。和所有新建的套接字一样，它处于阻塞模式。"));
        TcpPair.Listening listening = TcpPair.listen(ctx, Family.INET, 5, 0);
        SocketId server = listening.socket();
        String address = listening.address();

        ctx.step(new Caption(
                "The server calls accept(). No client is connecting, so the call blocks: the server thread waits"
                        + " (here for readiness, as the engine emulates blocking) and can do nothing else.",
                "服务器调用 accept()。此时没有客户端来连接，调用就阻塞了：服务器线程停下来等待（这里由引擎模拟，等待就绪），"
                        + "别的什么也做不了。"));
        CompletableFuture<Event> accepting = Calls.untilBlocked(ctx, server, () -> engine.accept(server));

        ctx.step(new Caption(
                "A client connects. The kernel completes the handshake and wakes the server thread; accept() returns"
                        + " with a new socket for this client.",
                "一个客户端发起连接。内核完成握手并唤醒服务器线程，accept() 返回，为这个客户端带回一个新的套接字。"));
        SocketId client = engine.openTcp(Family.INET, "client");
        Calls.expect(ctx, engine.connect(client, address), Connect.class);
        SocketId conn = SocketId.of(Calls.expect(ctx, accepting, Accept.class).child());

        ctx.step(new Caption(
                "All three sockets close.",
                "三个套接字全部关闭。"));
        Calls.expect(ctx, engine.close(client), Close.class);
        Calls.expect(ctx, engine.close(conn), Close.class);
        Calls.expect(ctx, engine.close(server), Close.class);
    }
}
