package io.sockscope.app.diagram.layout;

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

/** Builds realistic event lists by hand: seq counts up, time advances 50 µs per event unless told. */
public final class Script {
    private final List<Event> events = new ArrayList<>();
    private long t;

    public List<Event> events() {
        return events;
    }

    private long seq() {
        return events.size();
    }

    private long t() {
        t += 50_000;
        return t;
    }

    public Script idle(long millis) {
        t += millis * 1_000_000;
        return this;
    }

    public Script tcp(String s, int fd, String owner) {
        events.add(new Open(seq(), t(), s, Proto.TCP, Family.INET, fd, owner));
        return this;
    }

    public Script udp(String s, int fd, String owner) {
        events.add(new Open(seq(), t(), s, Proto.UDP, Family.INET, fd, owner));
        return this;
    }

    public Script unix(String s, int fd, String owner) {
        events.add(new Open(seq(), t(), s, Proto.UNIX, Family.UNIX, fd, owner));
        return this;
    }

    public Script selector(String s, int fd, String owner) {
        events.add(new Open(seq(), t(), s, Proto.SELECTOR, Family.NONE, fd, owner));
        return this;
    }

    public Script bind(String s, String local) {
        events.add(new Bind(seq(), t(), s, local));
        return this;
    }

    public Script listen(String s, int backlog) {
        events.add(new Listen(seq(), t(), s, backlog));
        return this;
    }

    public Script connect(String s, String local, String remote) {
        events.add(new Connect(seq(), t(), s, local, remote, ConnectState.CONNECTED));
        return this;
    }

    public Script accept(String server, String child, int fd, String local, String remote) {
        events.add(new Accept(seq(), t(), server, child, fd, local, remote));
        return this;
    }

    public Script send(String s, int requested, int done) {
        events.add(new Send(seq(), t(), s, requested, done, Payload.NONE));
        return this;
    }

    public Script send(String s, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        events.add(new Send(seq(), t(), s, b.length, b.length, Payload.capture(b, 0, b.length, 4096)));
        return this;
    }

    public Script recv(String s, int requested, int done) {
        events.add(new Recv(seq(), t(), s, requested, done, Payload.NONE));
        return this;
    }

    public Script sendTo(String s, String peer, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        events.add(new SendTo(seq(), t(), s, peer, b.length, b.length, Payload.capture(b, 0, b.length, 4096)));
        return this;
    }

    public Script recvFrom(String s, String peer, int requested, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        events.add(new RecvFrom(seq(), t(), s, peer, requested, b.length, Payload.capture(b, 0, b.length, 4096)));
        return this;
    }

    public Script shutdown(String s, ShutdownHow how) {
        events.add(new Shutdown(seq(), t(), s, how));
        return this;
    }

    public Script close(String s, boolean abortive) {
        events.add(new Close(seq(), t(), s, abortive));
        return this;
    }

    public Script block(String s, String call, String thread) {
        events.add(new Block(seq(), t(), s, call, thread));
        return this;
    }

    public Script wake(String s, String call, String thread) {
        events.add(new Wake(seq(), t(), s, call, thread));
        return this;
    }

    public Script register(String s, String selector, String interest) {
        events.add(new Register(seq(), t(), s, selector, interest));
        return this;
    }

    public Script select(String selector, int selected, KeyState... keys) {
        events.add(new Select(seq(), t(), selector, 0, selected, List.of(keys)));
        return this;
    }

    public Script queues(String s, int sendQ, int recvQ, int sndBuf, int rcvBuf) {
        events.add(new Queues(seq(), t(), s, sendQ, recvQ, -1, -1, sndBuf, rcvBuf, QueueSource.KERNEL));
        return this;
    }

    public Script acceptQueue(String s, int acceptQ, int backlog) {
        events.add(new Queues(seq(), t(), s, 0, acceptQ, acceptQ, backlog, -1, -1, QueueSource.KERNEL));
        return this;
    }

    public Script option(String s, String name, String asked, String reported, String kernel) {
        events.add(new OptionSet(seq(), t(), s, name, asked, reported, kernel));
        return this;
    }

    public Script fail(String s, String call, ErrorKind kind) {
        events.add(new Failure(seq(), t(), s, call, kind, kind.name()));
        return this;
    }

    public Script state(String s, io.sockscope.model.event.TcpState state, boolean open) {
        events.add(new io.sockscope.model.event.StateChange(seq(), t(), s, state, open));
        return this;
    }

    public Script note(String text, int step) {
        events.add(new Note(seq(), t(), text, "en", step));
        return this;
    }

    /** A TCP server s1 on port 5000 with a client s2 (owner client) connected to it, accepted as s3. */
    public static Script connectedPair() {
        return new Script()
                .tcp("s1", 5, "server").bind("s1", "127.0.0.1:5000").listen("s1", 50)
                .tcp("s2", 6, "client").connect("s2", "127.0.0.1:39122", "127.0.0.1:5000")
                .accept("s1", "s3", 7, "127.0.0.1:5000", "127.0.0.1:39122");
    }
}
