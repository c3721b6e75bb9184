package io.sockscope.app.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Event;
import io.sockscope.model.trace.StepCaptions;
import io.sockscope.model.trace.StraceRecording;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A traced pair of programs draws like the engine's own sockets: lifelines per process, data arrows matched. */
class TracedDiagramTest {
    static final Path RECORDED = Path.of("..", "model", "src", "test", "resources", "io", "sockscope", "model", "trace");

    static List<Event> recorded(String name) throws Exception {
        return StraceRecording.events(RECORDED.resolve(name + ".strace"), "en", 4096, StepCaptions.NONE);
    }

    @Test
    void echoPairsDataArrowsGoFromOneProgramsSendToTheOthersRecv() throws Exception {
        List<Event> events = recorded("echo");
        SessionFold f = SessionFold.of(events);
        Connect c = events.stream().filter(Connect.class::isInstance).map(Connect.class::cast).findFirst().orElseThrow();
        Accept a = events.stream().filter(Accept.class::isInstance).map(Accept.class::cast).findFirst().orElseThrow();
        List<DataArrow> arrows = f.arrows();
        assertEquals(4, arrows.size(), "two lines there and back: " + arrows);
        assertEquals(2, arrows.stream().filter(x -> x.fromSocket().equals(c.socket()) && x.toSocket().equals(a.child())).count());
        assertEquals(2, arrows.stream().filter(x -> x.fromSocket().equals(a.child()) && x.toSocket().equals(c.socket())).count());
        assertTrue(f.unread().isEmpty(), "every byte sent was read");
        Set<String> owners = f.lifelines().stream().map(Lifeline::owner).collect(Collectors.toSet());
        assertEquals(2, owners.size(), "one group per process: " + owners);
        assertFalse(owners.contains("external"), "both ends are traced, none is an outside peer");
        assertEquals(1, f.creations().size(), "accept draws a creation arrow from the listener");
    }
}
