package io.sockscope.model.scenario.data;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.event.Recv;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.KernelWaits;
import io.sockscope.model.scenario.support.TcpPair;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What the framing scenarios over one connection share: first and last captions, framed sends, piecewise reads. */
final class FramedStream {
    /** The caption of the step that connects the pair. */
    static final Caption SET_UP = new Caption(
            "A server listens, a client connects, the server accepts.",
            "服务器开始监听，客户端发起连接，服务器 accept()。");
    /** The caption of the last step, which closes the pair. */
    static final Caption CLOSE = new Caption("All three sockets close.", "三个套接字都关闭了。");

    private FramedStream() {
    }

    /** Sends each of {@link Framing#MESSAGES}, framed, in one send; returns the total once the server holds it all. */
    static int sendMessages(ScenarioContext ctx, TcpPair pair, Function<String, byte[]> frame)
            throws InterruptedException {
        int total = 0;
        for (String m : Framing.MESSAGES) {
            total += Calls.sendAll(ctx, pair.client(), frame.apply(m)).done();
        }
        KernelWaits.awaitRecvQ(ctx, pair.child(), total);
        return total;
    }

    /**
     * Reads {@code total} queued bytes in recvs of at most {@code piece} bytes, feeding each to
     * {@code decoder}; returns the messages recovered.
     */
    static List<String> readInPieces(ScenarioContext ctx, SocketId socket, int total, int piece,
                                     Framing.Decoder decoder) {
        List<String> messages = new ArrayList<>();
        int read = 0;
        while (read < total) {
            Recv r = Calls.recvSome(ctx, socket, Math.min(piece, total - read));
            read += r.done();
            messages.addAll(decoder.feed(Bytes.bytesOf(r)));
        }
        return messages;
    }
}
