package io.sockscope.model.scenario.data;

import io.sockscope.model.engine.EngineOption;
import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.SendTo;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.KernelWaits;
import java.util.List;

/** Datagrams keep their boundaries; a too-small recvfrom buffer cuts a datagram and loses the rest. */
final class UdpBoundariesScenario extends BaseScenario {
    static final List<Integer> SIZES = List.of(10, 1200, 3);
    static final int BIG_BUFFER = 4096;
    static final int LONG_DATAGRAM = 100;
    static final int SMALL_BUFFER = 16;

    UdpBoundariesScenario() {
        super("udp-boundaries",
                new Caption("UDP: datagram boundaries", "UDP：数据报的边界"),
                new Caption("Unlike a TCP byte stream, UDP keeps every datagram whole and separate. Three "
                        + "sendto() calls of 10, 1200 and 3 bytes come out as three recvfrom() calls of exactly "
                        + "those sizes, even with a buffer big enough for all of them. But a datagram larger "
                        + "than the recvfrom() buffer is cut: the caller gets the first part and the kernel "
                        + "throws the rest away. The kernel says so: in C, recvmsg() sets MSG_TRUNC in its flags "
                        + "(and recv() called with MSG_TRUNC returns the full length); Java's receive() gives no sign.",
                        "与 TCP 字节流不同，UDP 让每个数据报保持完整、彼此分开。三次 sendto() 分别发送 10、1200、3 个字节，"
                        + "接收方就得到三次 recvfrom()，大小正好如此，即使缓冲区大到能一次装下全部数据也一样。"
                        + "但如果数据报比 recvfrom() 的缓冲区大，它就会被截断：调用者只拿到前一部分，其余部分被内核丢弃。"
                        + "内核会说明这一点：在 C 里，recvmsg() 会在标志中置上 MSG_TRUNC（带 MSG_TRUNC 标志调用 recv() 还会返回完整长度）；"
                        + "Java 的 receive() 则没有任何提示。"));
    }

    @Override
    public void run(ScenarioContext ctx) throws InterruptedException {
        Engine e = ctx.engine();
        ctx.step(new Caption(
                "A receiver binds a UDP socket to 127.0.0.1; a sender opens one too.",
                "接收方把一个 UDP 套接字绑定到 127.0.0.1；发送方也创建一个 UDP 套接字。"));
        SocketId receiver = e.openUdp(Family.INET, "receiver");
        String address = Calls.expect(ctx, e.bind(receiver, "127.0.0.1:0"), Bind.class).local();
        SocketId sender = e.openUdp(Family.INET, "sender");

        ctx.step(new Caption(
                "The sender sends three datagrams of 10, 1200 and 3 bytes.",
                "发送方发送三个数据报，大小分别为 10、1200、3 字节。"));
        for (int size : SIZES) {
            Calls.expect(ctx, e.sendTo(sender, address, filled(size, 'a')), SendTo.class);
        }

        ctx.step(new Caption(
                "The receiver calls recvfrom() with a 4096-byte buffer three times: it gets 10, 1200 and 3 "
                        + "bytes. Each datagram arrives whole and alone; they never merge.",
                "接收方用 4096 字节的缓冲区调用三次 recvfrom()，依次得到 10、1200、3 个字节。"
                        + "每个数据报都完整、单独地到达，从不合并。"));
        for (int i = 0; i < SIZES.size(); i++) {
            Calls.expect(ctx, e.recvFrom(receiver, BIG_BUFFER), RecvFrom.class);
        }

        ctx.step(new Caption(
                "Now the sender sends one 100-byte datagram (the queue shows its kernel memory, not 100), and "
                        + "the receiver offers only a 16-byte buffer: recvfrom() returns the first 16 bytes.",
                "接着发送方发送一个 100 字节的数据报（队列显示的是它占用的内核内存，而不是 100），"
                        + "而接收方只给了 16 字节的缓冲区：recvfrom() 只返回前 16 个字节。"));
        Calls.expect(ctx, e.sendTo(sender, address, filled(LONG_DATAGRAM, 'A')), SendTo.class);
        KernelWaits.awaitRecvQ(ctx, receiver, 1);
        Calls.expect(ctx, e.recvFrom(receiver, SMALL_BUFFER), RecvFrom.class);

        ctx.step(new Caption(
                "The queue is empty: the other 84 bytes were thrown away (C's recvmsg() flags it with MSG_TRUNC; "
                        + "Java does not say). A TCP recv() would have kept them for the next call.",
                "队列已经空了：剩下的 84 个字节被丢弃了（C 的 recvmsg() 会用 MSG_TRUNC 标出，Java 不提示）。"
                        + "换成 TCP，recv() 会把它们留给下一次调用。"));
        KernelWaits.probe(ctx, receiver);
        Calls.expect(ctx, e.setOption(receiver, EngineOption.BLOCKING, false), OptionSet.class);
        Calls.expectFailure(ctx, e.recvFrom(receiver, BIG_BUFFER), ErrorKind.WOULD_BLOCK);

        ctx.step(new Caption("Both sockets close.", "两个套接字都关闭了。"));
        Calls.expect(ctx, e.close(sender), Close.class);
        Calls.expect(ctx, e.close(receiver), Close.class);
    }

    /** {@code n} bytes cycling through 26 letters from {@code first}. */
    static byte[] filled(int n, char first) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (first + i % 26);
        }
        return b;
    }
}
