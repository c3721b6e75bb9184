package io.sockscope.model.scenario.data;

import io.sockscope.model.engine.EngineOption;
import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.SendTo;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.KernelWaits;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** A receiver that does not read: its small queue fills and further datagrams are dropped for good. */
final class UdpOverflowScenario extends BaseScenario {
    static final int RCVBUF_ASKED = 4096;
    static final int DATAGRAMS = 200;
    static final int SIZE = 1024;
    static final int READ_BUFFER = 2048;

    UdpOverflowScenario() {
        super("udp-overflow",
                new Caption("UDP overflow: datagrams lost", "UDP 溢出：数据报丢失"),
                new Caption("A receiver with a small receive buffer does not read while a sender fires 200 "
                        + "datagrams of 1 KiB. Every sendto() succeeds, because UDP has no flow control, but the "
                        + "receiver's queue holds only a few datagrams; the kernel drops the rest and counts each drop "
                        + "on the receiving socket (its drop counter, the drops column of /proc/net/udp). When "
                        + "the receiver finally reads, it gets just those few. Note that for UDP the kernel "
                        + "reports queue size as memory used per datagram, which is more than the payload bytes.",
                        "接收方的接收缓冲区很小，而且暂时不读；发送方一口气发出 200 个 1 KiB 的数据报。每次 sendto() 都成功了，"
                        + "因为 UDP 没有流量控制；但接收队列只装得下几个数据报，其余的被内核丢弃，并在接收套接字上逐一计数"
                        + "（丢包计数，即 /proc/net/udp 的 drops 列）。接收方终于开始读时，"
                        + "只能拿到那几个。注意：对 UDP 来说，内核报告的队列大小是每个数据报占用的内存，比负载的字节数多。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine e = ctx.engine();
        ctx.step(new Caption(
                "The receiver asks for a 4 KiB receive buffer (Linux keeps double) and binds to 127.0.0.1. "
                        + "It will not read for a while.",
                "接收方把接收缓冲区设为 4 KiB（Linux 实际保留两倍），并绑定到 127.0.0.1。它暂时不读数据。"));
        SocketId receiver = e.openUdp(Family.INET, "receiver");
        Calls.expect(ctx, e.setOption(receiver, EngineOption.SO_RCVBUF, RCVBUF_ASKED), OptionSet.class);
        String address = Calls.expect(ctx, e.bind(receiver, "127.0.0.1:0"), Bind.class).local();
        KernelWaits.probe(ctx, receiver);

        ctx.step(new Caption(
                "The sender sends 200 datagrams of 1 KiB, numbered 1 to 200, as fast as it can.",
                "发送方以最快的速度发送 200 个 1 KiB 的数据报，编号 1 到 200。"));
        SocketId sender = e.openUdp(Family.INET, "sender");
        ctx.ask(new Caption(
                        "The receiver's queue has room for only a few of them, and it does not read. What happens to the "
                                + "datagrams that do not fit, and is the sender told?",
                        "接收队列只放得下其中几个，接收方又不读。放不下的数据报会怎样？发送方会知道吗？"),
                List.of(
                        new Caption("sendto() waits until the receiver reads: nothing is lost",
                                "sendto() 会等到接收方读走数据：什么也不会丢"),
                        new Caption("They are lost, and the later sendto() calls fail with an error, so the sender knows",
                                "它们丢了，后面的 sendto() 调用会报错，所以发送方知道"),
                        new Caption("They are dropped at the receiver, yet every sendto() reports success: the sender is "
                                        + "not told",
                                "它们在接收端被丢弃，可每次 sendto() 都报告成功：发送方毫不知情")),
                2,
                new Caption("UDP has no flow control: sendto() succeeds once the datagram leaves the sender. At the "
                                + "receiver the kernel drops what does not fit and only counts it there; no error goes "
                                + "back to the sender.",
                        "UDP 没有流量控制：数据报一离开发送方，sendto() 就算成功了。在接收端，内核丢掉放不下的数据报，"
                                + "只在接收套接字上计数；不会有任何错误传回发送方。"));
        for (int i = 1; i <= DATAGRAMS; i++) {
            Calls.expect(ctx, e.sendTo(sender, address, numbered(i)), SendTo.class);
        }

        ctx.step(new Caption(
                "All sendto() calls succeeded, yet the queue is full; the drop counter grew with every datagram "
                        + "that did not fit. "
                        + "The queue figure is kernel memory: each 1 KiB datagram costs more than 1024 bytes.",
                "每次 sendto() 都报告成功，可接收队列已满，每个放不下的数据报都让丢包计数加一。队列数字是内核内存而非负载字节：每个 1 KiB 的数据报"
                        + "占用超过 1024 字节。"));
        KernelWaits.probe(ctx, receiver);

        ctx.step(new Caption(
                "The receiver turns non-blocking and calls recvfrom() until nothing is left. It gets only the "
                        + "first few datagrams; the rest were dropped and will never come.",
                "接收方切换为非阻塞模式，反复调用 recvfrom() 直到读不到数据。它只拿到了最前面的几个数据报；"
                        + "其余的已被丢弃，永远不会到达。"));
        Calls.expect(ctx, e.setOption(receiver, EngineOption.BLOCKING, false), OptionSet.class);
        int received = readUntilEmpty(ctx, receiver);
        KernelWaits.probe(ctx, receiver);
        int lost = DATAGRAMS - received;
        ctx.note(new Caption(
                DATAGRAMS + " datagrams sent, " + received + " received, " + lost + " lost.",
                "发送了 " + DATAGRAMS + " 个数据报，收到 " + received + " 个，丢失 " + lost + " 个。"));

        ctx.step(new Caption(
                "Both sockets close. No call reported the loss, but the kernel counted every drop (SO_RXQ_OVFL "
                        + "would hand the count to the receiver). To get every datagram, number them and ask again.",
                "两个套接字都关闭了。没有哪个调用报告丢包，但内核记下了每一次丢弃（SO_RXQ_OVFL 能把计数交给接收方）。"
                        + "要收全每个数据报，就得自己编号并请求重发。"));
        Calls.expect(ctx, e.close(sender), Close.class);
        Calls.expect(ctx, e.close(receiver), Close.class);
    }

    /** Non-blocking recvfrom until WOULD_BLOCK; returns how many datagrams came. */
    private static int readUntilEmpty(ScenarioContext ctx, SocketId receiver) {
        for (int got = 0; got <= DATAGRAMS; got++) {
            Event outcome = ctx.await(ctx.engine().recvFrom(receiver, READ_BUFFER));
            if (outcome instanceof Failure f && f.kind() == ErrorKind.WOULD_BLOCK) {
                return got;
            }
            if (!(outcome instanceof RecvFrom)) {
                throw new IllegalStateException("unexpected outcome of recvfrom: " + outcome);
            }
        }
        throw new IllegalStateException("more datagrams came than were sent");
    }

    /** A 1 KiB datagram starting with its number, e.g. "#007 ", then filler. */
    static byte[] numbered(int i) {
        byte[] b = new byte[SIZE];
        Arrays.fill(b, (byte) '.');
        byte[] head = String.format("#%03d ", i).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }
}
