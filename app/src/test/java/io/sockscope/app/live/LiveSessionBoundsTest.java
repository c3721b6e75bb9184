package io.sockscope.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Send;
import io.sockscope.sessions.Session;
import io.sockscope.sessions.Sessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A live session stays bounded: the autosave within its disk budget, the queue to the view within its size; what is left out is counted and said. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LiveSessionBoundsTest {
    @TempDir
    Path dir;

    @Test
    void autosaveStopsPayloadsThenEventsAtItsBudgetAndSaysSoAtItsEnd() throws Exception {
        byte[] data = new byte[4096];
        List<Event> sends = new ArrayList<>(Collections.nCopies(2_000,
                new Send(0, 0, "s1", data.length, data.length, Payload.capture(data, 0, data.length, data.length))));
        ReplaySource source = new ReplaySource(sends);
        long budget = 1 << 20;
        LiveSession session = LiveSession.record(() -> source, new Autosave(dir), "budget", "", "en", budget);
        source.start();
        session.close();

        assertTrue(Files.size(session.file()) < budget + budget / 10, "file " + Files.size(session.file()) + " bytes, budget " + budget);
        assertTrue(session.overBudget());
        Session read = Sessions.readAll(session.file());
        List<Event> events = read.events();
        assertEquals(2_000, events.size() - 1 + session.notRecorded(), "every event recorded, or counted as left out");
        Send first = (Send) events.get(0);
        Send lastSend = (Send) events.get(events.size() - 2);
        assertEquals(4096, first.payload().kept(), "payloads recorded while within budget");
        assertEquals(0, lastSend.payload().kept(), "then only their lengths");
        assertEquals(4096, lastSend.payload().length());
        Note end = (Note) events.get(events.size() - 1);
        assertTrue(end.text().contains("budget of 1 MiB") && end.text().contains(session.notRecorded() + " left out"), end.text());
    }

    @Test
    void queueToTheViewIsBoundedAndCountsWhatItLeavesOut() throws Exception {
        int extra = 1_000;
        ReplaySource source = new ReplaySource(Collections.nCopies(LiveSession.MAX_PENDING + extra, new Note(0, 0, "n", "", 0)));
        LiveSession session = LiveSession.record(() -> source, new Autosave(dir), "flood", "", "en", 0);
        source.start();
        session.close(); // nobody drained: the view fell behind by everything
        assertEquals(extra, session.notShown());
        List<Event> shown = new ArrayList<>();
        assertEquals(0, session.drain(shown, Integer.MAX_VALUE));
        assertEquals(LiveSession.MAX_PENDING, shown.size());
        assertUnbroken(shown);
        assertEquals(LiveSession.MAX_PENDING + extra, Sessions.readAll(session.file()).events().size(), "the autosave has them all");
    }

    /**
     * The view's store numbers event i as seq i: whatever is left out, the view gets an unbroken
     * run from the first event, never a gap (queue samples included), and never an event the
     * autosave does not hold.
     */
    @Test
    void viewGetsAnUnbrokenRunOfRecordedEventsWhenTheBudgetStopsRecording() throws Exception {
        byte[] data = new byte[4096];
        List<Event> mixed = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            mixed.add(new Send(0, 0, "s1", data.length, data.length, Payload.capture(data, 0, data.length, data.length)));
            mixed.add(new io.sockscope.model.event.Queues(0, 0, "s1", 0, 10, 0, 0, 0, 0, io.sockscope.model.event.QueueSource.KERNEL));
        }
        ReplaySource source = new ReplaySource(mixed);
        LiveSession session = LiveSession.record(() -> source, new Autosave(dir), "budget", "", "en", 1 << 19);
        source.start();
        session.close();
        List<Event> shown = new ArrayList<>();
        session.drain(shown, Integer.MAX_VALUE);
        assertUnbroken(shown);
        assertTrue(session.notRecorded() > 0, "the budget stopped recording");
        List<Event> recorded = Sessions.readAll(session.file()).events();
        assertEquals(recorded.size() - 1, shown.size(), "the view has what the file has, its closing note aside");
        assertEquals(mixed.size(), shown.size() + session.notShown());
    }

    private static void assertUnbroken(List<Event> shown) {
        for (int i = 0; i < shown.size(); i++) {
            assertEquals(i, shown.get(i).seq(), "event " + i + " of the view");
        }
    }
}
