package io.sockscope.model.scenario.data;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.SendTo;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import java.util.List;

/** A UDP echo server answering two clients: sendto/recvfrom with a peer address on every datagram. */
final class UdpEchoScenario extends BaseScenario {
    static final int MAX = 1024;

    UdpEchoScenario() {
        super("udp-echo",
                new Caption("UDP echo: no connection", "UDP 回显：无需连接"),
                new Caption("A UDP server binds an address and simply waits for datagrams: no listen(), no "
                        + "accept(), no connect(). Two clients send it a datagram each with sendto(), naming the "
                        + "server's address. Every recvfrom() tells the server who sent that datagram, and the "
                        + "server answers each client by passing that address back to sendto(). One server "
                        + "socket talks to any number of peers.",
                        "UDP 服务器绑定一个地址后就直接等待数据报：没有 listen()，没有 accept()，也没有 connect()。"
                        + "两个客户端各用 sendto() 发送一个数据报，每次都写明服务器的地址。服务器每次 recvfrom() 都会得知"
                        + "这个数据报来自谁，再把这个地址交给 sendto() 回复对应的客户端。一个服务器套接字就能和任意多个对端通信。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine e = ctx.engine();
        ctx.step(new Caption(
                "The server opens a UDP socket and binds it to 127.0.0.1. There is no listen() and no accept().",
                "服务器创建一个 UDP 套接字并绑定到 127.0.0.1。没有 listen()，也没有 accept()。"));
        SocketId server = e.openUdp(Family.INET, "server");
        String address = Calls.expect(ctx, e.bind(server, "127.0.0.1:0"), Bind.class).local();

        ctx.step(new Caption(
                "Two clients open UDP sockets. They do not connect: each datagram will carry its destination.",
                "两个客户端各自创建 UDP 套接字。它们不建立连接：每个数据报都会带上自己的目的地址。"));
        List<SocketId> clients = List.of(e.openUdp(Family.INET, "client A"), e.openUdp(Family.INET, "client B"));

        ctx.step(new Caption(
                "Each client calls sendto() with the server's address. The kernel gives each client a port on "
                        + "its first send.",
                "两个客户端分别调用 sendto()，写明服务器的地址。每个客户端第一次发送时，内核会给它分配一个端口。"));
        for (int i = 0; i < clients.size(); i++) {
            Calls.expect(ctx, e.sendTo(clients.get(i), address, Bytes.ascii("ping from " + (char) ('A' + i))),
                    SendTo.class);
        }

        ctx.step(new Caption(
                "The server calls recvfrom() twice. Each call returns one datagram and the address it came "
                        + "from, then echoes it back there with sendto().",
                "服务器调用两次 recvfrom()，每次得到一个数据报和它的来源地址，再用 sendto() 把它原样发回该地址。"));
        for (int i = 0; i < clients.size(); i++) {
            RecvFrom got = Calls.expect(ctx, e.recvFrom(server, MAX), RecvFrom.class);
            Calls.expect(ctx, e.sendTo(server, got.peer(), Bytes.captured(got.payload(), server.value())), SendTo.class);
        }

        ctx.step(new Caption(
                "Each client receives its own echo; recvfrom() shows it came from the server's address.",
                "每个客户端都收到了自己的回显；recvfrom() 显示它来自服务器的地址。"));
        for (SocketId client : clients) {
            Calls.expect(ctx, e.recvFrom(client, MAX), RecvFrom.class);
        }

        ctx.step(new Caption(
                "All three sockets close. There was no connection to tear down, so nothing is sent.",
                "三个套接字都关闭了。本来就没有连接需要拆除，所以关闭时不会发出任何数据。"));
        for (SocketId client : clients) {
            Calls.expect(ctx, e.close(client), Close.class);
        }
        Calls.expect(ctx, e.close(server), Close.class);
    }
}
