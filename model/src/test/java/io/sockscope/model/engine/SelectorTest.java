package io.sockscope.model.engine;

import static io.sockscope.model.engine.Recorder.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Block;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.Register;
import io.sockscope.model.event.Select;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.Wake;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SelectorTest {

    @Test
    void selectReportsReadinessOfEveryKey() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Pair p = Pair.open(engine);
            SocketId sel = engine.openSelector("server");
            engine.setOption(p.child(), EngineOption.BLOCKING, false);
            engine.setOption(p.server(), EngineOption.BLOCKING, false);
            engine.setOption(p.client(), EngineOption.BLOCKING, false);
            assertEquals("A", get(engine.register(sel, p.server(), Interest.ACCEPT), Register.class).interest());
            get(engine.register(sel, p.child(), Interest.READ), Register.class);
            get(engine.register(sel, p.client(), Interest.parse("RW")), Register.class);
            get(engine.send(p.client(), new byte[] {42}), Send.class);
            Select s = get(engine.select(sel, -1), Select.class);
            // rows come in socket id order: server s1, client s2, accepted child s3
            Select expected = new Select(s.seq(), s.t(), sel.value(), -1, 2, List.of(
                    new KeyState(p.server().value(), "A", ""),
                    new KeyState(p.client().value(), "RW", "W"),
                    new KeyState(p.child().value(), "R", "R")));
            assertEquals(expected, s);

            Register changed = get(engine.register(sel, p.client(), Interest.READ), Register.class);
            assertEquals("R", changed.interest());
            Select again = get(engine.select(sel, -1), Select.class);
            assertEquals(1, again.selected(), "only the unread byte is ready now: " + again);
            assertEquals(new KeyState(p.client().value(), "R", ""), again.keys().get(1));
        }
    }

    @Test
    void selectWithTimeoutBlocksUntilAConnectionArrives() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            SocketId server = engine.openTcp(io.sockscope.model.event.Family.INET, "server");
            String port = Pair.port(get(engine.bind(server, "127.0.0.1:0"), io.sockscope.model.event.Bind.class).local());
            engine.listen(server, 5);
            engine.setOption(server, EngineOption.BLOCKING, false);
            SocketId sel = engine.openSelector("server");
            get(engine.register(sel, server, Interest.ACCEPT), Register.class);
            CompletableFuture<Event> select = engine.select(sel, 0);
            Block b = (Block) rec.await(e -> e instanceof Block x && x.socket().equals(sel.value()), Duration.ofSeconds(10));
            assertEquals("select", b.call());
            SocketId client = engine.openTcp(io.sockscope.model.event.Family.INET, "client");
            engine.connect(client, "127.0.0.1:" + port);
            Select s = get(select, Select.class);
            assertEquals(List.of(new KeyState(server.value(), "A", "A")), s.keys());
            assertTrue(rec.await(e -> e.seq() == s.seq() - 1, Duration.ofSeconds(5)) instanceof Wake);
        }
    }

    @Test
    void selectTimesOutWithEmptyReadySets() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Pair p = Pair.open(engine);
            engine.setOption(p.child(), EngineOption.BLOCKING, false);
            SocketId sel = engine.openSelector("server");
            get(engine.register(sel, p.child(), Interest.READ), Register.class);
            Select s = get(engine.select(sel, 50), Select.class);
            assertEquals(0, s.selected());
            assertEquals(List.of(new KeyState(p.child().value(), "R", "")), s.keys());
        }
    }

    @Test
    void closingASelectorCutsItsWaitingSelectShort() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            SocketId sel = engine.openSelector("loop");
            CompletableFuture<Event> select = engine.select(sel, 0);
            rec.await(e -> e instanceof Block b && b.socket().equals(sel.value()), Duration.ofSeconds(10));
            engine.close(sel);
            io.sockscope.model.event.Failure f = get(select, io.sockscope.model.event.Failure.class);
            assertEquals(io.sockscope.model.event.ErrorKind.CLOSED, f.kind());
            assertTrue(rec.await(e -> e.seq() == f.seq() - 1, Duration.ofSeconds(5)) instanceof Wake);
        }
    }
}
