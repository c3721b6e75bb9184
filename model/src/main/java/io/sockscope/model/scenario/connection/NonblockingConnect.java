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
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.Register;
import io.sockscope.model.event.Select;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.TcpPair;

/** nonblocking-connect: connect() returns "in progress", readiness says when it is done, finishConnect() gives the outcome. */
final class NonblockingConnect extends BaseScenario {
    private static final long WAIT_MS = 2_000;

    NonblockingConnect() {
        super("nonblocking-connect",
                new Caption("Non-blocking connect", "非阻塞的 connect()"),
                new Caption(
                        "A non-blocking connect() does not wait for the handshake: it returns at once with \"in progress\""
                                + " (EINPROGRESS in C). The program goes on, waits for the socket to become ready (Java's"
                                + " OP_CONNECT; writable in C's select() or poll()), and then asks how it went: Java's"
                                + " finishConnect(), or getsockopt(SO_ERROR) in C. Against a port nobody listens on, connect()"
                                + " still says \"in progress\"; the refusal arrives only with that question.",
                        "非阻塞的 connect() 不等握手完成：它立刻返回“进行中”（C 里是 EINPROGRESS）。程序继续做别的事，等套接字就绪"
                                + "（Java 的 OP_CONNECT；C 的 select() 或 poll() 里是可写），再去问结果如何：Java 用 finishConnect()，"
                                + "C 用 getsockopt(SO_ERROR)。连接一个没人监听的端口时，connect() 同样先说“进行中”，拒绝要等到这一问才出现。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine e = ctx.engine();
        ctx.step(new Caption(
                "The server listens on 127.0.0.1.",
                "服务器在 127.0.0.1 上监听。"));
        TcpPair.Listening listening = TcpPair.listen(ctx, 0);

        ctx.step(new Caption(
                "The client turns non-blocking and connects. connect() returns at once: in progress.",
                "客户端切换为非阻塞模式并发起连接。connect() 立刻返回：进行中。"));
        SocketId client = e.openTcp(Family.INET, "client");
        Calls.expect(ctx, e.setOption(client, EngineOption.BLOCKING, false), OptionSet.class);
        inProgress(Calls.expect(ctx, e.connect(client, listening.address()), Connect.class));

        ctx.step(new Caption(
                "The client waits for readiness: select() reports the connect done (C), and finishConnect() says"
                        + " it succeeded. The server accepts.",
                "客户端等待就绪：select() 报告连接已完成（C），finishConnect() 告诉它成功了。服务器 accept()。"));
        SocketId selector = e.openSelector("client");
        Calls.expect(ctx, e.register(selector, client, Interest.parse("C")), Register.class);
        ready(Calls.expect(ctx, e.select(selector, WAIT_MS), Select.class));
        Connect done = Calls.expect(ctx, e.finishConnect(client), Connect.class);
        if (done.state() != ConnectState.CONNECTED) {
            throw new IllegalStateException("the client did not connect: " + done);
        }
        SocketId conn = SocketId.of(Calls.expect(ctx, e.accept(listening.socket()), Accept.class).child());
        Calls.expect(ctx, e.close(selector), Close.class);

        ctx.step(new Caption(
                "A second client connects the same way to a port nobody listens on. connect() again says only"
                        + " \"in progress\".",
                "第二个客户端用同样的方式去连接一个没人监听的端口。connect() 依然只说“进行中”。"));
        SocketId probe = e.openTcp(Family.INET, "server");
        String closedPort = Calls.expect(ctx, e.bind(probe, "127.0.0.1:0"), Bind.class).local();
        Calls.expect(ctx, e.close(probe), Close.class);
        SocketId second = e.openTcp(Family.INET, "client-2");
        Calls.expect(ctx, e.setOption(second, EngineOption.BLOCKING, false), OptionSet.class);
        inProgress(Calls.expect(ctx, e.connect(second, closedPort), Connect.class));

        ctx.step(new Caption(
                "The reset has already come back, so select() reports this socket ready too; finishConnect() then"
                        + " fails with ECONNREFUSED, as SO_ERROR would in C.",
                "复位（RST）已经回来了，所以 select() 也报告这个套接字就绪；随后 finishConnect() 以 ECONNREFUSED 失败，"
                        + "就像 C 里的 SO_ERROR 一样。"));
        SocketId selector2 = e.openSelector("client-2");
        Calls.expect(ctx, e.register(selector2, second, Interest.parse("C")), Register.class);
        ready(Calls.expect(ctx, e.select(selector2, WAIT_MS), Select.class));
        Calls.expectFailure(ctx, e.finishConnect(second), ErrorKind.REFUSED);

        ctx.step(new Caption(
                "Everything closes: Java had already closed the refused channel itself; in C the program closes it.",
                "全部关闭：被拒绝的通道 Java 已经自己关掉了；在 C 里要由程序关闭它。"));
        Calls.expect(ctx, e.close(selector2), Close.class);
        Calls.expect(ctx, e.close(second), Close.class);
        Calls.expect(ctx, e.close(client), Close.class);
        Calls.expect(ctx, e.close(conn), Close.class);
        Calls.expect(ctx, e.close(listening.socket()), Close.class);
    }

    private static void inProgress(Connect c) {
        if (c.state() != ConnectState.IN_PROGRESS) {
            throw new IllegalStateException("a non-blocking connect finished at once: " + c);
        }
    }

    private static void ready(Select s) {
        if (s.selected() < 1) {
            throw new IllegalStateException("the connect never became ready: " + s);
        }
    }
}
