package io.sockscope.model.scenario.data;

import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.TcpPair;
import java.util.List;

/** Framing by fixed length: every message in a 16-byte slot. */
final class FramingFixedScenario extends BaseScenario {
    static final int PIECE = 10;

    FramingFixedScenario() {
        super("framing-fixed",
                new Caption("Framing: fixed length", "分帧：固定长度"),
                new Caption("The simplest way to find messages in a byte stream: make every message the same "
                        + "size. Here each message travels in a 16-byte slot, padded with zero bytes. The "
                        + "receiver reads in arbitrary pieces and cuts the stream every 16 bytes. The costs: "
                        + "short messages waste space on padding, and a message longer than the slot cannot be "
                        + "sent at all.",
                        "在字节流中区分消息，最简单的办法是让每条消息一样长。这里每条消息占一个 16 字节的格子，"
                        + "不足的部分用 0 字节填充。接收方按任意大小分块读取，每满 16 字节切出一条消息。代价是："
                        + "短消息要浪费空间做填充，而比格子长的消息根本无法发送。"));
    }

    @Override
    public void run(ScenarioContext ctx) throws InterruptedException {
        ctx.step(FramedStream.SET_UP);
        TcpPair pair = TcpPair.open(ctx);

        ctx.step(new Caption(
                "The client sends three messages of 2, 16 and 9 bytes, each padded to a 16-byte slot: "
                        + "48 bytes on the wire for 27 bytes of text.",
                "客户端发送三条消息，长度分别为 2、16、9 字节，每条都填充到 16 字节：为了 27 字节的内容，"
                        + "实际传输了 48 字节。"));
        int total = FramedStream.sendMessages(ctx, pair, Framing::fixed);

        ctx.step(new Caption(
                "The server reads 10 bytes at a time, so its recvs do not line up with the 16-byte slots.",
                "服务器每次读 10 个字节，所以 recv() 的边界和 16 字节格子的边界对不上。"));
        List<String> messages = FramedStream.readInPieces(ctx, pair.child(), total, PIECE, new Framing.FixedDecoder());

        ctx.step(new Caption(
                "Cutting every 16 bytes and dropping the zero padding recovers the three messages. "
                        + "A message longer than 16 bytes could not have been sent this way.",
                "每 16 字节切一刀、去掉填充的 0 字节，就还原出三条消息。超过 16 字节的消息无法用这种方式发送。"));
        Calls.plain(ctx, Framing.show(messages));

        ctx.step(FramedStream.CLOSE);
        pair.closeAll(ctx);
    }
}
