package io.sockscope.model.scenario.connection;

import io.sockscope.model.engine.Interest;
import io.sockscope.model.engine.EngineOption;
import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Register;
import io.sockscope.model.event.Select;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.KernelWaits;
import java.util.ArrayList;
import java.util.List;

/** backlog: the accept queue of a listening socket fills while nobody accepts, and what Linux does with one more. */
final class Backlog extends BaseScenario {
    private static final int BACKLOG = 2;
    /**
     * How long client 4 waits for its connect. The first SYN retransmission comes about one
     * second after the first SYN, later ones at doubling intervals; a live run paused between
     * steps may need to wait for one of those.
     */
    private static final long RETRY_WAIT_MS = 15_000;

    Backlog() {
        super("backlog",
                new Caption("The listen backlog", "监听队列（backlog）"),
                new Caption(
                        "listen(2) on a server that does not call accept() yet. Connections still complete: the kernel does"
                                + " the handshakes and parks them in the accept queue, which you can watch grow. On Linux the"
                                + " queue holds one more than the backlog, and the next client is not refused (the tutorial says it"
                                + " would be): its SYN is silently dropped, so its connect() simply stays in progress. When the"
                                + " server finally accepts, the queue drains and the waiting client gets in on its next retry."
                                + " (Handshakes still under way wait in a separate queue of SYN_RECV entries, the SYN queue; on"
                                + " loopback they finish within microseconds.)",
                        "服务器调用 listen(2)，但暂时不调用 accept()。连接照样能建立：内核自己完成握手，把连接放进全连接队列（accept 队列），"
                                + "你可以看着队列变长。在 Linux 上，这个队列能比 backlog 多放一条；再来的客户端也不会像教程说的那样被拒绝，"
                                + "而是它的 SYN 被悄悄丢弃，connect() 就一直处于“进行中”。等服务器终于开始 accept()，队列清空，"
                                + "等待的客户端在下一次重试时就连上了。（握手尚未完成的连接处于 SYN_RECV 状态，放在另一个队列，即半连接队列；"
                                + "在本机回环上它们几微秒就完成了。）"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine engine = ctx.engine();

        ctx.step(new Caption(
                "The server listens with a backlog of 2, and then, on purpose, does not call accept().",
                "服务器以 backlog 为 2 开始监听，然后故意不调用 accept()。"));
        SocketId server = engine.openTcp(Family.INET, "server");
        String address = Calls.expect(ctx, engine.bind(server, "127.0.0.1:0"), Bind.class).local();
        Calls.expect(ctx, engine.listen(server, BACKLOG), Listen.class);

        List<SocketId> clients = new ArrayList<>();
        Caption[] arrivals = {
            new Caption("Client 1 connects, and connect() returns at once: the kernel finished the handshake on its own"
                    + " and put the connection in the accept queue. 1 connection waits.",
                    "客户端 1 发起连接，connect() 立刻返回：内核自己完成了握手，把连接放进全连接队列（accept 队列）。现在有 1 条连接在等。"),
            new Caption("Client 2 connects the same way. 2 connections wait: as many as the backlog.",
                    "客户端 2 同样连上了。现在有 2 条连接在等，正好等于 backlog。"),
            new Caption("Client 3 still gets in: Linux lets the queue hold one connection more than the backlog."
                    + " 3 wait now, and the queue is full.",
                    "客户端 3 居然也连上了：Linux 允许队列比 backlog 多放一条。现在有 3 条在等，队列满了。")
        };
        for (int i = 1; i <= 3; i++) {
            ctx.step(arrivals[i - 1]);
            SocketId client = engine.openTcp(Family.INET, "client-" + i);
            Calls.expect(ctx, engine.connect(client, address), Connect.class);
            KernelWaits.awaitAcceptQueue(ctx, server, i);
            clients.add(client);
        }

        ctx.step(new Caption(
                "Client 4 switches its socket to non-blocking mode and connects while the queue is full.",
                "客户端 4 把套接字设成非阻塞模式，在队列已满的时候发起连接。"));
        SocketId late = engine.openTcp(Family.INET, "client-4");
        Calls.expect(ctx, engine.setOption(late, EngineOption.BLOCKING, false), OptionSet.class);
        ctx.ask(new Caption(
                        "The accept queue already holds 3 connections and nobody accepts. What does Linux do with client 4's"
                                + " connection attempt?",
                        "全连接队列里已经有 3 条连接，而且没人 accept()。Linux 会怎样对待客户端 4 的连接请求？"),
                List.of(
                        new Caption("Refuses it: the connect fails with \"connection refused\" (ECONNREFUSED)",
                                "拒绝：connect 以“连接被拒绝”（ECONNREFUSED）失败"),
                        new Caption("Lets it in anyway: a 4th connection joins the queue",
                                "照样放进来：队列里多出第 4 条连接"),
                        new Caption("Ignores it: the SYN is dropped without a reply, so the connect is neither refused nor"
                                        + " completed; it stays in progress",
                                "不理睬：SYN 被丢弃且没有任何回应，所以 connect 既没被拒绝也没完成，一直处于“进行中”")),
                2,
                new Caption("With the accept queue full, Linux answers the SYN with nothing, neither SYN-ACK nor RST. connect()"
                                + " reports 'in progress', finishConnect() keeps saying 'not yet', the queue stays at 3, and no"
                                + " call fails with 'refused'. The client's kernel resends the SYN until there is room.",
                        "全连接队列满了，Linux 对这个 SYN 既不回 SYN-ACK 也不回 RST。connect() 报告“进行中”，"
                                + "finishConnect() 一直回答“还没好”，队列停在 3，也没有哪个调用以“拒绝”失败。"
                                + "客户端的内核会不断重发 SYN，直到队列有了空位。"));
        Connect begun = Calls.expect(ctx, engine.connect(late, address), Connect.class);
        if (begun.state() != ConnectState.IN_PROGRESS) {
            throw new IllegalStateException("client 4 connected although the accept queue was full: " + begun);
        }

        ctx.step(new Caption(
                "The tutorial says extra connections are refused. Linux does not refuse them: with the queue full it"
                        + " drops the SYN without a word. finishConnect() says 'not yet', and the queue still holds 3.",
                "教程说多出来的连接会被拒绝，但 Linux 并不拒绝：队列满时它一声不响地丢掉 SYN。"
                        + "finishConnect() 回答“还没好”，队列里仍然是 3 条。"));
        Calls.expectFailure(ctx, engine.finishConnect(late), ErrorKind.WOULD_BLOCK);
        KernelWaits.awaitAcceptQueue(ctx, server, 3);

        ctx.step(new Caption(
                "Now the server calls accept() three times. Each takes the oldest waiting connection, and the queue"
                        + " drains to 0.",
                "现在服务器调用三次 accept()。每次取走最早排队的连接，队列降到 0。"));
        List<SocketId> accepted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            accepted.add(SocketId.of(Calls.expect(ctx, engine.accept(server), Accept.class).child()));
            Calls.expect(ctx, engine.probe(server), Queues.class);
        }

        ctx.step(new Caption(
                "Client 4's kernel keeps resending its SYN, first after about a second, then at growing intervals."
                        + " Now there is room, so the next one is answered: select() reports the connect ready, and"
                        + " finishConnect() completes it.",
                "客户端 4 的内核一直在重发 SYN：第一次大约隔一秒，之后间隔越来越长。现在队列有了空位，下一次重发就得到应答："
                        + "select() 报告连接就绪，finishConnect() 完成连接。"));
        SocketId selector = engine.openSelector("client-4");
        Calls.expect(ctx, engine.register(selector, late, Interest.CONNECT), Register.class);
        Select ready = Calls.expect(ctx, engine.select(selector, RETRY_WAIT_MS), Select.class);
        if (ready.selected() != 1) {
            throw new IllegalStateException("client 4's connect did not become ready: " + ready);
        }
        Connect done = Calls.expect(ctx, engine.finishConnect(late), Connect.class);
        if (done.state() != ConnectState.CONNECTED) {
            throw new IllegalStateException("client 4 did not connect: " + done);
        }

        ctx.step(new Caption(
                "Client 4's connection waits in the queue like the others did, and one more accept() takes it.",
                "客户端 4 的连接也像前几条一样在队列里等着，再调用一次 accept() 就取到了它。"));
        KernelWaits.awaitAcceptQueue(ctx, server, 1);
        accepted.add(SocketId.of(Calls.expect(ctx, engine.accept(server), Accept.class).child()));
        Calls.expect(ctx, engine.probe(server), Queues.class);

        ctx.step(new Caption(
                "Everything closes.",
                "全部关闭。"));
        clients.add(late);
        for (SocketId socket : clients) {
            Calls.expect(ctx, engine.close(socket), Close.class);
        }
        for (SocketId socket : accepted) {
            Calls.expect(ctx, engine.close(socket), Close.class);
        }
        Calls.expect(ctx, engine.close(selector), Close.class);
        Calls.expect(ctx, engine.close(server), Close.class);
    }
}
