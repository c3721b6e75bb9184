package io.sockscope.model.scenario.connection;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
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

/** ipv6: the echo exchange again, over AF_INET6 and the IPv6 loopback address ::1. */
final class Ipv6 extends BaseScenario {
    static final byte[] HELLO = "hello over IPv6".getBytes(StandardCharsets.US_ASCII);

    Ipv6() {
        super("ipv6",
                new Caption("The same exchange over IPv6", "用 IPv6 再来一遍"),
                new Caption(
                        "The address family is chosen when the socket is created: AF_INET for IPv4, AF_INET6 for IPv6. Every"
                                + " other call stays the same. This scenario repeats the echo exchange with AF_INET6 sockets on"
                                + " ::1, the IPv6 loopback address (the counterpart of 127.0.0.1). Written with a port, an IPv6"
                                + " address goes in square brackets, as in [::1]:5000, so its colons are not confused with the"
                                + " port's.",
                        "地址族在创建套接字时就确定了：IPv4 用 AF_INET，IPv6 用 AF_INET6，其余调用都一样。这个场景用 AF_INET6 套接字"
                                + "在 ::1（IPv6 的回环地址，相当于 127.0.0.1）上重演回显交互。IPv6 地址和端口写在一起时要加方括号，"
                                + "比如 [::1]:5000，免得地址里的冒号和端口前的冒号混在一起。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine engine = ctx.engine();

        ctx.step(new Caption(
                "The server creates an AF_INET6 socket, binds it to ::1, the IPv6 loopback address, and listens.",
                "服务器创建一个 AF_INET6 套接字，绑定到 IPv6 回环地址 ::1，并开始监听。"));
        TcpPair.Listening listening = TcpPair.listen(ctx, Family.INET6, 5, 0);
        SocketId server = listening.socket();
        String address = listening.address();

        ctx.step(new Caption(
                "The client creates an AF_INET6 socket and connects to [::1] and the server's port. Its own end gets"
                        + " an IPv6 address and a temporary port.",
                "客户端创建 AF_INET6 套接字，连接 [::1] 和服务器的端口。它自己这一端得到一个 IPv6 地址和临时端口。"));
        SocketId client = engine.openTcp(Family.INET6, "client");
        Calls.expect(ctx, engine.connect(client, address), Connect.class);
        KernelWaits.awaitAcceptQueue(ctx, server, 1);

        ctx.step(new Caption(
                "accept() works exactly as with IPv4: a new socket, with both ends written as IPv6 addresses.",
                "accept() 的用法和 IPv4 完全一样：得到一个新套接字，两端都是 IPv6 地址。"));
        SocketId conn = SocketId.of(Calls.expect(ctx, engine.accept(server), Accept.class).child());

        ctx.step(new Caption(
                "The client sends a greeting, and the server reads it and sends it back. send() and recv() do not care"
                        + " about the address family.",
                "客户端发出问候，服务器读到后原样发回。send() 和 recv() 并不关心地址族。"));
        Calls.expect(ctx, engine.send(client, HELLO), Send.class);
        Recv got = Calls.expect(ctx, engine.recv(conn, 1024), Recv.class);
        Calls.expect(ctx, engine.send(conn, got.payload().bytes()), Send.class);
        Calls.expect(ctx, engine.recv(client, 1024), Recv.class);

        ctx.step(new Caption(
                "All three sockets close.",
                "三个套接字全部关闭。"));
        Calls.expect(ctx, engine.close(client), Close.class);
        Calls.expect(ctx, engine.close(conn), Close.class);
        Calls.expect(ctx, engine.close(server), Close.class);
    }
}
