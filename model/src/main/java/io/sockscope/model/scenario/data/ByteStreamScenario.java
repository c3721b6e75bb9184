package io.sockscope.model.scenario.data;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.KernelWaits;
import io.sockscope.model.scenario.support.TcpPair;
import java.util.List;

/** TCP keeps the order of bytes, not the sizes of writes: sends merge and split at the reader. */
final class ByteStreamScenario extends BaseScenario {
    static final List<String> PIECES = List.of("Hello, ", "byte ", "stream!");
    static final String ONE_SEND = "abcdefghijklmnopqrstuvwxyz";
    static final int BIG_READ = 1024;
    static final int SMALL_READ = 10;

    ByteStreamScenario() {
        super("byte-stream",
                new Caption("Byte stream: sends merge and split", "字节流：发送会合并，也会拆分"),
                new Caption("TCP delivers a stream of bytes, not a series of messages. Three send() calls arrive "
                        + "as one run of bytes and a single recv() returns them all together; one send() read "
                        + "with a small buffer comes back in several recv() pieces. The order of the bytes is "
                        + "kept, the sizes of the writes are not, so marking where a message ends is the "
                        + "application's job (see the framing scenarios).",
                        "TCP 传送的是字节流，而不是一条条消息。三次 send() 到达后连成一串字节，一次 recv() 就把它们全部取走；"
                        + "而一次 send() 的数据，如果用小缓冲区读取，会分成好几次 recv() 才读完。字节的顺序保持不变，"
                        + "每次写入的大小却不会保留，所以消息在哪里结束要由应用程序自己标明（见各个分帧场景）。"
                        + "中文资料常把这两种现象叫作“粘包”和“拆包”：其实 TCP 里本来就没有“包”的边界。"));
    }

    @Override
    public void run(ScenarioContext ctx) throws InterruptedException {
        Engine e = ctx.engine();
        ctx.step(new Caption(
                "A server listens on 127.0.0.1, a client connects and the server accepts: one TCP connection.",
                "服务器在 127.0.0.1 上监听，客户端发起连接，服务器 accept()：建立了一条 TCP 连接。"));
        TcpPair pair = TcpPair.open(ctx);

        ctx.step(new Caption(
                "The client calls send() three times, with 7, 5 and 7 bytes. The server's receive queue now "
                        + "holds 19 bytes.",
                "客户端调用三次 send()，分别写入 7、5、7 个字节。服务器的接收队列里现在有 19 个字节。"));
        int total = 0;
        for (String piece : PIECES) {
            total += Calls.sendAll(ctx, pair.client(), Bytes.ascii(piece)).done();
        }
        KernelWaits.awaitRecvQ(ctx, pair.child(), total);

        ctx.step(new Caption(
                "The server calls recv() once, with room for 1024 bytes.",
                "服务器调用一次 recv()，最多可读 1024 字节。"));
        ctx.ask(new Caption(
                        "Three sends of 7, 5 and 7 bytes are waiting. What does this one recv() return?",
                        "三次 send() 写入的 7、5、7 个字节都在等着。这一次 recv() 会返回什么？"),
                List.of(
                        new Caption("7 bytes, \"Hello, \": one recv() per send(), so two more recv() calls are needed",
                                "7 个字节“Hello, ”：一次 recv() 对应一次 send()，还要再调用两次 recv()"),
                        new Caption("All 19 bytes, \"Hello, byte stream!\", in one piece",
                                "全部 19 个字节“Hello, byte stream!”，一次拿完"),
                        new Caption("19 bytes with a marker between the three sends",
                                "19 个字节，三次发送之间带有分隔标记")),
                1,
                new Caption("TCP keeps no record of where a send() ended: the queue is just 19 bytes in a row. recv() "
                                + "returns whatever is queued, up to the buffer's size, so it gets all 19: three sends, "
                                + "one recv.",
                        "TCP 不记录每次 send() 在哪里结束：接收队列里只是连在一起的 19 个字节。recv() 返回队列里已有的数据，"
                                + "最多到缓冲区的大小，所以一次拿到全部 19 个：三次发送，一次接收。"));
        Calls.recvSome(ctx, pair.child(), BIG_READ);
        KernelWaits.probe(ctx, pair.child());

        ctx.step(new Caption(
                "Now the client writes 26 bytes with a single send().",
                "接着客户端用一次 send() 写入 26 个字节。"));
        int one = Calls.sendAll(ctx, pair.client(), Bytes.ascii(ONE_SEND)).done();
        KernelWaits.awaitRecvQ(ctx, pair.child(), one);

        ctx.step(new Caption(
                "The server reads with a 10-byte buffer: recv() returns 10, 10 and 6 bytes. One send, three recvs.",
                "服务器用 10 字节的缓冲区读取：recv() 依次返回 10、10、6 个字节。一次发送，三次接收。"));
        int read = 0;
        while (read < one) {
            read += Calls.recvSome(ctx, pair.child(), SMALL_READ).done();
        }
        KernelWaits.probe(ctx, pair.child());

        ctx.step(new Caption(
                "All three sockets close. Where one message ends and the next begins is up to the application.",
                "三个套接字都关闭了。一条消息在哪里结束、下一条从哪里开始，要由应用程序自己决定。"));
        pair.closeAll(ctx);
    }
}
