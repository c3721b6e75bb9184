package io.sockscope.app.diagram.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.model.event.Event;
import io.sockscope.sessions.Sessions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeking: the state after event k, restored from a checkpoint and a short fold, equals the
 * state of folding events 0..k from the start, for every shipped sample and random k.
 */
class SeekTest {
    private static final Path SAMPLES = Path.of(System.getProperty("sockscope.samples", "../resources/sessions"));

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".sockscope")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void stateAfterSeekingToAnyEventEqualsFoldingUpToIt(Path sample) throws Exception {
        List<Event> events = Sessions.readAll(sample).events();
        SessionFold whole = new SessionFold(7); // a checkpoint every 7 events: most seeks fold a few again
        whole.append(events);
        assertThat(whole.checkpointCount()).isGreaterThan(events.size() / 7);
        Random random = new Random(sample.getFileName().toString().hashCode());
        for (int i = 0; i < 40; i++) {
            int k = random.nextInt(events.size());
            SocketStates folded = new SocketStates();
            events.subList(0, k + 1).forEach(folded::fold);
            assertThat(whole.statesAfter(k)).as("%s after event %d", sample.getFileName(), k).isEqualTo(folded);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void inspectorSnapshotAtAnyEventIsTheSameWhateverFollows(Path sample) throws Exception {
        List<Event> events = Sessions.readAll(sample).events();
        SessionFold whole = new SessionFold(5);
        whole.append(events);
        Random random = new Random(~sample.getFileName().toString().hashCode());
        for (int i = 0; i < 20; i++) {
            int k = random.nextInt(events.size());
            int end = k + 1; // a row ends with the queue samples taken right after its event
            while (end < events.size() && events.get(end).type() == io.sockscope.model.event.EventType.QUEUES) {
                end++;
            }
            SessionFold prefix = SessionFold.of(events.subList(0, end));
            for (Lifeline l : prefix.lifelines()) {
                SocketSnapshot a = whole.snapshotAt(l.socket(), k);
                SocketSnapshot b = prefix.snapshotAt(l.socket(), k);
                // the head's local address may be learnt later (a datagram's sender): compare the rest
                assertThat(a).as("%s %s at %d", sample.getFileName(), l.socket(), k)
                        .usingRecursiveComparison().ignoringFields("local").isEqualTo(b);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void steppingForwardThenBackIsTheIdentity(Path sample) throws Exception {
        List<Event> events = Sessions.readAll(sample).events();
        SessionFold whole = new SessionFold(3);
        whole.append(events);
        Random random = new Random(sample.getFileName().toString().length());
        for (int i = 0; i < 20; i++) {
            int k = random.nextInt(events.size() - 1);
            SocketStates here = whole.statesAfter(k);
            whole.statesAfter(k + 1);
            assertThat(whole.statesAfter(k)).isEqualTo(here);
        }
    }
}
