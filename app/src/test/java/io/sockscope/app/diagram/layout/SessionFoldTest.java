package io.sockscope.app.diagram.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.ShutdownHow;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionFoldTest {

    private static List<String> ranges(SessionFold f) {
        return f.arrows().stream().map(a -> a.fromSocket() + "#" + a.fromSeq() + "->" + a.toSocket() + "#" + a.toSeq()
                + " " + a.label()).toList();
    }

    @Test
    void aKernelStateSeenWhileOpenIsNotShownOnceTheProgramClosesTheSocket() {
        List<io.sockscope.model.event.Event> events = Script.connectedPair()
                .state("s1", io.sockscope.model.event.TcpState.LISTEN, true)
                .state("s2", io.sockscope.model.event.TcpState.ESTABLISHED, true)
                .close("s1", false)
                .close("s2", false).state("s2", io.sockscope.model.event.TcpState.FIN_WAIT1, false)
                .events();
        SessionFold fold = SessionFold.of(events);
        int last = fold.rowCount() - 1;
        assertThat(fold.kernelStateAt("s1", 7)).as("reported while open").isEqualTo("LISTEN");
        assertThat(fold.kernelStateAt("s1", last)).as("a closed listener is gone from the kernel").isEmpty();
        assertThat(fold.kernelStateAt("s2", last - 1)).as("closed, nothing reported since").isEmpty();
        assertThat(fold.kernelStateAt("s2", last)).as("reported after close").isEqualTo("FIN_WAIT1");
    }

    @Test
    void twoSendsReadByOneRecvMergeIntoIt() {
        Script s = Script.connectedPair().send("s2", 100, 100).send("s2", 50, 50).recv("s3", 1024, 150);
        SessionFold f = SessionFold.of(s.events());
        assertThat(ranges(f)).containsExactly("s2#6->s3#8 bytes 0–99", "s2#7->s3#8 bytes 100–149");
    }

    @Test
    void oneSendReadByTwoRecvsSplits() {
        Script s = Script.connectedPair().send("s3", 300, 300).recv("s2", 100, 100).recv("s2", 1024, 200);
        SessionFold f = SessionFold.of(s.events());
        assertThat(ranges(f)).containsExactly("s3#6->s2#7 bytes 0–99", "s3#6->s2#8 bytes 100–299");
    }

    @Test
    void acceptedChildSitsBesideItsServerWithOneCreationArrow() {
        Script s = Script.connectedPair()
                .tcp("s4", 8, "client").connect("s4", "127.0.0.1:39130", "127.0.0.1:5000")
                .accept("s1", "s5", 9, "127.0.0.1:5000", "127.0.0.1:39130");
        SessionFold f = SessionFold.of(s.events());
        assertThat(f.columns()).extracting(Lifeline::socket).containsExactly("s1", "s3", "s5", "s2", "s4");
        assertThat(f.creations()).extracting(CreationArrow::child).containsExactly("s3", "s5");
        assertThat(f.lifeline("s5").owner()).isEqualTo("server");
        assertThat(f.lifeline("s5").parent()).isEqualTo("s1");
        assertThat(f.peerOf("s4")).isEqualTo("s5");
    }

    @Test
    void unixPairsMatchByConnectOrder() {
        Script s = new Script().unix("s1", 5, "server").bind("s1", "/tmp/x.sock").listen("s1", 5)
                .unix("s2", 6, "client").connect("s2", "", "/tmp/x.sock")
                .unix("s3", 7, "client").connect("s3", "", "/tmp/x.sock")
                .accept("s1", "s4", 8, "/tmp/x.sock", "").accept("s1", "s5", 9, "/tmp/x.sock", "")
                .send("s3", 10, 10).recv("s5", 64, 10);
        SessionFold f = SessionFold.of(s.events());
        assertThat(f.peerOf("s2")).isEqualTo("s4");
        assertThat(ranges(f)).containsExactly("s3#9->s5#10 bytes 0–9");
    }

    @Test
    void datagramsNeverReadAreLostOnceALaterOneArrives() {
        Script s = new Script().udp("s1", 5, "server").bind("s1", "127.0.0.1:6000")
                .udp("s2", 6, "client").bind("s2", "127.0.0.1:41000")
                .sendTo("s2", "127.0.0.1:6000", "one").sendTo("s2", "127.0.0.1:6000", "two")
                .sendTo("s2", "127.0.0.1:6000", "three")
                .recvFrom("s1", "127.0.0.1:41000", 64, "one").recvFrom("s1", "127.0.0.1:41000", 64, "three")
                .sendTo("s2", "127.0.0.1:6000", "four").fail("s1", "recvfrom", ErrorKind.WOULD_BLOCK)
                .sendTo("s2", "127.0.0.1:6000", "five");
        SessionFold f = SessionFold.of(s.events());
        assertThat(f.arrows()).extracting(a -> a.fromSeq() + (a.lost() ? " lost" : " ->" + a.toSeq()))
                .containsExactlyInAnyOrder("4 ->7", "5 lost", "6 ->8", "9 lost", "11 lost");
    }

    @Test
    void blockedAcceptIsAnActivationFromBlockToWakeWithItsThread() {
        Script s = new Script().tcp("s1", 5, "server").bind("s1", "127.0.0.1:5000").listen("s1", 50)
                .block("s1", "accept", "acceptor").idle(500)
                .tcp("s2", 6, "client").connect("s2", "127.0.0.1:39122", "127.0.0.1:5000")
                .wake("s1", "accept", "acceptor").accept("s1", "s3", 7, "127.0.0.1:5000", "127.0.0.1:39122");
        SessionFold f = SessionFold.of(s.events());
        assertThat(f.activations()).hasSize(1);
        Activation a = f.activations().get(0);
        assertThat(a.thread()).isEqualTo("acceptor");
        assertThat(a.fromRow()).isEqualTo(3);
        assertThat(a.toRow()).isEqualTo(6);
        RowAxis time = new RowAxis(LayoutMode.TIME).update(f);
        assertThat(time.gaps()).extracting(Gap::label).containsExactly("⋯ 500 ms");
    }

    @Test
    void selectPutsReadinessBadgesOnEachKeysSocket() {
        Script s = Script.connectedPair().selector("s4", 9, "server")
                .register("s1", "s4", "A").register("s3", "s4", "R")
                .select("s4", 1, new KeyState("s1", "A", ""), new KeyState("s3", "R", "R"));
        SessionFold f = SessionFold.of(s.events());
        assertThat(f.badges()).extracting(b -> b.socket() + ":" + b.interest() + "/" + b.ready())
                .containsExactly("s1:A/", "s3:R/R");
        assertThat(f.lifeline("s4").kind()).isEqualTo(LifelineKind.SELECTOR);
        assertThat(f.snapshotAt("s3", 8).blocking()).isFalse();
    }

    @Test
    void marksTellEofHalfCloseResetAndErrorsApart() {
        Script s = Script.connectedPair().shutdown("s2", ShutdownHow.WRITE).recv("s3", 64, -1)
                .close("s3", true).fail("s2", "recv", ErrorKind.RESET)
                .tcp("s4", 8, "client").fail("s4", "connect", ErrorKind.REFUSED);
        SessionFold f = SessionFold.of(s.events());
        assertThat(f.marks()).extracting(Mark::kind).containsExactly(
                MarkKind.HALF_CLOSE, MarkKind.EOF, MarkKind.RESET, MarkKind.RESET, MarkKind.ERROR);
        assertThat(f.lifeline("s3").lastRow()).isEqualTo(8);
        assertThat(f.snapshotAt("s2", 6).state()).isEqualTo("half-closed-out");
        assertThat(f.snapshotAt("s2", 9).state()).isEqualTo("reset");
    }

    @Test
    void connectCloseAndAbortDrawSynFinAndRstArrows() {
        Script s = Script.connectedPair().close("s2", false).recv("s3", 64, -1).recv("s3", 64, -1)
                .tcp("s4", 8, "client").connect("s4", "127.0.0.1:39200", "127.0.0.1:5000")
                .accept("s1", "s5", 9, "127.0.0.1:5000", "127.0.0.1:39200")
                .close("s5", true).fail("s4", "recv", ErrorKind.RESET);
        SessionFold f = SessionFold.of(s.events());
        assertThat(f.signals()).extracting(a -> a.kind() + " " + a.fromSocket() + "#" + a.fromSeq() + "->" + a.toSocket() + "#" + a.toSeq())
                .containsExactly("CONNECT s2#4->s1#4", "FIN s2#6->s3#7", "CONNECT s4#10->s1#10", "RST s5#12->s4#13");
    }

    @Test
    void aPeerOutsideTheSessionGetsAnExternalLifelineWithTheArrows() {
        Script s = new Script().tcp("s1", 5, "server").bind("s1", "127.0.0.1:5000").listen("s1", 50)
                .accept("s1", "s2", 6, "127.0.0.1:5000", "127.0.0.1:50000")
                .recv("s2", 1024, 5).send("s2", "hello");
        SessionFold f = SessionFold.of(s.events());
        assertThat(f.lifeline("ext 127.0.0.1:50000").owner()).isEqualTo("external");
        assertThat(ranges(f)).containsExactly("ext 127.0.0.1:50000#4->s2#4 bytes 0–4", "s2#5->ext 127.0.0.1:50000#5 bytes 0–4");
        assertThat(f.columns()).extracting(Lifeline::socket).containsExactly("s1", "s2", "ext 127.0.0.1:50000");
    }

    @Test
    void bytesNotReadYetAreShownAsUnreadUntilARecvTakesThem() {
        SessionFold f = new SessionFold();
        f.append(Script.connectedPair().send("s2", "0123456789").events());
        assertThat(f.unread()).extracting(DataArrow::label).containsExactly("bytes 0–9");
        assertThat(f.unread().get(0).toSeq()).isEqualTo(-1);
        Script more = Script.connectedPair().send("s2", "0123456789").recv("s3", 4, 4);
        f.append(more.events().subList(7, 8));
        assertThat(f.unread()).extracting(a -> a.label() + " " + a.preview()).containsExactly("bytes 4–9 “456789”");
        f.append(List.of(new io.sockscope.model.event.Recv(8, 1_000_000, "s3", 64, 6, io.sockscope.model.event.Payload.NONE)));
        assertThat(f.unread()).isEmpty();
        f.append(List.of(new io.sockscope.model.event.Send(9, 2_000_000, "s2", 2, 2, io.sockscope.model.event.Payload.NONE)));
        assertThat(f.unread()).as("a socket read in full that sends again").extracting(DataArrow::label).containsExactly("bytes 10–11");
    }

    @Test
    void aDatagramWaitsUnreadInALiveSessionAndIsLostWhenItEnds() {
        Script s = new Script().udp("s1", 5, "server").bind("s1", "127.0.0.1:6000")
                .udp("s2", 6, "client").sendTo("s2", "127.0.0.1:6000", "ping");
        SessionFold f = new SessionFold();
        f.append(s.events());
        assertThat(f.unread()).hasSize(1);
        assertThat(f.arrows()).isEmpty();
        f.end();
        assertThat(f.unread()).isEmpty();
        assertThat(f.arrows()).extracting(DataArrow::lost).containsExactly(true);
    }

    @Test
    void snapshotReportsAddressesOptionsQueuesAndTotals() {
        Script s = Script.connectedPair().option("s2", "SO_SNDBUF", "4096", "4608", "9216")
                .send("s2", 1000, 1000).queues("s2", 1000, 0, 9216, 131072).recv("s3", 400, 400);
        SessionFold f = SessionFold.of(s.events());
        SocketSnapshot snap = f.snapshotAt("s2", 8);
        assertThat(snap.local()).isEqualTo("127.0.0.1:39122");
        assertThat(snap.remote()).isEqualTo("127.0.0.1:5000");
        assertThat(snap.state()).isEqualTo("connected");
        assertThat(snap.options()).containsEntry("SO_SNDBUF", new OptionValue("4096", "4608", "9216"));
        assertThat(snap.queues().sendQ()).isEqualTo(1000);
        assertThat(snap.bytesSent()).isEqualTo(1000);
        assertThat(f.snapshotAt("s3", 9).bytesReceived()).isEqualTo(400);
        assertThat(f.rowOfSeq(8)).isEqualTo(f.rowOfSeq(7)); // a queue sample has no row of its own
    }
}
