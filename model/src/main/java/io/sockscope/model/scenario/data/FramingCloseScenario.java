package io.sockscope.model.scenario.data;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Recv;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.KernelWaits;
import io.sockscope.model.scenario.support.TcpPair;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Framing by closing: one message per connection, read until end of stream. */
final class FramingCloseScenario extends BaseScenario {
    static final int PIECE = 8;
    /** More recvs than any of the messages needs; guards against a peer that never closes. */
    private static final int MAX_RECVS = 64;

    private static final List<Caption> PER_MESSAGE = List.of(
            new Caption("A client connects, sends \"hi\" and closes. The server reads until recv() reports end "
                    + "of stream (-1 in Java, 0 in C); Linux counts the close (FIN) as one more byte in its queue.",
                    "客户端连接后发送 \"hi\"，然后关闭。服务器一直读到 recv() 报告流结束（Java 返回 -1，C 返回 0）；"
                            + "Linux 在接收队列里把关闭（FIN）也算作一个字节。"),
            new Caption("The next message needs a new connection: connect, send, close again. The server's "
                    + "8-byte recvs split it, but the end of stream still marks where it ends.",
                    "下一条消息需要一条新连接：再次连接、发送、关闭。服务器每次 recv() 8 个字节，把它拆成了几块，"
                            + "但流结束依然标明了消息的结尾。"),
            new Caption("A third connection for the third message. Its newline needs no escaping: only the "
                    + "close ends a message.",
                    "第三条消息用第三条连接。消息里的换行符不需要转义：只有关闭连接才表示消息结束。"));

    FramingCloseScenario() {
        super("framing-close",
                new Caption("Framing: close the connection", "分帧：以关闭连接结束"),
                new Caption("The sender marks the end of a message by closing the connection, and the receiver "
                        + "reads until recv() reports end of stream, as HTTP/1.0 responses did. Nothing needs "
                        + "escaping or padding, but each message costs a whole connection (with its handshake), "
                        + "and once the client has closed it cannot hear a reply; a half-close with "
                        + "shutdown() would keep the way back open.",
                        "发送方用关闭连接来表示消息结束，接收方一直读到 recv() 报告流结束为止。HTTP/1.0 的响应就是这样结束的。"
                        + "既不用转义也不用填充，但每条消息都要占用一整条连接（包括建立连接的握手），"
                        + "而且客户端关闭后就收不到回复了；用 shutdown() 只关闭写方向（半关闭）可以保留回来的路。"));
    }

    @Override
    public void run(ScenarioContext ctx) throws InterruptedException {
        ctx.step(new Caption("A server socket listens on 127.0.0.1.", "服务器套接字在 127.0.0.1 上监听。"));
        TcpPair.Listening listening = TcpPair.listen(ctx, 0);

        List<String> messages = new ArrayList<>();
        for (int i = 0; i < Framing.MESSAGES.size(); i++) {
            ctx.step(PER_MESSAGE.get(i));
            messages.add(oneConnection(ctx, listening, Framing.MESSAGES.get(i)));
        }

        ctx.step(new Caption(
                "Three connections, three messages, each ending at end of stream. Cost: a connection per "
                        + "message, and no way to answer once the sender has closed.",
                "三条连接，三条消息，每条都以流结束为界。代价是每条消息一条连接，而且发送方关闭后就无法再回复它。"));
        Calls.plain(ctx, Framing.show(messages));

        ctx.step(new Caption("The server socket closes.", "服务器套接字关闭。"));
        Calls.expect(ctx, ctx.engine().close(listening.socket()), Close.class);
    }

    /** Connect, send, close; the server reads 8-byte pieces to end of stream and closes its side. */
    private static String oneConnection(ScenarioContext ctx, TcpPair.Listening listening, String message)
            throws InterruptedException {
        Engine e = ctx.engine();
        SocketId client = e.openTcp(Family.INET, "client");
        Calls.expect(ctx, e.connect(client, listening.address()), Connect.class);
        SocketId child = SocketId.of(Calls.expect(ctx, e.accept(listening.socket()), Accept.class).child());
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        Calls.sendAll(ctx, client, body);
        Calls.expect(ctx, e.close(client), Close.class);
        KernelWaits.awaitRecvQ(ctx, child, body.length);

        ByteArrayOutputStream got = new ByteArrayOutputStream();
        for (int i = 0; i < MAX_RECVS; i++) {
            Recv r = Calls.expect(ctx, e.recv(child, PIECE), Recv.class);
            if (r.done() < 0) {
                Calls.expect(ctx, e.close(child), Close.class);
                return got.toString(StandardCharsets.UTF_8);
            }
            got.writeBytes(Bytes.bytesOf(r));
        }
        throw new IllegalStateException(child + ": no end of stream after " + MAX_RECVS + " recvs");
    }
}
