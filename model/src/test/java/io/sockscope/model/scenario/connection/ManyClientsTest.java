package io.sockscope.model.scenario.connection;

import static io.sockscope.model.scenario.Steps.assertSteps;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.scenario.ScenarioRecording;
import io.sockscope.model.scenario.support.Calls;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ManyClientsTest {
    private static ScenarioRecording rec;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new ManyClients());
    }

    @Test
    void marksFiveSteps() {
        assertSteps(rec, 5);
    }

    @Test
    void oneListenerSpawnsThreeSocketsOnTheServerPort() {
        assertEquals(1, rec.of(Listen.class).size());
        String server = rec.of(Listen.class).get(0).socket();
        String address = rec.of(Bind.class, server).get(0).local();
        List<Accept> accepts = rec.of(Accept.class);
        assertEquals(3, accepts.size());
        for (Accept a : accepts) {
            assertEquals(server, a.socket());
            assertEquals(address, a.local(), "accepted socket keeps the server's address");
        }
        Set<String> remotes = accepts.stream().map(Accept::remote).collect(Collectors.toSet());
        assertEquals(3, remotes.size(), "distinct remote ends");
        Set<String> clientEnds = rec.of(Connect.class).stream().map(Connect::local).collect(Collectors.toSet());
        assertEquals(clientEnds, remotes, "each accepted socket's peer is one client's ephemeral port");
        remotes.forEach(r -> assertTrue(Calls.port(r) != Calls.port(address)));
    }

    @Test
    void clientsAreSeparateProgramsEachWithItsOwnConnection() {
        List<String> owners = rec.of(Open.class).stream().map(Open::owner).collect(Collectors.toList());
        assertEquals(List.of("server", "client-1", "client-2", "client-3"), owners);
    }

    @Test
    void eachAcceptedSocketReadsItsOwnClientsName() {
        Map<String, String> clientByPort = rec.of(Connect.class).stream()
                .collect(Collectors.toMap(Connect::local, Connect::socket));
        Map<String, String> ownerBySocket = rec.of(Open.class).stream()
                .collect(Collectors.toMap(Open::socket, Open::owner));
        for (Accept a : rec.of(Accept.class)) {
            String owner = ownerBySocket.get(clientByPort.get(a.remote()));
            List<Recv> got = rec.of(Recv.class, a.child());
            assertEquals(1, got.size());
            assertArrayEquals(owner.getBytes(StandardCharsets.US_ASCII), got.get(0).payload().bytes());
        }
    }

    @Test
    void listeningSocketNeverSendsOrReceives() {
        String server = rec.of(Listen.class).get(0).socket();
        assertTrue(rec.of(Send.class, server).isEmpty());
        assertTrue(rec.of(Recv.class, server).isEmpty());
        assertEquals(3, rec.of(Send.class).size());
    }
}
