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

    /** Nobody drains while the source floods: memory keeps the newest events only, and the view reads the rest back from the autosave. */
    @Test
    void queueToTheViewIsBoundedAndTheViewReadsTheRestBackFromTheAutosave() throws Exception {
        int total = LiveSession.MAX_PENDING * 3 + 123;
        ReplaySource source = new ReplaySource(Collections.nCopies(total, new Note(0, 0, "n", "", 0)));
        LiveSession session = LiveSession.record(() -> source, new Autosave(dir), "flood", "", "en", 0);
        source.start();
        session.close(); // nobody drained: the view fell behind by everything
        assertEquals(LiveSession.MAX_PENDING, session.heldForView(), "only the newest events wait in memory");
        List<Event> shown = drainAll(session);
        assertEquals(0, session.notShown());
        assertEquals(Sessions.readAll(session.file()).events(), shown, "the view has every event of the file, in order");
        assertEquals(total, shown.size());
    }

    /**
     * The source floods while a slow view drains now and then (it lets the source get two
     * queue-fulls ahead each time): the view falls behind again and again, reads back from the
     * file, meets the events in memory, and never holds more than the queue and the read-ahead.
     */
    @Test
    void viewThatKeepsFallingBehindGetsEveryEventOfTheFileWithinBoundedMemory() throws Exception {
        int total = 100_000;
        List<Event> flood = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            byte[] data = ("line " + i + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            flood.add(new Send(0, 0, "s" + (i % 7), data.length, data.length, Payload.capture(data, 0, data.length, data.length)));
        }
        ReplaySource source = new ReplaySource(flood);
        LiveSession session = LiveSession.record(() -> source, new Autosave(dir), "flood", "", "en", 0);
        source.start();
        int bound = LiveSession.MAX_PENDING + (Backlog.AHEAD + 1) * Backlog.BATCH;
        List<Event> shown = new ArrayList<>();
        int mostHeld = 0;
        int readsBack = 0;
        while (shown.size() < total) {
            long ahead = session.recorded() - shown.size();
            if (ahead >= 2L * LiveSession.MAX_PENDING || session.recorded() == total) {
                session.drain(shown, 5_000);
                mostHeld = Math.max(mostHeld, session.heldForView());
                readsBack += session.viewReadsBack() ? 1 : 0;
            } else {
                Thread.onSpinWait();
            }
        }
        session.close();
        drainAllInto(session, shown);
        assertTrue(mostHeld <= bound, "held " + mostHeld + " events, bound " + bound);
        assertTrue(readsBack > 0, "the view read back from the file");
        assertEquals(Sessions.readAll(session.file()).events(), shown, "the view has every event of the file, in order");
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
        List<Event> shown = drainAll(session);
        assertUnbroken(shown);
        assertTrue(session.notRecorded() > 0, "the budget stopped recording");
        assertEquals(Sessions.readAll(session.file()).events(), shown, "the view has what the file has (cut payloads, closing note)");
        assertEquals(mixed.size() + 1, shown.size() + session.notShown(), "every event shown or counted, and the closing note");
    }

    /** Drains a closed session until the view has every event (some are read back off this thread, so it may take a few rounds). */
    private static List<Event> drainAll(LiveSession session) {
        List<Event> shown = new ArrayList<>();
        drainAllInto(session, shown);
        return shown;
    }

    private static void drainAllInto(LiveSession session, List<Event> shown) {
        while (session.drain(shown, 5_000) > 0) {
            Thread.onSpinWait();
        }
    }

    private static void assertUnbroken(List<Event> shown) {
        for (int i = 0; i < shown.size(); i++) {
            assertEquals(i, shown.get(i).seq(), "event " + i + " of the view");
        }
    }
}
