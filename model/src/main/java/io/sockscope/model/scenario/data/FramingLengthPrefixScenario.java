package io.sockscope.model.scenario.data;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.event.Recv;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.TcpPair;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Framing by length prefix: a 4-byte big-endian length before each message. */
final class FramingLengthPrefixScenario extends BaseScenario {

    FramingLengthPrefixScenario() {
        super("framing-length-prefix",
                new Caption("Framing: length prefix", "分帧：长度前缀"),
                new Caption("Before each message the sender writes its length as a 4-byte big-endian number. "
                        + "The receiver reads exactly 4 bytes, learns how long the message is, then reads exactly "
                        + "that many bytes: no scanning, no escaping, no padding, and messages of any content and "
                        + "of up to 4 GiB - 1 bytes, when the length is read as an unsigned number (a signed 32-bit read, "
                        + "such as Java's getInt(), stops at 2 GiB - 1). This is usually the best way; its only cost "
                        + "is the 4-byte header.",
                        "发送方在每条消息前面先写入它的长度，用 4 字节的大端序整数表示。接收方先正好读 4 个字节，"
                        + "得知消息有多长，再正好读那么多字节：不用逐字节查找，不用转义，不用填充，"
                        + "消息内容不受限制；把长度当作无符号数读取时，最长可达 4 GiB − 1 字节（按有符号 32 位读取，例如 Java 的 getInt()，"
                        + "则只到 2 GiB − 1）。这通常是最好的办法，代价只是每条消息多 4 个字节的头部。"));
    }

    @Override
    public void run(ScenarioContext ctx) throws InterruptedException {
        ctx.step(FramedStream.SET_UP);
        TcpPair pair = TcpPair.open(ctx);

        ctx.step(new Caption(
                "For each message the client sends one piece: a 4-byte length (2, 16, 9), then the text. "
                        + "The newline in the third message needs no escaping.",
                "客户端每条消息发送一次：先是 4 字节的长度（2、16、9），后面紧跟正文。第三条消息里的换行符不需要转义。"));
        FramedStream.sendMessages(ctx, pair, Framing::lengthPrefixed);

        ctx.step(new Caption(
                "The server reads exactly 4 bytes, learns the length, then asks for exactly that many bytes. "
                        + "Each send is read by two recvs, and the server never reads too far.",
                "服务器先正好读 4 个字节，得知长度后，再正好读取那么多字节。每次发送被两次 recv() 读完，"
                        + "服务器从不会多读到下一条消息。"));
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < Framing.MESSAGES.size(); i++) {
            long length = Framing.length(readExactly(ctx, pair.child(), Framing.HEADER));
            if (length > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("a " + length + "-byte message does not fit in one Java array");
            }
            messages.add(new String(readExactly(ctx, pair.child(), (int) length), StandardCharsets.UTF_8));
        }

        ctx.step(new Caption(
                "Three messages recovered with six recvs, one per header and one per body. "
                        + "The only cost was 4 bytes of header per message.",
                "六次 recv() 还原出三条消息：每个头部一次，每段正文一次。唯一的代价是每条消息多了 4 字节的头部。"));
        Calls.plain(ctx, Framing.show(messages));

        ctx.step(FramedStream.CLOSE);
        pair.closeAll(ctx);
    }

    /** recv() until exactly {@code n} bytes have come (one recv when they are already queued). */
    private static byte[] readExactly(ScenarioContext ctx, SocketId socket, int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        while (out.size() < n) {
            Recv r = Calls.recvSome(ctx, socket, n - out.size());
            out.writeBytes(Bytes.bytesOf(r));
        }
        return out.toByteArray();
    }
}
