package io.sockscope.model.scenario.connection;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineOption;
import io.sockscope.model.engine.SocketId;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.TcpPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** nagle: a request written in two small pieces, with Nagle's algorithm on and with TCP_NODELAY. */
final class Nagle extends BaseScenario {
    static final int ROUNDS = 4;
    static final int PIECE = 10;

    Nagle() {
        super("nagle",
                new Caption("Nagle's algorithm and TCP_NODELAY", "Nagle 算法与 TCP_NODELAY"),
                new Caption(
                        "Nagle's algorithm, on by default, holds back a small write while earlier data is still"
                                + " unacknowledged, so that small pieces travel together. Here a client writes each request as"
                                + " two small pieces, a header and a body, and waits for the reply. With Nagle on, the body can"
                                + " wait in the client's send queue until the header is acknowledged, and the server's kernel"
                                + " delays that acknowledgement, hoping to send it along with data: the queue figures and the"
                                + " times in the notes show what happened in this run. TCP_NODELAY turns the algorithm off.",
                        "Nagle 算法默认开启：前面的数据还没被确认时，它会暂缓发送小块数据，好让小块合在一起走。这里客户端把每个请求"
                                + "分成两小块写出：头部和正文，然后等待回复。开着 Nagle 时，正文可能一直留在客户端的发送队列里，直到头部被确认；"
                                + "而服务器的内核会推迟这个确认，希望和数据一起发。队列数字和注释里的时间说明了这一次运行实际发生了什么。"
                                + "TCP_NODELAY 关闭这个算法。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine e = ctx.engine();
        ctx.step(TcpPair.SET_UP);
        TcpPair pair = TcpPair.open(ctx);

        ctx.step(new Caption(
                "Nagle is on. " + ROUNDS + " requests, each written as a 10-byte header and a 10-byte body, each"
                        + " answered with 10 bytes. Watch whether the body reaches the server's receive queue at its send.",
                "Nagle 开着。发 " + ROUNDS + " 个请求，每个写成 10 字节的头部和 10 字节的正文，每个请求得到 10 字节的回复。"
                        + "请看正文是否在发送时就进入了服务器的接收队列。"));
        note(ctx, "Nagle on", "Nagle 开启", rounds(ctx, pair));

        ctx.step(new Caption(
                "The client sets TCP_NODELAY and sends the same requests: every small write goes out at once.",
                "客户端设置 TCP_NODELAY，再发同样的请求：每次小的写入都立刻发出。"));
        Calls.expect(ctx, e.setOption(pair.client(), EngineOption.TCP_NODELAY, true), OptionSet.class);
        note(ctx, "TCP_NODELAY", "TCP_NODELAY", rounds(ctx, pair));

        ctx.step(new Caption(
                "All three sockets close. A program that writes a request in pieces should write it in one call"
                        + " (one buffer, or writev), or set TCP_NODELAY.",
                "三个套接字都关闭。把一个请求分几次写出的程序，应当一次写完（一个缓冲区，或 writev），或者设置 TCP_NODELAY。"));
        pair.closeAll(ctx);
    }

    /** The requests; returns, per round, the ns from the body's send to the server's recv that completed the request. */
    private static List<Long> rounds(ScenarioContext ctx, TcpPair pair) {
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            Calls.sendAll(ctx, pair.client(), new byte[PIECE]);
            Send body = Calls.sendAll(ctx, pair.client(), new byte[PIECE]);
            Recv last = readFully(ctx, pair.child(), 2 * PIECE);
            waits.add(last.t() - body.t());
            Calls.sendAll(ctx, pair.child(), new byte[PIECE]);
            readFully(ctx, pair.client(), PIECE);
        }
        return waits;
    }

    private static Recv readFully(ScenarioContext ctx, SocketId socket, int n) {
        int got = 0;
        Recv last = null;
        while (got < n) {
            last = Calls.recvSome(ctx, socket, 1024);
            got += last.done();
        }
        return last;
    }

    private static void note(ScenarioContext ctx, String en, String zh, List<Long> waits) {
        StringBuilder ms = new StringBuilder();
        for (long w : waits) {
            ms.append(ms.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", w / 1e6));
        }
        ctx.note(new Caption(en + ": ms from each body's send to the server's read of it: " + ms,
                zh + "：每个正文从发送到被服务器读到的毫秒数：" + ms));
    }
}
