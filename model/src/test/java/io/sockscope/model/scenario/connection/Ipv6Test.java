package io.sockscope.model.scenario.connection;

import static io.sockscope.model.scenario.Steps.assertSteps;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.scenario.ScenarioRecording;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class Ipv6Test {
    private static ScenarioRecording rec;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new Ipv6());
    }

    @Test
    void marksFiveSteps() {
        assertSteps(rec, 5);
    }

    @Test
    void everySocketIsInet6() {
        List<Open> opens = rec.of(Open.class);
        assertEquals(2, opens.size());
        opens.forEach(o -> assertEquals(Family.INET6, o.family()));
    }

    @Test
    void addressesAreBracketedIpv6Loopback() {
        Bind bind = rec.of(Bind.class).get(0);
        Connect connect = rec.of(Connect.class).get(0);
        Accept accept = rec.of(Accept.class).get(0);
        for (String a : List.of(bind.local(), connect.local(), connect.remote(), accept.local(), accept.remote())) {
            assertTrue(a.startsWith("[::1]:"), a);
        }
        assertEquals(ConnectState.CONNECTED, connect.state());
        assertEquals(bind.local(), connect.remote());
        assertEquals(connect.local(), accept.remote());
    }

    @Test
    void echoCarriesTheSameBytesBothWays() {
        String conn = rec.of(Accept.class).get(0).child();
        String client = rec.of(Connect.class).get(0).socket();
        assertEquals(Ipv6.HELLO.length, rec.of(Send.class, client).get(0).done());
        assertArrayEquals(Ipv6.HELLO, rec.of(Recv.class, conn).get(0).payload().bytes());
        assertEquals(Ipv6.HELLO.length, rec.of(Send.class, conn).get(0).done());
        assertArrayEquals(Ipv6.HELLO, rec.of(Recv.class, client).get(0).payload().bytes());
    }
}
