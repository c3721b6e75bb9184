package io.sockscope.model.engine;

import io.sockscope.model.source.Subscription;
import io.sockscope.model.source.EventSource;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Quiz;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.ShutdownHow;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Runs real java.nio sockets and reports every call as an {@link Event}.
 *
 * <p>Commands may come from any thread. Each returns at once (a blocking-mode call whose
 * worker is idle may first be tried on the calling thread: see below); the returned future completes
 * with the event that reports the call's outcome: the success event ({@code Bind},
 * {@code Accept}, {@code Recv}...) or a {@code Failure}. Futures never complete
 * exceptionally and no call throws: a bad socket id, an illegal state or an OS error are all
 * {@code Failure} events.
 *
 * <p>Sockets and selectors get ids ({@link SocketId}: {@code s1}, {@code s2}...) when the open
 * command is submitted, so later commands can name them at once. Commands on one thread name run in
 * submission order. Calls in blocking mode ({@code accept}, {@code connect}, {@code send},
 * {@code recv}, {@code sendTo}, {@code recvFrom}, {@code select}) run on a named worker
 * thread: by default the socket's owner name (the "server" app's thread, the "client"
 * app's thread); {@link #onThread(String)} picks another, as a thread-per-client server
 * does. When that worker is idle with nothing queued, the calling thread runs the call
 * itself in the worker's place, in the same order, and the future it gets is already complete;
 * a call that has to wait is left to the worker. When such a call has to wait it emits
 * {@code block} on the worker, naming it, and {@code wake} when it returns; closing its socket
 * cuts it short. A worker ends when idle for a few seconds or when
 * {@link #endThread(String)} says it is done, so threads and descriptors do not pile up.
 *
 * <p>{@link Engines#start(EngineConfig)} makes one.
 */
public interface Engine extends EventSource {

    /**
     * Delivers every event emitted from now on, exactly once and in {@code seq} order, on the
     * engine's delivery thread. Subscribe before the first command to see a whole session.
     */
    Subscription subscribe(Consumer<? super Event> listener);

    /** This engine, with its blocking calls run on the worker thread {@code thread}. */
    Engine onThread(String thread);

    /**
     * Ends the worker thread {@code name} once every call submitted to it so far has run,
     * releasing the thread and its private selector (a server thread done with its connection).
     * A later call on that name starts a new worker. A worker idle for a few seconds ends by
     * itself too; this only makes it sooner.
     */
    void endThread(String name);

    // --- creation: the id is returned at once, the open event follows ---

    /** socket(AF_INET or AF_INET6, SOCK_STREAM). */
    SocketId openTcp(Family family, String owner);

    /** socket(AF_INET or AF_INET6, SOCK_DGRAM). */
    SocketId openUdp(Family family, String owner);

    /** socket(AF_UNIX, SOCK_STREAM). java.nio has no Unix datagram sockets. */
    SocketId openUnix(String owner);

    /** A selector: the java.nio face of select()/epoll. */
    SocketId openSelector(String owner);

    /**
     * Enters a socket this engine did not open: the far end of a connection that an outside
     * program (a {@code nc}, a Python client) made to one of our sockets. Emits {@code open}
     * (TCP, fd -1, the given owner label, e.g. {@code external: nc (pid 1234)}, and the process
     * when known) and {@code connect} (CONNECTED, from {@code address} to {@code peer}) for it and
     * returns its id at once. No call can be made on it: it only gives the outside program a lifeline.
     *
     * @param address the outside socket's own address (our accepted socket's remote)
     * @param peer    what it is connected to (our accepted socket's local address)
     * @param pid     the outside process's id, {@link io.sockscope.model.event.Open#NO_PID} if unknown
     * @param program its program name, "" if unknown
     */
    SocketId external(String address, String peer, String owner, int pid, String program);

    /**
     * Ends an outside socket's lifeline as our side saw it end: {@code close} (abortive when the
     * connection was reset) once the outside program no longer holds the socket, or
     * {@code shutdown} (write) when it sent end of stream but still holds it (a half-close).
     * What happened is the caller's reading of our side and of the kernel's tables.
     */
    void externalEnded(SocketId external, ExternalEnd how);

    /** How an outside socket's lifeline ends: see {@link #externalEnded}. */
    enum ExternalEnd { CLOSED, RESET, HALF_CLOSED }

    // --- calls ---

    /** bind(): "127.0.0.1:0", "[::1]:8080", "0.0.0.0:0" or, for Unix sockets, a file path. */
    CompletableFuture<Event> bind(SocketId socket, String address);

    CompletableFuture<Event> listen(SocketId socket, int backlog);

    CompletableFuture<Event> accept(SocketId socket);

    /** connect(): TCP or Unix stream, or fixing the peer of a UDP socket. */
    CompletableFuture<Event> connect(SocketId socket, String remote);

    /** Completes a non-blocking connect: {@code Connect} when done, {@code WOULD_BLOCK} while in progress. */
    CompletableFuture<Event> finishConnect(SocketId socket);

    /** send(): in blocking mode waits until every byte is in the send buffer; non-blocking may do less. */
    CompletableFuture<Event> send(SocketId socket, byte[] data);

    /** recv() of at most {@code max} bytes; done -1 is end of stream. */
    CompletableFuture<Event> recv(SocketId socket, int max);

    CompletableFuture<Event> sendTo(SocketId socket, String peer, byte[] data);

    CompletableFuture<Event> recvFrom(SocketId socket, int max);

    CompletableFuture<Event> shutdown(SocketId socket, ShutdownHow how);

    /** close(); a blocked call on the socket is cut short. */
    CompletableFuture<Event> close(SocketId socket);

    /** Abortive close: SO_LINGER 0 then close, so the peer gets a reset. */
    CompletableFuture<Event> abort(SocketId socket);

    /**
     * Sets an option (see {@link EngineOption}): SO_SNDBUF, SO_RCVBUF, TCP_NODELAY, SO_LINGER
     * (seconds, -1 off), SO_REUSEADDR, SO_RCVTIMEO (ms the blocking calls wait; 0 forever),
     * BLOCKING.
     */
    <T> CompletableFuture<Event> setOption(SocketId socket, EngineOption<T> option, T value);

    /** register() with interest {@code ops}; again on a registered socket changes its interest. */
    CompletableFuture<Event> register(SocketId selector, SocketId socket, Interest ops);

    /** select(): {@code timeoutMs} &lt; 0 is selectNow, 0 waits for ever. */
    CompletableFuture<Event> select(SocketId selector, long timeoutMs);

    /** Samples the socket's kernel queues now; completes with the current figures. */
    CompletableFuture<Event> probe(SocketId socket);

    /** A caption or annotation; {@code step} &gt; 0 starts a step. */
    CompletableFuture<Event> note(String text, String lang, int step);

    /** A caption in English and in Chinese (one note; the viewer shows the reader's language). */
    CompletableFuture<Event> caption(String en, String zh, int step);

    /**
     * A question for the class in English and Chinese ({@code quiz} holds the choices and the
     * answer): a replay in presentation mode stops here until the answer is revealed.
     */
    CompletableFuture<Event> ask(String en, String zh, Quiz quiz);

    /** Closes every socket and selector, ends every thread, delivers the last events, then returns. */
    @Override
    void close();
}
