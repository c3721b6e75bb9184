package io.sockscope.model.scenario.connection;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineOption;
import io.sockscope.model.engine.Interest;
import io.sockscope.model.engine.SocketId;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.Register;
import io.sockscope.model.event.Select;
import io.sockscope.model.event.TcpState;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.KernelWaits;
import io.sockscope.model.scenario.support.StateWatch;

/** tcp-states: a connection's life in the kernel's own TCP states, from LISTEN and SYN_SENT to TIME_WAIT. */
final class TcpStates extends BaseScenario {
    /** The client's SYN is resent after about 1 s, then 3 s: wait past the second. */
    private static final long RETRY_WAIT_MS = 5_000;

    TcpStates() {
        super("tcp-states",
                new Caption("TCP states, from the kernel", "TCP 状态：来自内核"),
                new Caption(
                        "Every TCP socket is in one of a few states that the kernel keeps: LISTEN, SYN_SENT, ESTABLISHED,"
                                + " FIN_WAIT1/2, CLOSE_WAIT, LAST_ACK, TIME_WAIT and more. Here each state is read from the"
                                + " kernel after every call (TCP_INFO on the socket; /proc/net/tcp once the program has closed"
                                + " it) and shown on the socket's lifeline. Some states last only until the next packet, which"
                                + " on loopback is microseconds: SYN_RECV (the server's half of a handshake, before accept() has"
                                + " a socket for it), FIN_WAIT1 and LAST_ACK are passed too quickly to be seen here. A full"
                                + " accept queue holds the client in SYN_SENT long enough to watch.",
                        "每个 TCP 套接字都处在内核维护的某个状态：LISTEN、SYN_SENT、ESTABLISHED、FIN_WAIT1/2、CLOSE_WAIT、"
                                + "LAST_ACK、TIME_WAIT 等。这里每次调用之后都从内核读取状态（打开时用套接字的 TCP_INFO，程序关闭后查 "
                                + "/proc/net/tcp），并标在套接字的生命线上。有些状态只持续到下一个数据包，在回环上只有几微秒："
                                + "SYN_RECV（服务器一侧的握手，accept() 还没有对应的套接字）、FIN_WAIT1 和 LAST_ACK 一闪而过，这里看不到。"
                                + "全连接队列满时，客户端会在 SYN_SENT 停留足够久，可以看清。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine e = ctx.engine();
        try (StateWatch states = StateWatch.start(e)) {
            ctx.step(new Caption(
                    "The server listens (LISTEN) with backlog 1, so Linux queues two connections; two early clients"
                            + " connect and fill the accept queue.",
                    "服务器以 backlog 1 开始监听（LISTEN），Linux 因此最多排队两条连接；两个先到的客户端连上来，占满了全连接队列。"));
            SocketId server = e.openTcp(Family.INET, "server");
            String address = Calls.expect(ctx, e.bind(server, "127.0.0.1:0"), Bind.class).local();
            Calls.expect(ctx, e.listen(server, 1), Listen.class);
            states.await(server, TcpState.LISTEN);
            SocketId early = e.openTcp(Family.INET, "early");
            Calls.expect(ctx, e.connect(early, address), Connect.class);
            SocketId early2 = e.openTcp(Family.INET, "early");
            Calls.expect(ctx, e.connect(early2, address), Connect.class);
            KernelWaits.awaitAcceptQueue(ctx, server, 2);

            ctx.step(new Caption(
                    "The client connects without blocking. Its kernel sends a SYN and the socket is in SYN_SENT; the"
                            + " full queue makes the server's kernel drop the SYN, so it stays there.",
                    "客户端以非阻塞方式发起连接。内核发出 SYN，套接字处于 SYN_SENT；队列已满，服务器的内核丢弃了这个 SYN，所以它一直停在这里。"));
            SocketId client = e.openTcp(Family.INET, "client");
            Calls.expect(ctx, e.setOption(client, EngineOption.BLOCKING, false), OptionSet.class);
            Calls.expect(ctx, e.connect(client, address), Connect.class);
            states.await(client, TcpState.SYN_SENT);

            ctx.step(new Caption(
                    "The server accepts one early client, which makes room. The client's kernel resends its SYN after"
                            + " about a second; the handshake completes and both ends are ESTABLISHED.",
                    "服务器 accept() 一个先到的客户端，队列有了空位。客户端的内核大约一秒后重发 SYN；握手完成，两端都进入 ESTABLISHED。"));
            SocketId earlyConn = SocketId.of(Calls.expect(ctx, e.accept(server), Accept.class).child());
            SocketId selector = e.openSelector("client");
            Calls.expect(ctx, e.register(selector, client, Interest.parse("C")), Register.class);
            Select ready = Calls.expect(ctx, e.select(selector, RETRY_WAIT_MS), Select.class);
            if (ready.selected() != 1) {
                throw new IllegalStateException("the client's connect did not become ready: " + ready);
            }
            Connect done = Calls.expect(ctx, e.finishConnect(client), Connect.class);
            if (done.state() != ConnectState.CONNECTED) {
                throw new IllegalStateException("the client did not connect: " + done);
            }
            Calls.expect(ctx, e.close(selector), Close.class);
            SocketId earlyConn2 = SocketId.of(Calls.expect(ctx, e.accept(server), Accept.class).child());
            SocketId conn = SocketId.of(Calls.expect(ctx, e.accept(server), Accept.class).child());
            states.await(client, TcpState.ESTABLISHED);
            states.await(conn, TcpState.ESTABLISHED);

            ctx.step(new Caption(
                    "The client closes first. It sends a FIN (FIN_WAIT1), the server's kernel acknowledges it, and the"
                            + " client's side waits in FIN_WAIT2; the server's socket is in CLOSE_WAIT until it closes.",
                    "客户端先关闭。它发出 FIN（FIN_WAIT1），服务器的内核确认后，客户端这一端在 FIN_WAIT2 等待；服务器的套接字处于"
                            + " CLOSE_WAIT，直到它也关闭。"));
            Calls.expect(ctx, e.close(client), Close.class);
            states.await(conn, TcpState.CLOSE_WAIT);
            states.await(client, TcpState.FIN_WAIT2); // the sampler sees it if the close came before the ACK

            ctx.step(new Caption(
                    "The server closes: its FIN is acknowledged at once (LAST_ACK, then gone: CLOSE). The client's side,"
                            + " which closed first, is now in TIME_WAIT, where Linux keeps it for 60 seconds.",
                    "服务器关闭：它的 FIN 立刻得到确认（LAST_ACK，随即消失：CLOSE）。先关闭的客户端这一端现在处于 TIME_WAIT，"
                            + "Linux 会让它停留 60 秒。"));
            Calls.expect(ctx, e.close(conn), Close.class);
            states.await(client, TcpState.TIME_WAIT);
            states.await(conn, TcpState.CLOSE);

            ctx.step(new Caption(
                    "The early clients, their connections and the listening socket close too. In a live session the"
                            + " TIME_WAIT tails end after 60 s.",
                    "先到的客户端、它们的连接和监听套接字也都关闭。在实时会话里，TIME_WAIT 的尾巴 60 秒后结束。"));
            Calls.expect(ctx, e.close(early), Close.class);
            Calls.expect(ctx, e.close(earlyConn), Close.class);
            Calls.expect(ctx, e.close(early2), Close.class);
            Calls.expect(ctx, e.close(earlyConn2), Close.class);
            Calls.expect(ctx, e.close(server), Close.class);
        }
    }
}
