package io.sockscope.model.engine;

import static io.sockscope.model.engine.Recorder.get;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Family;

/** Test helper: a listening server and a connected client/child pair on IPv4 loopback. */
public record Pair(SocketId server, SocketId client, SocketId child, String port, Connect connect, Accept accept) {

    public static Pair open(Engine engine) throws Exception {
        return open(engine, Family.INET, 5);
    }

    public static Pair open(Engine engine, Family family, int backlog) throws Exception {
        String loop = family == Family.INET ? "127.0.0.1" : "[::1]";
        SocketId server = engine.openTcp(family, "server");
        SocketId client = engine.openTcp(family, "client");
        Bind bind = get(engine.bind(server, loop + ":0"), Bind.class);
        String port = port(bind.local());
        engine.listen(server, backlog);
        Connect c = get(engine.connect(client, loop + ":" + port), Connect.class);
        Accept a = get(engine.accept(server), Accept.class);
        return new Pair(server, client, SocketId.of(a.child()), port, c, a);
    }

    public static String port(String address) {
        return address.substring(address.lastIndexOf(':') + 1);
    }
}
