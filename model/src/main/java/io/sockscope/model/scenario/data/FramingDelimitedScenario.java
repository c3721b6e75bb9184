package io.sockscope.model.scenario.data;

import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.TcpPair;
import java.util.List;

/** Framing by delimiter: every message ends with a newline; newlines inside are escaped. */
final class FramingDelimitedScenario extends BaseScenario {
    static final int PIECE = 8;

    FramingDelimitedScenario() {
        super("framing-delimited",
                new Caption("Framing: delimiter", "分帧：分隔符"),
                new Caption("Each message ends with a delimiter, here a newline. A message that contains a "
                        + "newline itself must escape it (and the escape character too), or the receiver would "
                        + "cut it in two. The receiver reads in arbitrary pieces, scans every byte for the "
                        + "delimiter, keeps an unfinished tail for the next recv and undoes the escapes. Messages "
                        + "can be any length, but scanning and escaping cost work on both sides.",
                        "每条消息以分隔符结尾，这里用的是换行符。如果消息本身含有换行符，就必须对它转义（转义字符本身也要转义），"
                        + "否则接收方会把它切成两半。接收方按任意大小分块读取，逐个字节查找分隔符，把不完整的尾部留到下一次 recv()，"
                        + "再还原转义。消息可以任意长，但查找和转义让收发双方都多做了工作。"));
    }

    @Override
    public void run(ScenarioContext ctx) throws InterruptedException {
        ctx.step(FramedStream.SET_UP);
        TcpPair pair = TcpPair.open(ctx);

        ctx.step(new Caption(
                "The client ends each message with a newline. The third message holds a newline of its own, "
                        + "so it is sent escaped as the two characters \\n.",
                "客户端在每条消息末尾加一个换行符。第三条消息本身含有换行符，所以发送时把它转义成 \\n 两个字符。"));
        int total = FramedStream.sendMessages(ctx, pair, Framing::delimited);

        ctx.step(new Caption(
                "The server reads 8 bytes at a time. A piece may end mid-message, or hold the end of one "
                        + "message and the start of the next.",
                "服务器每次读 8 个字节。一块数据可能停在某条消息中间，也可能同时包含上一条的结尾和下一条的开头。"));
        List<String> messages = FramedStream.readInPieces(ctx, pair.child(), total, PIECE,
                new Framing.DelimitedDecoder());

        ctx.step(new Caption(
                "Scanning every byte for newlines and undoing the escape recovers the three messages. "
                        + "That scan, and escaping on the way out, is the price of a delimiter.",
                "逐字节查找换行符并还原转义，就得到三条消息。逐字节查找，加上发送时的转义，就是使用分隔符的代价。"));
        Calls.plain(ctx, Framing.show(messages));

        ctx.step(FramedStream.CLOSE);
        pair.closeAll(ctx);
    }
}
