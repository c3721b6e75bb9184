package io.sockscope.model.scenario.data;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.EngineOption;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.QueueSource;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Send;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.KernelWaits;
import io.sockscope.model.scenario.support.TcpPair;
import java.util.Arrays;
import java.util.List;

/** A non-blocking send() that writes less than asked; both kernel buffers fill, then drain. */
final class PartialSendScenario extends BaseScenario {
    static final int BUFFER_ASKED = 4096;
    static final int MESSAGE = 64 * 1024;
    static final int READ_CHUNK = 1024;
    /** Enough retries to fill any small send buffer; the loop stops at the first send that does nothing. */
    private static final int MAX_RETRIES = 16;
    private static final long SETTLE_NS = 3_000_000_000L;
    private static final long SETTLE_PAUSE_MS = 5;

    PartialSendScenario() {
        super("partial-send",
                new Caption("Partial send: buffers fill and drain", "部分发送：缓冲区填满与排空"),
                new Caption("A client with a small send buffer asks a non-blocking send() to write 64 KiB to a "
                        + "server that reads nothing. The kernel takes only what fits: some bytes land in the "
                        + "server's receive buffer, some wait in the client's send buffer, and send() returns a "
                        + "smaller count than asked. Once both buffers are full, Java's send() returns 0 (C and Python fail "
                        + "with EAGAIN instead): no room, but the connection is fine. Then the "
                        + "server reads in 1 KiB pieces and both queues drain to zero. All queue figures come "
                        + "from the kernel.",
                        "客户端把发送缓冲区设得很小，用非阻塞的 send() 一次要求写入 64 KiB，而服务器一个字节也不读。"
                        + "内核只收下放得下的部分：一部分进入服务器的接收缓冲区，一部分留在客户端的发送缓冲区，"
                        + "send() 返回的字节数比要求的少。两个缓冲区都满了以后，Java 的 send() 返回 0（C 和 Python 则以 EAGAIN 失败）："
                        + "只是没有空间，连接并没有断开。"
                        + "随后服务器每次读 1 KiB，两边的队列逐渐排空到 0。图中的队列数字都来自内核。"));
    }

    @Override
    public void run(ScenarioContext ctx) throws InterruptedException {
        Engine e = ctx.engine();
        ctx.step(new Caption(
                "The server asks for a 4 KiB receive buffer before it listens, so the socket it accepts "
                        + "inherits it. Linux keeps twice the size asked for.",
                "服务器在 listen() 之前把接收缓冲区设为 4 KiB，之后 accept() 得到的套接字会继承它。"
                        + "Linux 实际保留的是所请求大小的两倍。"));
        TcpPair.Listening listening = TcpPair.listen(ctx, BUFFER_ASKED);

        ctx.step(new Caption(
                "The client asks for a 4 KiB send buffer and connects; the server accepts. Both queues start empty.",
                "客户端把发送缓冲区设为 4 KiB 并发起连接，服务器 accept()。两边的队列一开始都是空的。"));
        TcpPair pair = TcpPair.connect(ctx, listening, BUFFER_ASKED);
        KernelWaits.probe(ctx, pair.client());
        KernelWaits.probe(ctx, pair.child());

        ctx.step(new Caption(
                "The client turns non-blocking and asks send() for 64 KiB at once, with a 4 KiB send buffer "
                        + "and a server that reads nothing.",
                "客户端切换为非阻塞模式，让 send() 一次写入 64 KiB；它的发送缓冲区只有 4 KiB，服务器又一个字节也不读。"));
        Calls.expect(ctx, e.setOption(pair.client(), EngineOption.BLOCKING, false), OptionSet.class);
        byte[] message = pattern(MESSAGE);
        ctx.ask(new Caption(
                        "What does this non-blocking send() of 64 KiB return (Java's SocketChannel.write)?",
                        "这次非阻塞的 send() 要写 64 KiB，它返回什么（Java 的 SocketChannel.write）？"),
                List.of(
                        new Caption("All 64 KiB: the kernel queues everything and sends it later",
                                "全部 64 KiB：内核先全部收下，以后再慢慢发"),
                        new Caption("Fewer bytes than asked: only what fits in the buffers",
                                "比要求的少：只收下缓冲区放得下的部分"),
                        new Caption("0, or an error, until there is room for all 64 KiB",
                                "在放得下全部 64 KiB 之前，返回 0 或者报错")),
                1,
                new Caption("A non-blocking send() takes only what fits right now and returns that count: a partial "
                                + "send. The exact figure depends on the machine's buffers, but it is always less "
                                + "than asked here; the rest is the program's to send again.",
                        "非阻塞的 send() 只收下此刻放得下的部分，并返回这个字节数：这就是部分发送。具体数字取决于机器的缓冲区，"
                                + "但在这里一定比要求的少；剩下的要由程序自己再发。"));
        int sent = Calls.expect(ctx, e.send(pair.client(), message), Send.class).done();

        ctx.step(new Caption(
                "Where did the bytes go? Part fills the server's receive queue, about half its buffer (the rest "
                        + "pays for packet overhead); the rest stays in the client's send queue until acknowledged.",
                "这些字节去了哪里？一部分填进服务器的接收队列，约占缓冲区的一半（另一半用于数据包的额外开销）；"
                        + "其余的留在客户端的发送队列里，直到对方确认收到。"));
        settle(ctx, pair, sent);

        ctx.step(new Caption(
                "The client retries with the unsent bytes; send() takes what room the acknowledgements freed. "
                        + "It keeps trying until the buffer is full.",
                "客户端用还没发出的字节再次调用 send()，对方确认后腾出的空间又被它收下。它一直重试，直到缓冲区满。"));
        ctx.ask(new Caption(
                        "The server still reads nothing, so the buffers fill up. What does the non-blocking send() that "
                                + "finds no room at all report?",
                        "服务器仍然不读，缓冲区终将被填满。遇到完全没有空间的那次非阻塞 send() 会报告什么？"),
                List.of(
                        new Caption("Java's SocketChannel.write returns 0; C's send() and Python's socket.send() fail "
                                        + "with EAGAIN",
                                "Java 的 SocketChannel.write 返回 0；C 的 send() 和 Python 的 socket.send() 以 EAGAIN 失败"),
                        new Caption("In Java, C and Python alike it waits until the server reads",
                                "Java、C、Python 都一样：等到服务器读走数据为止"),
                        new Caption("In Java, C and Python alike it fails: the connection is broken",
                                "Java、C、Python 都一样：调用失败，连接已经断了")),
                0,
                new Caption("A non-blocking socket never waits. With no room, Java's SocketChannel.write returns 0 "
                                + "(no bytes, no error); C's send() returns -1 with errno EAGAIN and Python raises "
                                + "BlockingIOError. The connection is fine: once the server reads, there is room again.",
                        "非阻塞套接字从不等待。没有空间时，Java 的 SocketChannel.write 返回 0（没写入字节，也没有错误）；"
                                + "C 的 send() 返回 -1 并把 errno 设为 EAGAIN，Python 则抛出 BlockingIOError。"
                                + "连接并没有问题：服务器一读，就又有空间了。"));
        sent += fillSendBuffer(ctx, pair.client(), message, sent);
        settle(ctx, pair, sent);

        ctx.step(new Caption(
                "The server reads 1 KiB at a time. Its receive queue drains; as room opens, the kernel moves "
                        + "the waiting bytes across, so the client's send queue drains too.",
                "服务器每次读取 1 KiB。它的接收队列逐渐变空；一有空间，内核就把等待中的字节送过去，"
                        + "于是客户端的发送队列也随之排空。"));
        drain(ctx, pair, sent);

        ctx.step(new Caption(
                "Every byte that send() accepted has been read and both queues are back to 0. The rest of the "
                        + "64 KiB was never sent: a program must keep it and call send() again later.",
                "send() 收下的每个字节都已被读走，两边的队列都回到 0。64 KiB 中剩下的部分从未发出："
                        + "程序必须自己保存它们，稍后再次调用 send()。"));
        pair.closeAll(ctx);
    }

    /** Non-blocking sends of the unsent rest until one writes nothing; returns the bytes they wrote. */
    private static int fillSendBuffer(ScenarioContext ctx, SocketId client, byte[] message, int from) {
        int written = 0;
        for (int i = 0; i < MAX_RETRIES; i++) {
            byte[] rest = Arrays.copyOfRange(message, from + written, message.length);
            Event outcome = ctx.await(ctx.engine().send(client, rest));
            if (outcome instanceof Send s && s.done() > 0) {
                written += s.done();
            } else if (outcome instanceof Send || outcome instanceof Failure f && f.kind() == ErrorKind.WOULD_BLOCK) {
                return written;
            } else {
                throw new IllegalStateException("unexpected outcome of a non-blocking send: " + outcome);
            }
        }
        throw new IllegalStateException("the send buffer never filled after " + MAX_RETRIES + " sends");
    }

    /**
     * Probes both ends until every byte sent is accounted for as either unread at the server or
     * unacknowledged at the client: the receiver's ACKs have come back, so what the next send
     * can take no longer depends on when they arrive (a delayed ACK can take tens of ms).
     */
    private static void settle(ScenarioContext ctx, TcpPair pair, int sent) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE_NS;
        while (true) {
            Queues server = KernelWaits.probe(ctx, pair.child());
            int unread = server.recvQ();
            int unacked = KernelWaits.probe(ctx, pair.client()).sendQ();
            if (unread + unacked == sent || server.source() == QueueSource.ESTIMATE) { // estimates know no ACKs
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("queues did not settle: " + unread + " unread + " + unacked
                        + " unacknowledged != " + sent + " sent");
            }
            Thread.sleep(SETTLE_PAUSE_MS);
        }
    }

    /** Reads {@code total} bytes in READ_CHUNK recvs, each once that many bytes are queued, probing both sides after each. */
    private static void drain(ScenarioContext ctx, TcpPair pair, int total) throws InterruptedException {
        int read = 0;
        while (read < total) {
            int want = Math.min(READ_CHUNK, total - read);
            KernelWaits.awaitRecvQ(ctx, pair.child(), want);
            read += Calls.recvSome(ctx, pair.child(), want).done();
            KernelWaits.probe(ctx, pair.child());
            KernelWaits.probe(ctx, pair.client());
        }
    }

    /** Recognisable bytes: a repeating A..Z pattern. */
    static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) ('A' + i % 26);
        }
        return b;
    }
}
