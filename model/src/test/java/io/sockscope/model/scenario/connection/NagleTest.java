package io.sockscope.model.scenario.connection;

import static io.sockscope.model.scenario.Steps.assertSteps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.scenario.ScenarioRecording;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** What the server's kernel held right after each request's body was sent: the whole request, or only its header. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@EnabledOnOs(OS.LINUX)
class NagleTest {
    private static ScenarioRecording rec;
    private static String client;
    private static String child;
    private static long nodelaySet;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new Nagle());
        child = rec.of(Accept.class).get(0).child();
        client = KernelStates.opened(rec, "client").get(0);
        nodelaySet = rec.of(OptionSet.class, client).stream().filter(o -> o.name().equals("TCP_NODELAY")).findFirst()
                .orElseThrow().seq();
    }

    @Test
    void marksFourSteps() {
        assertSteps(rec, 4);
    }

    @Test
    void withNagleOnSomeBodyWaitedInTheClientWhileTheServerHadOnlyTheHeader() {
        List<Integer> queued = queuedAtServerAfterBodies(false);
        assertEquals(Nagle.ROUNDS, queued.size());
        assertTrue(queued.contains(Nagle.PIECE), "some body was held back: " + queued);
    }

    @Test
    void withNoDelayEveryBodyReachedTheServerAtItsSend() {
        List<Integer> queued = queuedAtServerAfterBodies(true);
        assertEquals(List.of(20, 20, 20, 20), queued);
    }

    @Test
    void theServerReadEveryRequestWhole() {
        int read = rec.of(Recv.class, child).stream().mapToInt(Recv::done).filter(n -> n > 0).sum();
        assertEquals(2 * Nagle.ROUNDS * 2 * Nagle.PIECE, read);
    }

    /** The server's receive queue just before its first recv of each round (the last exact figure after the body's send). */
    private static List<Integer> queuedAtServerAfterBodies(boolean nodelay) {
        List<Send> sends = rec.of(Send.class, client).stream()
                .filter(s -> (s.seq() > nodelaySet) == nodelay).toList();
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < sends.size(); i += 2) {
            long body = sends.get(i).seq();
            Recv first = rec.of(Recv.class, child).stream().filter(r -> r.seq() > body).findFirst().orElseThrow();
            Queues last = null;
            for (Event e : rec.events()) {
                if (e.seq() >= first.seq()) {
                    break;
                }
                if (e instanceof Queues q && q.socket().equals(child)) {
                    last = q;
                }
            }
            out.add(last == null ? -1 : last.recvQ());
        }
        return out;
    }
}
