package io.sockscope.model.scenario.support;

import io.sockscope.model.engine.EngineOption;
import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;

/**
 * One loopback TCP connection: the server's listening socket, the client, the socket the
 * server accepted ({@code child}) and the server's address.
 */
public record TcpPair(SocketId server, SocketId client, SocketId child, String address) {
    /** The caption of a step that only sets up a connection. */
    public static final Caption SET_UP = new Caption(
            "A connection is set up: the server listens, the client connects, the server accepts.",
            "先建立一条连接：服务器监听，客户端连接，服务器接受连接。");
    private static final int BACKLOG = 8;
    private static final int QUEUED_BACKLOG = 5;

    /** A listening server socket and the address it got. */
    public record Listening(SocketId socket, String address) {
    }

    /** A server on 127.0.0.1 (kernel-chosen port), a client that connects, and an accept. */
    public static TcpPair open(ScenarioContext ctx) {
        return connect(ctx, listen(ctx, 0), 0);
    }

    /** As {@link #open}, on the loopback of {@code family} with backlog 5; accepts once the kernel has queued the connection. */
    public static TcpPair openQueued(ScenarioContext ctx, Family family) {
        Listening listening = listen(ctx, family, QUEUED_BACKLOG, 0);
        SocketId client = connectClient(ctx, family, listening, 0);
        KernelWaits.awaitAcceptQueue(ctx, listening.socket(), 1);
        return accept(ctx, listening, client);
    }

    /** A listening server on 127.0.0.1 with backlog 8; {@code rcvBuf} as in {@link #listen(ScenarioContext, Family, int, int)}. */
    public static Listening listen(ScenarioContext ctx, int rcvBuf) {
        return listen(ctx, Family.INET, BACKLOG, rcvBuf);
    }

    /** A listening server socket on loopback; {@code rcvBuf} &gt; 0 sets SO_RCVBUF before listen, so accepted sockets inherit it. */
    public static Listening listen(ScenarioContext ctx, Family family, int backlog, int rcvBuf) {
        Engine e = ctx.engine();
        SocketId server = e.openTcp(family, "server");
        if (rcvBuf > 0) {
            Calls.expect(ctx, e.setOption(server, EngineOption.SO_RCVBUF, rcvBuf), OptionSet.class);
        }
        String loopback = family == Family.INET6 ? "[::1]:0" : "127.0.0.1:0";
        Bind bind = Calls.expect(ctx, e.bind(server, loopback), Bind.class);
        Calls.expect(ctx, e.listen(server, backlog), Listen.class);
        return new Listening(server, bind.local());
    }

    /** An INET client ({@code sndBuf} &gt; 0 sets SO_SNDBUF first) connects to {@code listening}; the server accepts. */
    public static TcpPair connect(ScenarioContext ctx, Listening listening, int sndBuf) {
        return accept(ctx, listening, connectClient(ctx, Family.INET, listening, sndBuf));
    }

    /** Closes the client, the accepted socket and the server socket, in that order. */
    public void closeAll(ScenarioContext ctx) {
        Engine e = ctx.engine();
        Calls.expect(ctx, e.close(client), Close.class);
        Calls.expect(ctx, e.close(child), Close.class);
        Calls.expect(ctx, e.close(server), Close.class);
    }

    private static SocketId connectClient(ScenarioContext ctx, Family family, Listening listening, int sndBuf) {
        Engine e = ctx.engine();
        SocketId client = e.openTcp(family, "client");
        if (sndBuf > 0) {
            Calls.expect(ctx, e.setOption(client, EngineOption.SO_SNDBUF, sndBuf), OptionSet.class);
        }
        Calls.expect(ctx, e.connect(client, listening.address()), Connect.class);
        return client;
    }

    private static TcpPair accept(ScenarioContext ctx, Listening listening, SocketId client) {
        Accept accept = Calls.expect(ctx, ctx.engine().accept(listening.socket()), Accept.class);
        return new TcpPair(listening.socket(), client, SocketId.of(accept.child()), listening.address());
    }
}
