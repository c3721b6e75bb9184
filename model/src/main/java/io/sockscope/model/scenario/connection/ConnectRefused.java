package io.sockscope.model.scenario.connection;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.SocketId;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Family;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;

/** connect-refused: a SYN to a port nobody listens on is answered with RST, and connect() fails with ECONNREFUSED. */
final class ConnectRefused extends BaseScenario {

    ConnectRefused() {
        super("connect-refused",
                new Caption("Connection refused", "连接被拒绝"),
                new Caption(
                        "What happens when nobody listens on the port a client connects to. The client's kernel sends a"
                                + " SYN; the kernel at the other end finds no listening socket for that port and answers at once"
                                + " with a reset (RST). connect() fails with ECONNREFUSED, \"connection refused\". No server"
                                + " program is involved at all: the refusal comes from the kernel. Java then closes the channel"
                                + " for you; in C the descriptor stays open and must be closed, and a new socket is needed to"
                                + " try again.",
                        "客户端去连接一个没有人监听的端口时会怎样。客户端的内核发出 SYN；对方的内核发现这个端口上没有监听套接字，"
                                + "立即回一个复位（RST）。connect() 以 ECONNREFUSED（“连接被拒绝”）失败。整个过程没有任何服务器程序参与："
                                + "拒绝来自内核。随后 Java 会替你关闭这个通道；在 C 里描述符仍然打开，必须自己关闭，要重试就得新建套接字。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine e = ctx.engine();
        ctx.step(new Caption(
                "To find a port nobody listens on, a socket binds 127.0.0.1 port 0, notes the port the kernel chose,"
                        + " and closes without listening.",
                "为了找到一个没人监听的端口，一个套接字先 bind() 到 127.0.0.1 的 0 号端口，记下内核分配的端口，然后不监听就关闭。"));
        SocketId probe = e.openTcp(Family.INET, "server");
        String address = Calls.expect(ctx, e.bind(probe, "127.0.0.1:0"), Bind.class).local();
        Calls.expect(ctx, e.close(probe), Close.class);

        ctx.step(new Caption(
                "The client connects to that port. The SYN is answered by a reset (RST), and connect() fails with"
                        + " ECONNREFUSED at once: no timeout, no retry.",
                "客户端连接这个端口。SYN 换来的是复位（RST），connect() 立即以 ECONNREFUSED 失败：没有超时，也没有重试。"));
        SocketId client = e.openTcp(Family.INET, "client");
        Calls.expectFailure(ctx, e.connect(client, address), ErrorKind.REFUSED);

        ctx.step(new Caption(
                "The client closes its socket. To try again a program needs a new socket: a socket whose connect()"
                        + " failed cannot be reused portably.",
                "客户端关闭套接字。想再试一次，程序需要新建一个套接字：connect() 失败过的套接字不能可移植地再次使用。"));
        Calls.expect(ctx, e.close(client), Close.class);
    }
}
