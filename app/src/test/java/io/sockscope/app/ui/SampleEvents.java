package io.sockscope.app.ui;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.QueueSource;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Register;
import io.sockscope.model.event.Select;
import io.sockscope.model.event.Send;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/** A small hand-made echo session with a selector, for window tests before real recordings exist. */
final class SampleEvents {
    private SampleEvents() {
    }

    static List<Event> echo() {
        List<Event> ev = new ArrayList<>();
        LongFunction<Long> t = seq -> seq * 1_500_000L;
        byte[] hello = "hello\n".getBytes(StandardCharsets.UTF_8);
        add(ev, s -> new Note(s, t.apply(s), "The server opens a socket and listens.", "en", 1));
        add(ev, s -> new Open(s, t.apply(s), "s1", Proto.TCP, Family.INET, 7, "server"));
        add(ev, s -> new OptionSet(s, t.apply(s), "s1", "SO_RCVBUF", "1000", "2304", "4608"));
        add(ev, s -> new Bind(s, t.apply(s), "s1", "127.0.0.1:5000"));
        add(ev, s -> new Listen(s, t.apply(s), "s1", 50));
        add(ev, s -> new Open(s, t.apply(s), "s2", Proto.SELECTOR, Family.NONE, 8, "server"));
        add(ev, s -> new Register(s, t.apply(s), "s1", "s2", "A"));
        add(ev, s -> new Note(s, t.apply(s), "A client connects; the server accepts a new socket.", "en", 2));
        add(ev, s -> new Open(s, t.apply(s), "s3", Proto.TCP, Family.INET, 9, "client"));
        add(ev, s -> new Connect(s, t.apply(s), "s3", "127.0.0.1:40312", "127.0.0.1:5000", ConnectState.CONNECTED));
        add(ev, s -> new Queues(s, t.apply(s), "s1", 0, 1, 1, 50, -1, -1, QueueSource.KERNEL));
        add(ev, s -> new Select(s, t.apply(s), "s2", 0, 1, List.of(new KeyState("s1", "A", "A"))));
        add(ev, s -> new Accept(s, t.apply(s), "s1", "s4", 10, "127.0.0.1:5000", "127.0.0.1:40312"));
        add(ev, s -> new Register(s, t.apply(s), "s4", "s2", "R"));
        add(ev, s -> new Note(s, t.apply(s), "The client sends six bytes; the server reads them.", "en", 3));
        add(ev, s -> new Send(s, t.apply(s), "s3", hello.length, hello.length, Payload.of(hello, hello.length)));
        add(ev, s -> new Queues(s, t.apply(s), "s4", 0, 6, -1, -1, 2626560, 131072, QueueSource.KERNEL));
        add(ev, s -> new Select(s, t.apply(s), "s2", 0, 1,
                List.of(new KeyState("s1", "A", ""), new KeyState("s4", "R", "R"))));
        add(ev, s -> new Recv(s, t.apply(s), "s4", 1024, hello.length, Payload.of(hello, hello.length)));
        add(ev, s -> new Note(s, t.apply(s), "The client closes; the server reads end of stream.", "en", 4));
        add(ev, s -> new Close(s, t.apply(s), "s3", false));
        add(ev, s -> new Recv(s, t.apply(s), "s4", 1024, -1, Payload.NONE));
        add(ev, s -> new Close(s, t.apply(s), "s4", false));
        add(ev, s -> new Close(s, t.apply(s), "s1", false));
        return List.copyOf(ev);
    }

    private static void add(List<Event> ev, LongFunction<Event> f) {
        ev.add(f.apply(ev.size()));
    }

    /** The seq of the first event of {@code type} in {@link #echo()}. */
    static long first(Class<? extends Event> type) {
        return echo().stream().filter(type::isInstance).findFirst().orElseThrow().seq();
    }
}
