package io.sockscope.model.scenario.data;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.scenario.ScenarioContext;

/**
 * One loopback TCP connection: the server's listening socket, the client socket, and the
 * socket the server accepted for it ({@code child}).
 */
record TcpPair(String server, String client, String child) {

    /** A listening server socket and the address it got ("127.0.0.1:port"). */
    record Listening(String socket, String address) {
    }

    /** Opens a server on 127.0.0.1 (kernel-chosen port), a client, connects and accepts. */
    static TcpPair open(ScenarioContext ctx) {
        return connect(ctx, listen(ctx, 0), 0);
    }

    /**
     * A listening server socket on 127.0.0.1; {@code rcvBuf} &gt; 0 sets SO_RCVBUF before
     * listen, so every accepted socket inherits it.
     */
    static Listening listen(ScenarioContext ctx, int rcvBuf) {
        Engine e = ctx.engine();
        String server = e.openTcp(Family.INET, "server");
        if (rcvBuf > 0) {
            Calls.expect(ctx, e.setOption(server, "SO_RCVBUF", Integer.toString(rcvBuf)), OptionSet.class);
        }
        Bind bind = Calls.expect(ctx, e.bind(server, "127.0.0.1:0"), Bind.class);
        Calls.expect(ctx, e.listen(server, 8), Listen.class);
        return new Listening(server, bind.local());
    }

    /** A client ({@code sndBuf} &gt; 0 sets SO_SNDBUF first) connects to {@code listening}; the server accepts. */
    static TcpPair connect(ScenarioContext ctx, Listening listening, int sndBuf) {
        Engine e = ctx.engine();
        String client = e.openTcp(Family.INET, "client");
        if (sndBuf > 0) {
            Calls.expect(ctx, e.setOption(client, "SO_SNDBUF", Integer.toString(sndBuf)), OptionSet.class);
        }
        Calls.expect(ctx, e.connect(client, listening.address()), Connect.class);
        Accept accept = Calls.expect(ctx, e.accept(listening.socket()), Accept.class);
        return new TcpPair(listening.socket(), client, accept.child());
    }

    /** Closes the client, the accepted socket and the server socket, in that order. */
    void closeAll(ScenarioContext ctx) {
        Engine e = ctx.engine();
        Calls.expect(ctx, e.close(client), Close.class);
        Calls.expect(ctx, e.close(child), Close.class);
        Calls.expect(ctx, e.close(server), Close.class);
    }
}
