package io.sockscope.model.internal;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.engine.EngineOption;
import io.sockscope.model.engine.Interest;
import io.sockscope.model.engine.SocketId;
import io.sockscope.model.source.Subscription;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Quiz;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.ShutdownHow;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The engine on java.nio.
 *
 * <p><b>Order.</b> Every system call on a channel happens while one engine-wide lock is held,
 * and the event reporting it is numbered in that same critical section; so a {@code recv}
 * that read bytes always comes after the {@code send} that wrote them. Subscribers are called
 * on one delivery thread, never under the lock.
 *
 * <p><b>Threads.</b> Non-blocking work runs on the {@code sockscope-engine} thread in
 * submission order. Calls on a socket in blocking mode (and {@code select} with a timeout)
 * run on a worker thread named after the socket's owner, or the name given to
 * {@link #onThread(String)}; one worker runs its calls in order. While that worker is idle
 * with nothing queued (and no engine-thread command pending), the submitting thread runs such a
 * call itself, under the same lock and in the same order, and gets a completed future: no
 * hand-off to the worker and back. If the call has to wait, the worker finishes it (it retries,
 * and emits {@code block} and {@code wake} under its own name); engine threads and workers
 * never run another worker's calls.
 *
 * <p><b>Blocking, shown.</b> Every descriptor stays non-blocking in the kernel; blocking mode
 * is emulated: the call is tried, and if it would wait the engine emits {@code block}, waits
 * for readiness in the worker's private selector, retries, and emits {@code wake} right before
 * the outcome. A blocking send waits until every byte is in the send buffer (its {@code send}
 * event comes at the wake, so the peer may read some of its bytes before). SO_RCVTIMEO bounds
 * every wait ({@code TIMED_OUT}); closing the socket cuts a waiting call short ({@code wake},
 * then {@code CLOSED}). A non-blocking call that has nothing to do fails with
 * {@code WOULD_BLOCK} (accept, recv, recvfrom) or reports what it did (send: done &lt; requested).
 *
 * <p>{@code send} and {@code sendTo} use the caller's array without copying it (bulk transfers
 * would pay for the copy): leave it unchanged until the call's future completes.
 *
 * <p>java.nio has no Unix datagram sockets; {@link #openUnix} is a stream socket. Commands on
 * an engine that is closed complete with an unnumbered {@code Failure} (seq -1), never emitted.
 */
public final class NioEngine implements Engine {
    private final Core core;
    private final Calls calls;
    private final String thread;

    private NioEngine(Core core, Calls calls, String thread) {
        this.core = core;
        this.calls = calls;
        this.thread = thread;
    }

    /** See {@link io.sockscope.model.engine.Engines#neverRunCallsOnThisThread}. */
    public static void neverRunCallsOnThisThread() {
        Turn.refuseHere();
    }

    public static NioEngine start(EngineConfig config) {
        Preload.once();
        Core core = new Core(config);
        return new NioEngine(core, new Calls(core), null);
    }

    @Override
    public Subscription subscribe(Consumer<? super Event> listener) {
        return core.hub.subscribe(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public Engine onThread(String name) {
        return new NioEngine(core, calls, Objects.requireNonNull(name, "name"));
    }

    @Override
    public void endThread(String name) {
        Objects.requireNonNull(name, "name");
        core.threads.endWorkerInOrder(name);
    }

    @Override
    public SocketId openTcp(Family family, String owner) {
        return open(Proto.TCP, family, owner);
    }

    @Override
    public SocketId openUdp(Family family, String owner) {
        return open(Proto.UDP, family, owner);
    }

    @Override
    public SocketId openUnix(String owner) {
        return open(Proto.UNIX, Family.UNIX, owner);
    }

    private SocketId open(Proto proto, Family family, String owner) {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(owner, "owner");
        String id = core.nextId();
        Sock s = new Sock(id, owner, proto, family);
        core.socks.put(id, s);
        core.threads.onEngine(id, "open", () -> calls.open(s));
        return SocketId.of(id);
    }

    @Override
    public SocketId openSelector(String owner) {
        Objects.requireNonNull(owner, "owner");
        String id = core.nextId();
        Sel sel = new Sel(id, owner);
        core.sels.put(id, sel);
        core.threads.onEngine(id, "open", () -> calls.selectors.open(sel));
        return SocketId.of(id);
    }

    @Override
    public SocketId external(String address, String peer, String owner, int pid, String program) {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(program, "program");
        String id = core.nextId();
        Family family = address.startsWith("[") ? Family.INET6 : Family.INET;
        core.threads.onEngine(id, "external", () -> {
            core.hub.emit((seq, t) -> new Open(seq, t, id, Proto.TCP, family, -1, owner, pid, program));
            return core.hub.emit((seq, t) -> new Connect(seq, t, id, address, peer, ConnectState.CONNECTED));
        });
        return SocketId.of(id);
    }

    @Override
    public void externalEnded(SocketId external, ExternalEnd how) {
        Objects.requireNonNull(how, "how");
        String id = Objects.requireNonNull(external, "external").value();
        core.threads.onEngine(id, "external", () -> core.hub.emit((seq, t) -> how == ExternalEnd.HALF_CLOSED
                ? new io.sockscope.model.event.Shutdown(seq, t, id, io.sockscope.model.event.ShutdownHow.WRITE)
                : new io.sockscope.model.event.Close(seq, t, id, how == ExternalEnd.RESET)));
    }

    @Override
    public CompletableFuture<Event> bind(SocketId socket, String address) {
        Objects.requireNonNull(address, "address");
        return engine(socket, "bind", s -> calls.life.bind(s, address));
    }

    @Override
    public CompletableFuture<Event> listen(SocketId socket, int backlog) {
        return engine(socket, "listen", s -> calls.streams.listen(s, backlog));
    }

    @Override
    public CompletableFuture<Event> accept(SocketId socket) {
        return maybeBlocking(socket, "accept", calls.streams::accept);
    }

    @Override
    public CompletableFuture<Event> connect(SocketId socket, String remote) {
        Objects.requireNonNull(remote, "remote");
        return maybeBlocking(socket, "connect", s -> s.proto == Proto.UDP
                ? calls.datagrams.connect(s, remote) : calls.streams.connect(s, remote));
    }

    @Override
    public CompletableFuture<Event> finishConnect(SocketId socket) {
        return engine(socket, "finishConnect", calls.streams::finishConnect);
    }

    @Override
    public CompletableFuture<Event> send(SocketId socket, byte[] data) {
        Objects.requireNonNull(data, "data");
        return maybeBlocking(socket, "send", s -> s.proto == Proto.UDP
                ? calls.datagrams.sendTo(s, null, data) : calls.streams.send(s, data));
    }

    @Override
    public CompletableFuture<Event> recv(SocketId socket, int max) {
        return maybeBlocking(socket, "recv", s -> s.proto == Proto.UDP
                ? calls.datagrams.recvFrom(s, max) : calls.streams.recv(s, max));
    }

    @Override
    public CompletableFuture<Event> sendTo(SocketId socket, String peer, byte[] data) {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(data, "data");
        return maybeBlocking(socket, "sendto", s -> calls.datagrams.sendTo(s, peer, data));
    }

    @Override
    public CompletableFuture<Event> recvFrom(SocketId socket, int max) {
        return maybeBlocking(socket, "recvfrom", s -> calls.datagrams.recvFrom(s, max));
    }

    @Override
    public CompletableFuture<Event> shutdown(SocketId socket, ShutdownHow how) {
        Objects.requireNonNull(how, "how");
        return engine(socket, "shutdown", s -> calls.life.shutdown(s, how));
    }

    @Override
    public CompletableFuture<Event> close(SocketId socket) {
        return closeCall(socket, false);
    }

    @Override
    public CompletableFuture<Event> abort(SocketId socket) {
        return closeCall(socket, true);
    }

    private CompletableFuture<Event> closeCall(SocketId socketId, boolean abortive) {
        String socket = Objects.requireNonNull(socketId, "socket").value();
        String call = abortive ? "abort" : "close";
        return core.threads.onEngine(socket, call, () -> core.sels.containsKey(socket)
                ? calls.selectors.close(socket)
                : calls.withSock(socket, call, s -> calls.life.close(s, abortive)));
    }

    @Override
    public <T> CompletableFuture<Event> setOption(SocketId socket, EngineOption<T> option, T value) {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(value, "value");
        Sock planned = core.socks.get(Objects.requireNonNull(socket, "socket").value());
        if (planned != null && option == EngineOption.BLOCKING) {
            planned.plannedBlocking = (Boolean) value;
        }
        return engine(socket, "setOption", s -> calls.options.set(s, option, value));
    }

    @Override
    public CompletableFuture<Event> register(SocketId selector, SocketId socket, Interest ops) {
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(ops, "ops");
        return engine(socket, "register", s -> calls.selectors.register(selector.value(), s, ops.bits()));
    }

    @Override
    public CompletableFuture<Event> select(SocketId selectorId, long timeoutMs) {
        String selector = Objects.requireNonNull(selectorId, "selector").value();
        Sel sel = core.sels.get(selector);
        if (timeoutMs < 0 || sel == null || core.closed) {
            return core.threads.onEngine(selector, "select", () -> calls.selectors.select(selector, timeoutMs));
        }
        String worker = thread != null ? thread : sel.owner;
        return core.threads.onWorker(worker, selector, "select", () -> calls.selectors.select(selector, timeoutMs));
    }

    @Override
    public CompletableFuture<Event> probe(SocketId socket) {
        return engine(socket, "probe", calls.probe::probeNow);
    }

    @Override
    public CompletableFuture<Event> note(String text, String lang, int step) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
        return core.threads.onEngine("", "note", () -> core.hub.emit((seq, t) -> new Note(seq, t, text, lang, step)));
    }

    @Override
    public CompletableFuture<Event> ask(String en, String zh, Quiz quiz) {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(quiz, "quiz");
        return core.threads.onEngine("", "note", () -> core.hub.emit((seq, t) -> new Note(seq, t, en, "en", 0, zh, quiz)));
    }

    @Override
    public CompletableFuture<Event> caption(String en, String zh, int step) {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
        return core.threads.onEngine("", "note", () -> core.hub.emit((seq, t) -> new Note(seq, t, en, "en", step, zh)));
    }

    @Override
    public void close() {
        calls.shutdown();
    }

    private CompletableFuture<Event> engine(SocketId socketId, String call, Calls.SockCall body) {
        String socket = Objects.requireNonNull(socketId, "socket").value();
        return core.threads.onEngine(socket, call, () -> calls.withSock(socket, call, body));
    }

    /** On a worker when the socket is in blocking mode, else on the engine thread. */
    private CompletableFuture<Event> maybeBlocking(SocketId socketId, String call, Calls.SockCall body) {
        String socket = Objects.requireNonNull(socketId, "socket").value();
        Sock s = core.socks.get(socket);
        if (core.closed || s == null || !s.plannedBlocking) {
            return core.threads.onEngine(socket, call, () -> calls.withSockUnlocked(socket, call, body));
        }
        String worker = thread != null ? thread : s.owner;
        return core.threads.onWorkerOrHere(worker, socket, call, () -> calls.withSockUnlocked(socket, call, body));
    }
}
