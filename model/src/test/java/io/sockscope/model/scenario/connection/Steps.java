package io.sockscope.model.scenario.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Event;
import io.sockscope.model.scenario.ScenarioRecording;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Assertions shared by the connection scenario tests. */
final class Steps {
    private Steps() {
    }

    /** The recording has step notes 1..n, in that order, and nothing else numbered. */
    static void assertSteps(ScenarioRecording rec, int n) {
        List<Integer> expected = IntStream.rangeClosed(1, n).boxed().collect(Collectors.toList());
        assertEquals(expected, rec.stepNumbers(), "step notes");
        assertEquals(n, rec.captions().size(), "captions used");
    }

    /** Each event appears in the recording, in the given order. */
    static void assertInOrder(ScenarioRecording rec, Event... events) {
        List<Event> all = rec.events();
        int last = -1;
        for (Event e : events) {
            int at = all.indexOf(e);
            assertTrue(at >= 0, "missing " + e);
            assertTrue(at > last, "out of order: " + e);
            last = at;
        }
    }
}
