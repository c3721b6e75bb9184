package io.sockscope.sessions;

import static io.sockscope.sessions.WireField.ANY;
import static io.sockscope.sessions.WireField.COUNT;
import static io.sockscope.sessions.WireField.SIZE;
import static io.sockscope.sessions.WireField.bool;
import static io.sockscope.sessions.WireField.enumOf;
import static io.sockscope.sessions.WireField.id;
import static io.sockscope.sessions.WireField.integer;
import static io.sockscope.sessions.WireField.keys;
import static io.sockscope.sessions.WireField.payload;
import static io.sockscope.sessions.WireField.quiz;
import static io.sockscope.sessions.WireField.text;
import static io.sockscope.sessions.WireField.whole;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Family;
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
import io.sockscope.model.event.StateChange;
import io.sockscope.model.event.TcpState;
import io.sockscope.model.event.Wake;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The session format's vocabulary, written out once: for every event type its wire name and,
 * for every field, the wire name, the format version it appeared in and its default when a
 * file from before that version lacks it. The Java record components may be renamed freely;
 * the wire names here never change. Every event line of version 1 is {@code seq}, {@code t},
 * {@code type}, then these fields in this order (from 2.0: {@code dt}, {@code type}, then the fields that do
 * not equal their defaults, see {@link WireField#orDefault}).
 *
 * <p>To add a field: append one line to its type, e.g.
 * {@code integer("pid", SIZE, Open::pid).since(2, -1)} (and the new constructor argument
 * {@code v.i("pid")} the compiler asks for), then raise {@link SessionHeader#MINOR} if no
 * released build writes that version yet. {@code since} takes a {@link SessionHeader#level()}:
 * 2 for 1.2 there; a field added in 2.1 would be {@code since(6, ...)}. To add an event type:
 * one {@code type(...)} entry with {@code since} set the same way.
 */
final class EventSchema {
    /** A transfer's {@code requested} left out: the program asked for what the call did. */
    private static final WireField.Fallback SAME_AS_DONE = field -> field.apply("done");
    /** A transfer's {@code done} left out: the call moved the payload's length. */
    private static final WireField.Fallback PAYLOAD_LENGTH = field -> ((Payload) field.apply("payload")).length();
    private static final Map<EventType, WireType<?>> BY_TYPE = new EnumMap<>(EventType.class);
    private static final Map<String, WireType<?>> BY_NAME = new HashMap<>();

    static {
        add(type(EventType.OPEN, Open.class, 0,
                v -> new Open(v.seq(), v.t(), v.str("socket"), v.en("proto", Proto.class), v.en("family", Family.class),
                        v.i("fd"), v.str("owner"), v.i("pid"), v.str("program"), v.str("copyOf"), v.i("thread", Open.NO_PID)),
                id("socket", Open::socket),
                enumOf("proto", Proto.class, Open::proto),
                enumOf("family", Family.class, Open::family),
                integer("fd", SIZE, Open::fd),
                text("owner", Open::owner),
                integer("pid", SIZE, Open::pid).since(2, Open.NO_PID).orDefault(Open.NO_PID),
                text("program", Open::program).since(2, "").orDefault(""),
                id("copyOf", (Open o) -> o.copyOf().isEmpty() ? null : o.copyOf()).optional(4),
                integer("thread", SIZE, (Open o) -> o.thread() == Open.NO_PID ? null : o.thread()).optional(4)));
        add(type(EventType.BIND, Bind.class, 0,
                v -> new Bind(v.seq(), v.t(), v.str("socket"), v.str("local")),
                id("socket", Bind::socket),
                text("local", Bind::local)));
        add(type(EventType.LISTEN, Listen.class, 0,
                v -> new Listen(v.seq(), v.t(), v.str("socket"), v.i("backlog")),
                id("socket", Listen::socket),
                integer("backlog", ANY, Listen::backlog)));
        add(type(EventType.CONNECT, Connect.class, 0,
                v -> new Connect(v.seq(), v.t(), v.str("socket"), v.str("local"), v.str("remote"),
                        v.en("state", ConnectState.class)),
                id("socket", Connect::socket),
                text("local", Connect::local),
                text("remote", Connect::remote),
                enumOf("state", ConnectState.class, Connect::state).orDefault(ConnectState.CONNECTED)));
        add(type(EventType.ACCEPT, Accept.class, 0,
                v -> new Accept(v.seq(), v.t(), v.str("socket"), v.str("child"), v.i("fd"), v.str("local"), v.str("remote")),
                id("socket", Accept::socket),
                id("child", Accept::child),
                integer("fd", SIZE, Accept::fd),
                text("local", Accept::local),
                text("remote", Accept::remote)));
        add(type(EventType.SEND, Send.class, 0,
                v -> new Send(v.seq(), v.t(), v.str("socket"), v.i("requested"), v.i("done"), v.payload("payload")),
                id("socket", Send::socket),
                integer("requested", COUNT, Send::requested).orDefaultFrom(SAME_AS_DONE),
                integer("done", SIZE, Send::done).orDefaultFrom(PAYLOAD_LENGTH),
                payload("payload", Send::payload)));
        add(type(EventType.RECV, Recv.class, 0,
                v -> new Recv(v.seq(), v.t(), v.str("socket"), v.i("requested"), v.i("done"), v.payload("payload")),
                id("socket", Recv::socket),
                integer("requested", COUNT, Recv::requested).orDefaultFrom(SAME_AS_DONE),
                integer("done", SIZE, Recv::done).orDefaultFrom(PAYLOAD_LENGTH),
                payload("payload", Recv::payload)));
        add(type(EventType.SENDTO, SendTo.class, 0,
                v -> new SendTo(v.seq(), v.t(), v.str("socket"), v.str("peer"), v.i("requested"), v.i("done"),
                        v.payload("payload")),
                id("socket", SendTo::socket),
                text("peer", SendTo::peer),
                integer("requested", COUNT, SendTo::requested).orDefaultFrom(SAME_AS_DONE),
                integer("done", SIZE, SendTo::done).orDefaultFrom(PAYLOAD_LENGTH),
                payload("payload", SendTo::payload)));
        add(type(EventType.RECVFROM, RecvFrom.class, 0,
                v -> new RecvFrom(v.seq(), v.t(), v.str("socket"), v.str("peer"), v.i("requested"), v.i("done"),
                        v.payload("payload")),
                id("socket", RecvFrom::socket),
                text("peer", RecvFrom::peer),
                integer("requested", COUNT, RecvFrom::requested).orDefaultFrom(SAME_AS_DONE),
                integer("done", SIZE, RecvFrom::done).orDefaultFrom(PAYLOAD_LENGTH),
                payload("payload", RecvFrom::payload)));
        add(type(EventType.SHUTDOWN, Shutdown.class, 0,
                v -> new Shutdown(v.seq(), v.t(), v.str("socket"), v.en("how", ShutdownHow.class)),
                id("socket", Shutdown::socket),
                enumOf("how", ShutdownHow.class, Shutdown::how)));
        add(type(EventType.CLOSE, Close.class, 0,
                v -> new Close(v.seq(), v.t(), v.str("socket"), v.b("abortive")),
                id("socket", Close::socket),
                bool("abortive", Close::abortive).orDefault(false)));
        add(type(EventType.BLOCK, Block.class, 0,
                v -> new Block(v.seq(), v.t(), v.str("socket"), v.str("call"), v.str("thread")),
                id("socket", Block::socket),
                text("call", Block::call),
                text("thread", Block::thread)));
        add(type(EventType.WAKE, Wake.class, 0,
                v -> new Wake(v.seq(), v.t(), v.str("socket"), v.str("call"), v.str("thread")),
                id("socket", Wake::socket),
                text("call", Wake::call),
                text("thread", Wake::thread)));
        add(type(EventType.REGISTER, Register.class, 0,
                v -> new Register(v.seq(), v.t(), v.str("socket"), v.str("selector"), v.str("interest")),
                id("socket", Register::socket),
                id("selector", Register::selector),
                text("interest", Register::interest)));
        add(type(EventType.SELECT, Select.class, 0,
                v -> new Select(v.seq(), v.t(), v.str("socket"), v.l("timeoutMs"), v.i("selected"), v.keys("keys")),
                id("socket", Select::socket),
                whole("timeoutMs", ANY, Select::timeoutMs),
                integer("selected", COUNT, Select::selected),
                keys("keys", Select::keys)));
        add(type(EventType.QUEUES, Queues.class, 0,
                v -> new Queues(v.seq(), v.t(), v.str("socket"), v.i("sendQ"), v.i("recvQ"), v.i("acceptQ"),
                        v.i("backlog"), v.i("sndBuf"), v.i("rcvBuf"), v.en("source", QueueSource.class), v.i("drops")),
                id("socket", Queues::socket),
                integer("sendQ", SIZE, Queues::sendQ).orDefault(0),
                integer("recvQ", SIZE, Queues::recvQ).orDefault(0),
                integer("acceptQ", SIZE, Queues::acceptQ).orDefault(-1),
                integer("backlog", ANY, Queues::backlog).orDefault(-1),
                integer("sndBuf", SIZE, Queues::sndBuf).orDefault(-1),
                integer("rcvBuf", SIZE, Queues::rcvBuf).orDefault(-1),
                enumOf("source", QueueSource.class, Queues::source).orDefault(QueueSource.EXACT),
                integer("drops", SIZE, Queues::drops).since(2, -1).orDefault(-1)));
        add(type(EventType.STATE, StateChange.class, 2,
                v -> new StateChange(v.seq(), v.t(), v.str("socket"), v.en("state", TcpState.class), v.b("open")),
                id("socket", StateChange::socket),
                enumOf("state", TcpState.class, StateChange::state),
                bool("open", StateChange::open)));
        add(type(EventType.OPTION, OptionSet.class, 0,
                v -> new OptionSet(v.seq(), v.t(), v.str("socket"), v.str("name"), v.str("asked"), v.str("reported"),
                        v.str("kernel")),
                id("socket", OptionSet::socket),
                text("name", OptionSet::name),
                text("asked", OptionSet::asked),
                text("reported", OptionSet::reported),
                text("kernel", OptionSet::kernel).orDefault("")));
        add(type(EventType.ERROR, Failure.class, 0,
                v -> new Failure(v.seq(), v.t(), v.str("socket"), v.str("call"), v.en("kind", ErrorKind.class),
                        v.str("message")),
                id("socket", Failure::socket),
                text("call", Failure::call),
                enumOf("kind", ErrorKind.class, Failure::kind),
                text("message", Failure::message)));
        add(type(EventType.NOTE, Note.class, 0,
                v -> new Note(v.seq(), v.t(), v.str("text"), v.str("lang"), v.i("step"), v.str("zh"), v.quiz("question")),
                text("text", Note::text),
                text("lang", Note::lang),
                integer("step", ANY, Note::step).orDefault(0),
                text("zh", Note::zh).since(2, "").orDefault(""),
                quiz("question", Note::quiz).optional(3)));
        if (BY_TYPE.size() != EventType.values().length) {
            throw new IllegalStateException("the session format has no entry for an event type");
        }
    }

    private EventSchema() {
    }

    @SafeVarargs
    private static <E extends Event> WireType<E> type(EventType type, Class<E> c, int since, Function<Values, E> create,
                                                      WireField<E>... fields) {
        return new WireType<>(type, c, since, create, Arrays.asList(fields));
    }

    private static void add(WireType<?> t) {
        if (BY_TYPE.put(t.type(), t) != null || BY_NAME.put(t.wireName(), t) != null) {
            throw new IllegalStateException("event type listed twice: " + t.wireName());
        }
    }

    /** The entry for {@code type}. */
    static WireType<?> of(EventType type) {
        return BY_TYPE.get(type);
    }

    /** The entry whose wire name is {@code name}, or null. */
    static WireType<?> named(String name) {
        return BY_NAME.get(name);
    }

    /** The same event numbered {@code seq} (every other field kept). */
    static Event withSeq(Event e, long seq) {
        return e.seq() == seq ? e : renumbered(of(e.type()), e, seq);
    }

    private static <E extends Event> E renumbered(WireType<E> type, Event e, long seq) {
        E typed = type.recordClass().cast(e);
        List<WireField<E>> fields = type.fields();
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = fields.get(i).get(typed);
        }
        return type.create(new Values(type, seq, e.t(), values));
    }

    /** Every entry, in {@link EventType} order. */
    static Collection<WireType<?>> all() {
        return List.copyOf(BY_TYPE.values());
    }
}
