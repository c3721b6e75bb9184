package io.sockscope.model.engine;

import static io.sockscope.model.engine.Recorder.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TcpLifecycleTest {

    @ParameterizedTest
    @EnumSource(value = Family.class, names = {"INET", "INET6"})
    void echoRoundTripReportsEveryCall(Family family) throws Exception {
        String loop = family == Family.INET ? "127.0.0.1" : "[::1]";
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            String server = engine.openTcp(family, "server");
            String client = engine.openTcp(family, "client");
            Bind bind = get(engine.bind(server, loop + ":0"), Bind.class);
            assertTrue(bind.local().startsWith(loop + ":"), bind.local());
            String port = bind.local().substring(bind.local().lastIndexOf(':') + 1);
            assertEquals(5, get(engine.listen(server, 5), Listen.class).backlog());
            Connect c = get(engine.connect(client, loop + ":" + port), Connect.class);
            assertEquals(ConnectState.CONNECTED, c.state());
            Accept a = get(engine.accept(server), Accept.class);
            assertEquals(bind.local(), a.local());
            assertEquals(c.local(), a.remote());
            assertTrue(a.fd() > 2, "fd " + a.fd());

            byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
            Send s = get(engine.send(client, hello), Send.class);
            assertEquals(5, s.requested());
            assertEquals(5, s.done());
            Recv r = get(engine.recv(a.child(), 100), Recv.class);
            assertEquals(100, r.requested());
            assertEquals(5, r.done());
            assertArrayEquals(hello, r.payload().bytes());
            assertTrue(r.seq() > s.seq());

            get(engine.close(client), Close.class);
            Recv eof = get(engine.recv(a.child(), 100), Recv.class);
            assertEquals(-1, eof.done());
            get(engine.close(a.child()), Close.class);
            get(engine.close(server), Close.class);

            Open open = (Open) rec.await(e -> e instanceof Open o && o.socket().equals(server), java.time.Duration.ofSeconds(5));
            assertEquals(family, open.family());
            assertTrue(open.fd() > 2);
        }
    }
}
