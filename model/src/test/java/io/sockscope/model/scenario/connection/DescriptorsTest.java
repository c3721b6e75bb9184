package io.sockscope.model.scenario.connection;

import static io.sockscope.model.scenario.Steps.assertSteps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Open;
import io.sockscope.model.scenario.ScenarioRecording;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DescriptorsTest {
    private static ScenarioRecording rec;

    @BeforeAll
    static void record() throws Exception {
        // Recorded with the engine's defaults (queue sampler on). The engine takes no descriptor
        // behind the program's back between a close and the next open (probe files stay open,
        // worker selectors open in submission order, its classes are preloaded). What remained
        // was the JVM itself: with UseDynamicNumberOfCompilerThreads on (the default), the JIT
        // compiler threads read the container's cgroup memory files before each compile task,
        // briefly holding the lowest free number. model/pom.xml runs the tests with that option
        // off; see docs/engine.md ("Descriptor numbers").
        rec = ScenarioRecording.record(new Descriptors(), "en", EngineConfig.defaults());
    }

    @Test
    void marksSixSteps() {
        assertSteps(rec, 6);
    }

    @Test
    void noteShowsWhereThisProcessesDescriptorsZeroToTwoLead() {
        List<Note> notes = rec.inStep(1, Note.class);
        assertEquals(1, notes.size());
        Note note = notes.get(0);
        assertEquals(0, note.step(), "an annotation, not a step");
        assertTrue(note.text().startsWith("fd 0 (stdin) → "), note.text());
        assertTrue(note.text().contains("fd 1 (stdout) → ") && note.text().contains("fd 2 (stderr) → "));
        assertEquals(Descriptors.standardDescriptors(), note.text(), "the same process reads the same links");
    }

    @Test
    void socketsGetDistinctNumbersAboveTheStandardThree() {
        List<Open> opens = rec.inStep(2, Open.class);
        assertEquals(3, opens.size());
        Set<Integer> fds = opens.stream().map(Open::fd).collect(Collectors.toSet());
        assertEquals(3, fds.size());
        fds.forEach(fd -> assertTrue(fd > 2, "fd " + fd));
    }

    @Test
    void closedSocketsNumberIsReusedByTheNextSocket() {
        Open second = rec.inStep(2, Open.class).get(1);
        Close close = rec.inStep(3, Close.class).get(0);
        assertEquals(second.socket(), close.socket());
        List<Open> reopened = rec.inStep(4, Open.class);
        assertEquals(1, reopened.size());
        assertEquals(second.fd(), reopened.get(0).fd(), "lowest free number is the one just released");
        assertFalse(second.socket().equals(reopened.get(0).socket()), "a new socket id for the new socket");
    }

    @Test
    void acceptedSocketGetsADescriptorOfItsOwn() {
        Accept accept = rec.inStep(5, Accept.class).get(0);
        List<Open> open = rec.of(Open.class);
        Set<Integer> live = Set.of(open.get(0).fd(), open.get(2).fd(), open.get(3).fd());
        assertTrue(accept.fd() > 2);
        assertFalse(live.contains(accept.fd()), "accepted fd " + accept.fd() + " differs from " + live);
        assertEquals(4, rec.inStep(6, Close.class).size());
    }
}
