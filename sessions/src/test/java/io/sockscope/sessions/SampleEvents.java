package io.sockscope.sessions;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.QueueSource;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.Register;
import io.sockscope.model.event.Select;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.SendTo;
import io.sockscope.model.event.Shutdown;
import io.sockscope.model.event.ShutdownHow;
import io.sockscope.model.event.Wake;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Events of every type with awkward values, numbered 0.. with rising times. */
final class SampleEvents {
    private SampleEvents() {
    }

    static byte[] allBytes() {
        byte[] b = new byte[256];
        for (int i = 0; i < 256; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    static Payload text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return Payload.of(b, b.length);
    }

    /** Every event type at least once, with tricky values; stored payloads fit {@code cap}. */
    static List<Event> all() {
        List<Event> e = new ArrayList<>();
        long t = 0;
        e.add(new Note(e.size(), t, "第一步：创建套接字 — step one", "zh", 1));
        e.add(new Open(e.size(), t += 1_000, "s1", Proto.TCP, Family.INET, 7, "server"));
        e.add(new Open(e.size(), t += 1, "s2", Proto.UDP, Family.INET6, -1, ""));
        e.add(new Open(e.size(), t += 1, "s3", Proto.SELECTOR, Family.NONE, -1, "server"));
        e.add(new Open(e.size(), t, "s4", Proto.UNIX, Family.UNIX, 12, "client"));
        e.add(new Bind(e.size(), t += 5, "s1", "127.0.0.1:5000"));
        e.add(new Bind(e.size(), t, "s4", "/tmp/sockscope \"quoted\"\\path.sock"));
        e.add(new Listen(e.size(), t += 3, "s1", 50));
        e.add(new Listen(e.size(), t, "s1", -1));
        e.add(new Connect(e.size(), t += 40_000, "s5", "127.0.0.1:41234", "127.0.0.1:5000", ConnectState.IN_PROGRESS));
        e.add(new Connect(e.size(), t, "s5", "[::1]:41234", "[::1]:5000", ConnectState.CONNECTED));
        e.add(new Accept(e.size(), t += 7, "s1", "s6", 9, "127.0.0.1:5000", "127.0.0.1:41234"));
        e.add(new Open(e.size(), t, "s7", Proto.TCP, Family.INET, 9, "fork_server.py (pid 42)", 42, "fork_server.py", "s6", -1));
        e.add(new Open(e.size(), t, "s8", Proto.TCP, Family.INET, 9, "thread 44 (pid 43)", 43, "thread_server.py", "s6", 44));
        e.add(new Send(e.size(), t += 1, "s5", 256, 256, Payload.of(allBytes(), 256)));
        e.add(new Send(e.size(), t, "s5", 100_000, 65_536, Payload.of(new byte[] {1, 2, 3}, 65_536)));
        e.add(new Send(e.size(), t, "s5", 0, 0, Payload.NONE));
        e.add(new Recv(e.size(), t += 2, "s6", 1024, 5, text("hello")));
        e.add(new Recv(e.size(), t, "s6", 1024, -1, Payload.NONE));
        e.add(new Recv(e.size(), t, "s6", 10, 4, Payload.of(new byte[0], 4)));
        e.add(new SendTo(e.size(), t += 9, "s2", "[::1]:6000", 6, 6, text("你好")));
        e.add(new SendTo(e.size(), t, "s2", "[::1]:6000", 70_000, 0, Payload.of(new byte[] {(byte) 0xff}, 70_000)));
        e.add(new RecvFrom(e.size(), t += 3, "s2", "[::1]:6001", 2048, 6, text("你好")));
        e.add(new RecvFrom(e.size(), t, "s2", "", 0, 0, Payload.NONE));
        e.add(new Shutdown(e.size(), t += 11, "s5", ShutdownHow.WRITE));
        e.add(new Shutdown(e.size(), t, "s5", ShutdownHow.READ));
        e.add(new Shutdown(e.size(), t, "s6", ShutdownHow.BOTH));
        e.add(new Block(e.size(), t += 1, "s1", "accept", "server-main 主线程"));
        e.add(new Wake(e.size(), t += 1_000_000_000L, "s1", "accept", "server-main 主线程"));
        e.add(new Register(e.size(), t += 1, "s6", "s3", "R"));
        e.add(new Register(e.size(), t, "s1", "s3", "A"));
        e.add(new Register(e.size(), t, "s5", "s3", ""));
        e.add(new Select(e.size(), t += 2, "s3", 0, 2, List.of(
                new KeyState("s1", "A", "A"), new KeyState("s6", "RW", "W"), new KeyState("s5", "", ""))));
        e.add(new Select(e.size(), t, "s3", -1, 0, List.of()));
        e.add(new Select(e.size(), t, "s3", Long.MAX_VALUE, 1, List.of(new KeyState("s7", "ACRW", "CR"))));
        e.add(new Queues(e.size(), t += 20, "s1", 0, 0, 3, 50, -1, -1, QueueSource.KERNEL));
        e.add(new Queues(e.size(), t, "s2", 0, 2304, -1, -1, 212_992, 212_992, QueueSource.KERNEL_MEMORY));
        e.add(new Queues(e.size(), t, "s4", 17, 0, -1, -1, -1, -1, QueueSource.ESTIMATE));
        e.add(new Queues(e.size(), t, "s2", 0, 4608, -1, -1, 212_992, 8192, QueueSource.EXACT_MEMORY, 197));
        e.add(new Queues(e.size(), t, "s1", 120, 7, -1, -1, 2_626_560, 131_072, QueueSource.EXACT, -1));
        e.add(new io.sockscope.model.event.StateChange(e.size(), t += 1, "s1", io.sockscope.model.event.TcpState.FIN_WAIT1, true));
        e.add(new io.sockscope.model.event.StateChange(e.size(), t, "s1", io.sockscope.model.event.TcpState.TIME_WAIT, false));
        e.add(new OptionSet(e.size(), t += 4, "s5", "SO_SNDBUF", "4096", "8192", "8192"));
        e.add(new OptionSet(e.size(), t, "s5", "SO_LINGER", "", "", ""));
        for (ErrorKind k : ErrorKind.values()) {
            e.add(new Failure(e.size(), t += 1, "s" + (k.ordinal() + 1), "connect", k, "Connection refused: " + k.name()));
        }
        e.add(new Failure(e.size(), t, "s9", "", ErrorKind.OTHER, ""));
        e.add(new Close(e.size(), t += 100, "s5", false));
        e.add(new Close(e.size(), t, "s6", true));
        e.add(new Note(e.size(), t += 1, "", "", 0));
        e.add(new Note(e.size(), t, "The server listens", "en", 2, "服务器开始监听"));
        e.add(new Note(e.size(), t, "line one\nline two\ttab \u0000 nul \u2028 emoji \uD83D\uDE00", "en", 0));
        e.add(new Note(e.size(), Long.MAX_VALUE, "the end", "en", Integer.MAX_VALUE));
        return e;
    }
}
