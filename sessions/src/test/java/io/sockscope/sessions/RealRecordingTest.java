package io.sockscope.sessions;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Interest;
import io.sockscope.model.engine.EngineOption;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.engine.Engines;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.ShutdownHow;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Real loopback sockets through the engine, recorded by the writer as a subscriber, read back equal. */
class RealRecordingTest {
    @TempDir
    Path dir;

    private static Event get(CompletableFuture<Event> f) throws Exception {
        return f.get(20, TimeUnit.SECONDS);
    }

    private static String port(Event bind) {
        String local = ((Bind) bind).local();
        return local.substring(local.lastIndexOf(':') + 1);
    }

    @Test
    @Timeout(60)
    void engineSessionReadsBackEqualToWhatTheEngineDelivered() throws Exception {
        Path file = dir.resolve("real.sockscope");
        List<Event> delivered = new CopyOnWriteArrayList<>();
        SessionWriter writer = SessionWriter.open(file, SessionHeader.create("real sockets", "", "zh"), WriterOptions.defaults());
        Engine engine = Engines.start(new EngineConfig(4096, 10));
        try {
            engine.subscribe(delivered::add);
            engine.subscribe(writer);
            get(engine.note("第一步：服务器监听 (step 1)", "zh", 1));
            SocketId server = engine.openTcp(Family.INET, "server");
            SocketId client = engine.openTcp(Family.INET, "client");
            get(engine.setOption(server, EngineOption.SO_RCVBUF, 4096));
            String port = port(get(engine.bind(server, "127.0.0.1:0")));
            get(engine.listen(server, 5));
            get(engine.connect(client, "127.0.0.1:" + port));
            SocketId child = SocketId.of(((io.sockscope.model.event.Accept) get(engine.accept(server))).child());

            byte[] data = new byte[10_000];
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) i;
            }
            get(engine.send(client, data));
            int got = 0;
            while (got < data.length) {
                got += ((Recv) get(engine.recv(child, 20_000))).done();
            }
            get(engine.probe(child));
            get(engine.shutdown(client, ShutdownHow.WRITE));
            assertEquals(-1, ((Recv) get(engine.recv(child, 100))).done());

            SocketId sel = engine.openSelector("server");
            get(engine.setOption(server, EngineOption.BLOCKING, false));
            get(engine.register(sel, server, Interest.ACCEPT));
            get(engine.select(sel, -1));

            SocketId u1 = engine.openUdp(Family.INET, "server");
            SocketId u2 = engine.openUdp(Family.INET, "client");
            String uport = port(get(engine.bind(u1, "127.0.0.1:0")));
            get(engine.sendTo(u2, "127.0.0.1:" + uport, "ping 乒".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            get(engine.recvFrom(u1, 2));
            get(engine.recv(SocketId.of("s999"), 10));
            get(engine.abort(child));
            get(engine.close(client));
        } finally {
            engine.close();
            writer.close();
        }

        Session s = Sessions.readAll(file);

        assertEquals(delivered, s.events());
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        delivered.forEach(e -> types.add(e.type()));
        assertTrue(types.containsAll(EnumSet.of(EventType.NOTE, EventType.OPEN, EventType.OPTION, EventType.BIND,
                EventType.LISTEN, EventType.CONNECT, EventType.ACCEPT, EventType.SEND, EventType.RECV,
                EventType.QUEUES, EventType.SHUTDOWN, EventType.REGISTER, EventType.SELECT, EventType.SENDTO,
                EventType.RECVFROM, EventType.ERROR, EventType.CLOSE)), "types seen: " + types);
        assertEquals(delivered.size(), SessionIndex.build(file).size());
    }
}
