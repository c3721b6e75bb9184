package io.sockscope.app.diagram.bench;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.QueueSource;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.SendTo;
import io.sockscope.model.event.Wake;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large, realistic-looking session: one echo server with many clients that connect, exchange
 * requests whose bytes merge and split, sample queues, block, and close; plus a UDP pair.
 */
public final class SyntheticSession {
    private final List<Event> out = new ArrayList<>();
    private final Random rnd;
    private long t;
    private int nextId = 1;

    private SyntheticSession(long seed) {
        rnd = new Random(seed);
    }

    /** About {@code size} events (exactly, truncated at the end). */
    public static List<Event> generate(int size, long seed) {
        SyntheticSession s = new SyntheticSession(seed);
        s.run(size);
        return s.out.subList(0, Math.min(size, s.out.size()));
    }

    private long seq() {
        return out.size();
    }

    private long t() {
        t += 20_000 + rnd.nextInt(200_000);
        if (rnd.nextInt(400) == 0) {
            t += 300_000_000L; // an idle stretch the time layout folds
        }
        return t;
    }

    private String id() {
        return "s" + nextId++;
    }

    private void run(int size) {
        String server = id();
        out.add(new Open(seq(), t(), server, Proto.TCP, Family.INET, 5, "server"));
        out.add(new Bind(seq(), t(), server, "127.0.0.1:5000"));
        out.add(new Listen(seq(), t(), server, 50));
        String u1 = id();
        String u2 = id();
        out.add(new Open(seq(), t(), u1, Proto.UDP, Family.INET, 6, "receiver"));
        out.add(new Bind(seq(), t(), u1, "127.0.0.1:6000"));
        out.add(new Open(seq(), t(), u2, Proto.UDP, Family.INET, 7, "sender"));
        out.add(new Bind(seq(), t(), u2, "127.0.0.1:41000"));
        int port = 40000;
        int fd = 8;
        while (out.size() < size) {
            String client = id();
            String child = id();
            String local = "127.0.0.1:" + port++;
            out.add(new Open(seq(), t(), client, Proto.TCP, Family.INET, fd++, "client"));
            out.add(new Block(seq(), t(), server, "accept", "acceptor"));
            out.add(new Connect(seq(), t(), client, local, "127.0.0.1:5000", ConnectState.CONNECTED));
            out.add(new Wake(seq(), t(), server, "accept", "acceptor"));
            out.add(new Accept(seq(), t(), server, child, fd++, "127.0.0.1:5000", local));
            int exchanges = 20 + rnd.nextInt(40);
            for (int i = 0; i < exchanges; i++) {
                exchange(client, child);
                exchange(child, client);
                if (rnd.nextInt(5) == 0) {
                    datagram(u2, u1);
                }
            }
            out.add(new Close(seq(), t(), client, false));
            out.add(new Recv(seq(), t(), child, 1024, -1, Payload.NONE));
            out.add(new Close(seq(), t(), child, false));
        }
    }

    private void exchange(String from, String to) {
        int sends = 1 + rnd.nextInt(3);
        int total = 0;
        for (int i = 0; i < sends; i++) {
            int n = 10 + rnd.nextInt(2000);
            byte[] b = ("msg" + i + " " + "x".repeat(Math.min(n, 40))).getBytes(StandardCharsets.US_ASCII);
            out.add(new Send(seq(), t(), from, n, n, Payload.capture(b, 0, Math.min(b.length, n), 64)));
            total += n;
            out.add(new Queues(seq(), t(), from, total, 0, -1, -1, 16384, 131072, QueueSource.KERNEL));
        }
        while (total > 0) {
            int n = Math.min(total, 1 + rnd.nextInt(1500));
            out.add(new Recv(seq(), t(), to, 1500, n, Payload.NONE));
            total -= n;
            out.add(new Queues(seq(), t(), to, 0, total, -1, -1, 16384, 131072, QueueSource.KERNEL));
        }
    }

    private void datagram(String from, String to) {
        byte[] b = ("dgram " + rnd.nextInt(1000)).getBytes(StandardCharsets.US_ASCII);
        out.add(new SendTo(seq(), t(), from, "127.0.0.1:6000", b.length, b.length, Payload.capture(b, 0, b.length, 64)));
        if (rnd.nextInt(6) > 0) {
            out.add(new RecvFrom(seq(), t(), to, "127.0.0.1:41000", 2048, b.length, Payload.capture(b, 0, b.length, 64)));
        }
    }
}
