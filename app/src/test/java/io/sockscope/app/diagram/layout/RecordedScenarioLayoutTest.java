package io.sockscope.app.diagram.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.SendTo;
import io.sockscope.model.scenario.Scenario;
import io.sockscope.model.scenario.ScenarioCatalog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The layout of sessions recorded from the scenarios on real loopback sockets. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class RecordedScenarioLayoutTest {

    @Test
    void byteStreamShowsMergedAndSplitArrows() {
        SessionFold f = SessionFold.of(Recorded.session("byte-stream"));
        Map<Long, Long> into = f.arrows().stream().filter(a -> !a.datagram())
                .collect(Collectors.groupingBy(DataArrow::toSeq, Collectors.counting()));
        Map<Long, Long> outOf = f.arrows().stream().filter(a -> !a.datagram())
                .collect(Collectors.groupingBy(DataArrow::fromSeq, Collectors.counting()));
        assertThat(into.values()).as("a recv fed by several sends (merge)").anyMatch(n -> n >= 2);
        assertThat(outOf.values()).as("a send read by several recvs (split)").anyMatch(n -> n >= 2);
    }

    @Test
    void manyClientsPutsEveryAcceptedSocketBesideItsServer() {
        List<Event> events = Recorded.session("many-clients");
        SessionFold f = SessionFold.of(events);
        List<Accept> accepts = events.stream().filter(Accept.class::isInstance).map(Accept.class::cast).toList();
        assertThat(accepts).hasSizeGreaterThanOrEqualTo(3);
        assertThat(f.creations()).hasSize(accepts.size());
        String server = accepts.get(0).socket();
        List<String> order = f.columns().stream().map(Lifeline::socket).toList();
        int at = order.indexOf(server);
        assertThat(order.subList(at + 1, at + 1 + accepts.size()))
                .containsExactlyElementsOf(accepts.stream().map(Accept::child).toList());
        for (Accept a : accepts) {
            assertThat(f.peerOf(a.child())).as("the client connected to " + a.child()).isNotNull();
        }
    }

    @Test
    void udpOverflowEndsEveryUnreadDatagramInACross() {
        List<Event> events = Recorded.session("udp-overflow");
        SessionFold f = SessionFold.of(events);
        long sent = events.stream().filter(e -> e instanceof SendTo s && s.done() > 0).count();
        long received = events.stream().filter(e -> e instanceof RecvFrom r && r.done() > 0).count();
        long lost = f.arrows().stream().filter(DataArrow::lost).count();
        long delivered = f.arrows().stream().filter(a -> a.datagram() && !a.lost()).count();
        assertThat(received).isGreaterThan(0).isLessThan(sent);
        assertThat(delivered).isEqualTo(received);
        assertThat(lost).isEqualTo(sent - received);
    }

    @Test
    void blockingAcceptIsABarFromBlockToWakeWithTheThreadName() {
        SessionFold f = SessionFold.of(Recorded.session("blocking-accept"));
        assertThat(f.activations()).anySatisfy(a -> {
            assertThat(a.call()).isEqualTo("accept");
            assertThat(a.thread()).isNotBlank();
            assertThat(a.toRow()).isGreaterThan(a.fromRow());
        });
    }

    @Test
    void selectServerBadgesShowReadySockets() {
        SessionFold f = SessionFold.of(Recorded.session("select-server"));
        assertThat(f.lifelines()).anyMatch(l -> l.kind() == LifelineKind.SELECTOR);
        assertThat(f.badges()).anyMatch(b -> b.ready().contains("A"));
        assertThat(f.badges()).anyMatch(b -> b.ready().contains("R"));
    }

    static Stream<String> scenarios() {
        return ScenarioCatalog.all().stream().map(Scenario::id);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyByteReadFromAPeerInTheSessionHasItsArrows(String id) {
        List<Event> events = Recorded.session(id);
        SessionFold f = SessionFold.of(events);
        Map<Long, Long> bytesInto = new HashMap<>();
        f.arrows().stream().filter(a -> !a.lost()).forEach(a -> bytesInto.merge(a.toSeq(), a.length(), Long::sum));
        for (Event e : events) {
            if (e instanceof Recv r && r.done() > 0 && f.peerOf(r.socket()) != null) {
                assertThat(bytesInto.get(r.seq())).as("bytes of " + r).isEqualTo((long) r.done());
            }
        }
        for (Event e : events) {
            if (e instanceof Accept a) { // every client in these scenarios is a socket of the session
                assertThat(f.peerOf(a.child())).as("peer of accepted " + a.child()).isNotNull();
            }
        }
        assertThat(f.lifelines()).noneMatch(l -> l.owner().equals("external"));
        long datagramsRead = events.stream().filter(e -> e instanceof RecvFrom r && r.done() > 0).count();
        assertThat(f.arrows().stream().filter(a -> a.datagram() && !a.lost()).count()).isEqualTo(datagramsRead);
        assertThat(f.rowCount()).isPositive();
        for (Lifeline l : f.lifelines()) {
            assertThat(f.snapshotAt(l.socket(), events.get(events.size() - 1).seq())).isNotNull();
        }
    }
}
