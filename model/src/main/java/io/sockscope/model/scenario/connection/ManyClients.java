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
import java.util.ArrayList;
import java.util.List;

/** many-clients: one listening socket, like a switchboard, spawns one socket per client. */
final class ManyClients extends BaseScenario {
    private static final int CLIENTS = 3;

    ManyClients() {
        super("many-clients",
                new Caption("Many clients: the switchboard", "多个客户端：总机接线员"),
                new Caption(
                        "A server socket works like a switchboard operator: it never talks itself, it only puts callers"
                                + " through. Three clients connect to one listening socket, and accept() creates one new socket"
                                + " for each. All of those sockets share the server's port; what tells them apart is the other"
                                + " end, each client's own temporary port. The data then flows on the accepted sockets only.",
                        "服务器套接字就像总机接线员：它自己从不通话，只负责把来电接通。三个客户端连到同一个监听套接字，"
                                + "accept() 为每个客户端各创建一个新套接字。这些套接字的本地端口都和服务器相同，区分它们的是另一端，"
                                + "也就是每个客户端各自的临时端口。之后的数据只在这些 accept 出来的套接字上流动。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine engine = ctx.engine();

        ctx.step(new Caption(
                "The server opens one socket, binds it and listens. This is the only listening socket in the scenario.",
                "服务器创建一个套接字，绑定地址并开始监听。整个场景里只有这一个监听套接字。"));
        TcpPair.Listening listening = TcpPair.listen(ctx, Family.INET, 5, 0);
        SocketId server = listening.socket();
        String address = listening.address();

        ctx.step(new Caption(
                "Three client programs connect to the same address. Each client socket gets its own temporary port,"
                        + " and the three connections wait in the listener's queue.",
                "三个客户端程序连到同一个地址。每个客户端套接字各得到一个临时端口，三条连接都在监听套接字的队列里等着。"));
        List<SocketId> clients = new ArrayList<>();
        for (int i = 1; i <= CLIENTS; i++) {
            SocketId client = engine.openTcp(Family.INET, "client-" + i);
            Calls.expect(ctx, engine.connect(client, address), Connect.class);
            clients.add(client);
        }
        KernelWaits.awaitAcceptQueue(ctx, server, CLIENTS);

        ctx.step(new Caption(
                "accept() three times gives three new sockets. Every one has the server's port as its local port; the"
                        + " remote ports all differ. A connection is known by both of its ends.",
                "调用三次 accept()，得到三个新套接字。它们的本地端口都是服务器的端口，远端端口却各不相同："
                        + "一条连接由两端的地址共同确定。"));
        List<SocketId> accepted = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            accepted.add(SocketId.of(Calls.expect(ctx, engine.accept(server), Accept.class).child()));
        }

        ctx.step(new Caption(
                "Each client sends its name, and the server reads it from the socket accepted for that client."
                        + " The listening socket takes no part in the conversation.",
                "每个客户端发送自己的名字，服务器从为该客户端 accept 出来的套接字上读取。监听套接字不参与任何对话。"));
        for (int i = 0; i < CLIENTS; i++) {
            byte[] name = ("client-" + (i + 1)).getBytes(StandardCharsets.US_ASCII);
            Calls.expect(ctx, engine.send(clients.get(i), name), Send.class);
            Calls.expect(ctx, engine.recv(accepted.get(i), 1024), Recv.class);
        }

        ctx.step(new Caption(
                "Everyone hangs up: the clients and the accepted sockets close, and last the listening socket.",
                "大家挂断：客户端和 accept 出来的套接字先后关闭，最后关闭监听套接字。"));
        for (int i = 0; i < CLIENTS; i++) {
            Calls.expect(ctx, engine.close(clients.get(i)), Close.class);
            Calls.expect(ctx, engine.close(accepted.get(i)), Close.class);
        }
        Calls.expect(ctx, engine.close(server), Close.class);
    }
}
