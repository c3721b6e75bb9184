package io.sockscope.app.diagram.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.ErrorKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fold cut after event k holds what a fold of events 0..k holds: arrows, unread bytes, activations, lifelines. */
class FoldCutTest {
    @Test
    void aDatagramLostOnlyAtTheSessionsEndIsStillOnItsWayAtTheLastEvent() {
        List<Event> events = new Script().udp("s1", 5, "server").bind("s1", "127.0.0.1:6000")
                .udp("s2", 6, "client").sendTo("s2", "127.0.0.1:6000", "ping").events();
        FoldCut cut = SessionFold.of(events).cutAfter(events.size() - 1);
        assertThat(cut.arrowsBetween(0, cut.lastRow())).isEmpty();
        assertThat(cut.unread()).extracting(DataArrow::fromSeq).containsExactly(3L);
        sameAsFoldUpTo(events, events.size() - 1);
    }

    @Test
    void datagramsLostOrReadAfterTheCutAreUnreadAtIt() {
        List<Event> events = new Script().udp("s1", 5, "server").bind("s1", "127.0.0.1:6000")
                .udp("s2", 6, "client").bind("s2", "127.0.0.1:41000")
                .sendTo("s2", "127.0.0.1:6000", "one").sendTo("s2", "127.0.0.1:6000", "two")
                .sendTo("s2", "127.0.0.1:6000", "three")
                .recvFrom("s1", "127.0.0.1:41000", 64, "one").recvFrom("s1", "127.0.0.1:41000", 64, "three")
                .sendTo("s2", "127.0.0.1:6000", "four").fail("s1", "recvfrom", ErrorKind.WOULD_BLOCK)
                .sendTo("s2", "127.0.0.1:6000", "five").events();
        for (int k = 0; k < events.size(); k++) {
            sameAsFoldUpTo(events, k);
        }
        assertThat(SessionFold.of(events).cutAfter(7).unread()).extracting(DataArrow::fromSeq).containsExactly(5L, 6L);
    }

    @Test
    void aSendReadInTwoRecvsWaitsWithItsLastBytesBetweenThem() {
        List<Event> events = Script.connectedPair().send("s2", "hello world").recv("s3", 5, 5).recv("s3", 64, 6)
                .close("s2", false).recv("s3", 64, -1).close("s3", false).events();
        for (int k = 0; k < events.size(); k++) {
            sameAsFoldUpTo(events, k);
        }
        int firstRecv = events.size() - 5;
        DataArrow rest = SessionFold.of(events).cutAfter(firstRecv).unread().get(0);
        assertThat(rest.label()).isEqualTo("bytes 5–10");
        assertThat(rest.preview()).isEqualTo("“ world”");
    }

    @Test
    void aCallWokenAfterTheCutIsStillBlockedAndASocketClosedAfterItStillOpen() {
        List<Event> events = new Script().tcp("s1", 5, "server").bind("s1", "127.0.0.1:5000").listen("s1", 50)
                .block("s1", "accept", "acceptor").idle(500)
                .tcp("s2", 6, "client").connect("s2", "127.0.0.1:39122", "127.0.0.1:5000")
                .wake("s1", "accept", "acceptor").accept("s1", "s3", 7, "127.0.0.1:5000", "127.0.0.1:39122")
                .close("s2", false).events();
        for (int k = 0; k < events.size(); k++) {
            sameAsFoldUpTo(events, k);
        }
        FoldCut cut = SessionFold.of(events).cutAfter(5);
        assertThat(cut.activations()).singleElement().satisfies(a -> assertThat(a.open()).isTrue());
        assertThat(cut.lifeline("s2").closed()).isFalse();
        assertThat(cut.lifeline("s3")).isNull();
    }

    /** The cut of the whole fold after {@code k} holds what a fold of events 0..k holds. */
    private static void sameAsFoldUpTo(List<Event> events, int k) {
        SessionFold upTo = new SessionFold();
        upTo.append(events.subList(0, k + 1));
        FoldCut cut = SessionFold.of(events).cutAfter(k);
        int last = upTo.rowCount() - 1;
        assertThat(cut.rowCount()).as("rows at %d", k).isEqualTo(upTo.rowCount());
        assertThat(cut.arrowsBetween(0, last)).as("arrows at %d", k).isEqualTo(upTo.arrowsBetween(0, last));
        assertThat(cut.unread()).as("unread at %d", k).isEqualTo(upTo.unread());
        assertThat(cut.activations()).as("activations at %d", k).isEqualTo(upTo.activations());
        assertThat(cut.signals()).as("signals at %d", k).isEqualTo(upTo.signals());
        assertThat(cut.marks()).as("marks at %d", k).isEqualTo(upTo.marks());
        assertThat(cut.columns()).extracting(l -> l.socket() + " " + l.firstRow() + ".." + l.lastRow()).as("lifelines at %d", k)
                .isEqualTo(upTo.columns().stream().map(l -> l.socket() + " " + l.firstRow() + ".." + l.lastRow()).toList());
    }
}
