package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Block;
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
import io.sockscope.model.event.Send;
import io.sockscope.model.event.Wake;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;

/**
 * A long echo session made up on demand, as a list that holds no events (event i is worked
 * out from i): a server, then connections one after another, each a client that connects, is
 * accepted, and sends {@code exchanges} lines the server reads (blocked in recv before the
 * first) and echoes back, with a queue sample in each exchange but the first, then closes;
 * the server reads end of stream and closes too. Connections start 300 ms apart (an idle gap
 * the time layout folds); events are 50 µs apart otherwise.
 */
public final class EchoSession extends AbstractList<Event> {
    private static final byte[] LINE = "hello, echo\n".getBytes(StandardCharsets.US_ASCII);
    private static final Payload PAYLOAD = Payload.capture(LINE, 0, LINE.length, 4096);
    private static final String SERVER_ADDRESS = "127.0.0.1:7000";

    private final int size;
    private final int exchanges;

    public EchoSession(int size, int exchanges) {
        this.size = size;
        this.exchanges = exchanges;
    }

    /** Events per connection. */
    public int block() {
        return 4 + 5 * exchanges + 3;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Event get(int i) {
        java.util.Objects.checkIndex(i, size);
        if (i < 3) {
            long t = i * 50_000L;
            return switch (i) {
                case 0 -> new Open(0, t, "srv", Proto.TCP, Family.INET, 3, "server");
                case 1 -> new Bind(1, t, "srv", SERVER_ADDRESS);
                default -> new Listen(2, t, "srv", 50);
            };
        }
        int c = (i - 3) / block();
        int j = (i - 3) % block();
        long t = i * 50_000L + c * 300_000_000L;
        String client = "c" + c;
        String child = "s" + c;
        String local = "127.0.0.1:" + (40_000 + c % 20_000);
        if (j < 4) {
            return switch (j) {
                case 0 -> new Open(i, t, client, Proto.TCP, Family.INET, 4, "client " + c);
                case 1 -> new Connect(i, t, client, local, SERVER_ADDRESS, ConnectState.CONNECTED);
                case 2 -> new Accept(i, t, "srv", child, 5, SERVER_ADDRESS, local);
                default -> new Block(i, t, child, "recv", "server/" + child);
            };
        }
        int x = (j - 4) / 5;
        if (x < exchanges) {
            int n = LINE.length;
            return switch ((j - 4) % 5) {
                case 0 -> new Send(i, t, client, n, n, PAYLOAD);
                case 1 -> x == 0 ? new Wake(i, t, child, "recv", "server/" + child)
                        : new Queues(i, t, client, 0, 0, -1, -1, 87_380, 131_072, QueueSource.KERNEL);
                case 2 -> new Recv(i, t, child, 4096, n, PAYLOAD);
                case 3 -> new Send(i, t, child, n, n, PAYLOAD);
                default -> new Recv(i, t, client, 4096, n, PAYLOAD);
            };
        }
        return switch (j - 4 - 5 * exchanges) {
            case 0 -> new Close(i, t, client, false);
            case 1 -> new Recv(i, t, child, 4096, -1, Payload.NONE);
            default -> new Close(i, t, child, false);
        };
    }
}
