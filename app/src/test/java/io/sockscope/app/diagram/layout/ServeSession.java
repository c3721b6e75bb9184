package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Accept;
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
import io.sockscope.model.event.Send;
import io.sockscope.model.event.StateChange;
import io.sockscope.model.event.TcpState;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;

/**
 * A {@code serve --echo} session made up on demand, as a list that holds no events (event i is
 * worked out from i): a server, then waves of {@code wave} connections from programs outside
 * the session. Each connection is an accepted socket and the outside program's lifeline (an
 * open without descriptor and its connect, as the engine enters them); the accepted socket
 * reads and echoes {@code rounds} times, the waves' connections taking turns, with a queue
 * sample after each echo; then it reads end of stream, the outside lifeline closes, the
 * accepted socket closes, and the kernel reports its state after the close.
 */
public final class ServeSession extends AbstractList<Event> {
    private static final byte[] LINE = "a line the outside program sends, echoed back\n".getBytes(StandardCharsets.US_ASCII);
    private static final String SERVER_ADDRESS = "127.0.0.1:7000";
    private static final int START = 3;

    private final int size;
    private final int wave;
    private final int rounds;

    public ServeSession(int size, int wave, int rounds) {
        this.size = size;
        this.wave = wave;
        this.rounds = rounds;
    }

    /** Events per wave. */
    public int waveEvents() {
        return wave * (4 + 3 * rounds + 4);
    }

    /** Connections the first {@code events} events open. */
    public int connections(int events) {
        return Math.max(0, events - START) / waveEvents() * wave;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Event get(int i) {
        java.util.Objects.checkIndex(i, size);
        long t = i * 20_000L;
        if (i < START) {
            return switch (i) {
                case 0 -> new Open(0, t, "srv", Proto.TCP, Family.INET, 3, "server");
                case 1 -> new Bind(1, t, "srv", SERVER_ADDRESS);
                default -> new Listen(2, t, "srv", 50);
            };
        }
        int w = (i - START) / waveEvents();
        int j = (i - START) % waveEvents();
        if (j < 4 * wave) {
            int c = w * wave + j / 4;
            String port = "127.0.0.1:" + (40_000 + c % 20_000);
            return switch (j % 4) {
                case 0 -> new Accept(i, t, "srv", "s" + c, 5, SERVER_ADDRESS, port);
                case 1 -> new Open(i, t, "x" + c, Proto.TCP, Family.INET, -1, "external: " + port);
                case 2 -> new Connect(i, t, "x" + c, port, SERVER_ADDRESS, ConnectState.CONNECTED);
                default -> new StateChange(i, t, "s" + c, TcpState.ESTABLISHED, true);
            };
        }
        j -= 4 * wave;
        if (j < 3 * wave * rounds) {
            int c = w * wave + j / 3 % wave;
            int n = LINE.length;
            return switch (j % 3) {
                case 0 -> new Recv(i, t, "s" + c, 4096, n, Payload.capture(LINE, 0, n, 4096));
                case 1 -> new Send(i, t, "s" + c, n, n, Payload.capture(LINE, 0, n, 4096));
                default -> new Queues(i, t, "s" + c, 0, 0, -1, -1, 87_380, 131_072, QueueSource.KERNEL);
            };
        }
        j -= 3 * wave * rounds;
        int c = w * wave + j / 4;
        return switch (j % 4) {
            case 0 -> new Recv(i, t, "s" + c, 4096, -1, Payload.NONE);
            case 1 -> new Close(i, t, "x" + c, false);
            case 2 -> new Close(i, t, "s" + c, false);
            default -> new StateChange(i, t, "s" + c, TcpState.LAST_ACK, false);
        };
    }
}
