package io.sockscope.model.scenario.connection;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Listen;
import io.sockscope.model.scenario.ScenarioContext;

/**
 * A ready TCP connection on loopback: a listening socket, a client socket and the socket
 * accept() spawned for it. Scenarios that study how a connection ends start from one.
 */
record Link(String listener, String client, String accepted, String serverAddress) {

    /** Opens a server (owner "server") and a client (owner "client") and connects them, waiting for each outcome. */
    static Link open(ScenarioContext ctx, Family family) {
        Engine engine = ctx.engine();
        String loopback = family == Family.INET6 ? "[::1]:0" : "127.0.0.1:0";
        String listener = engine.openTcp(family, "server");
        Bind bound = Calls.expect(ctx, engine.bind(listener, loopback), Bind.class);
        Calls.expect(ctx, engine.listen(listener, 5), Listen.class);
        String client = engine.openTcp(family, "client");
        Calls.expect(ctx, engine.connect(client, bound.local()), Connect.class);
        Calls.awaitAcceptQueue(ctx, listener, 1);
        Accept accepted = Calls.expect(ctx, engine.accept(listener), Accept.class);
        return new Link(listener, client, accepted.child(), bound.local());
    }
}
