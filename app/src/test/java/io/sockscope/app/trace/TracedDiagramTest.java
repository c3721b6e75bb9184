package io.sockscope.app.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.layout.SignalArrow;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Open;
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

    @Test
    void aForkedChildsCopyOfTheConnectionDrawsItsBytesAndOnlyTheLastCloseSendsFin() throws Exception {
        List<Event> events = recorded("fork");
        SessionFold f = SessionFold.of(events);
        List<Connect> connects = events.stream().filter(Connect.class::isInstance).map(Connect.class::cast).toList();
        List<Accept> accepts = events.stream().filter(Accept.class::isInstance).map(Accept.class::cast).toList();
        assertEquals(2, connects.size());
        for (int i = 0; i < 2; i++) {
            String client = connects.get(i).socket();
            String accepted = accepts.get(i).child();
            Open copy = events.stream().filter(Open.class::isInstance).map(Open.class::cast)
                    .filter(o -> o.copyOf().equals(accepted)).findFirst().orElseThrow();
            assertEquals(2, f.arrows().stream().filter(x -> x.fromSocket().equals(client) && x.toSocket().equals(copy.socket())).count(),
                    "the client's two lines reach the child's recv: " + f.arrows());
            assertEquals(2, f.arrows().stream().filter(x -> x.fromSocket().equals(copy.socket()) && x.toSocket().equals(client)).count(),
                    "the child's echo reaches the client");
            assertEquals(accepted, f.peerOf(client));
            assertEquals(client, f.peerOf(copy.socket()));
            List<SignalArrow> fins = f.signals().stream().filter(s -> s.kind() == SignalArrow.Kind.FIN).toList();
            assertTrue(fins.stream().noneMatch(s -> s.fromSocket().equals(accepted)),
                    "the parent's close of its descriptor sends no FIN: the child still holds the socket");
            assertTrue(fins.stream().anyMatch(s -> s.fromSocket().equals(client) && s.toSocket().equals(copy.socket())),
                    "the client's close is the end of stream the child reads: " + fins);
        }
        assertTrue(f.unread().isEmpty(), "every byte sent was read");
        Set<String> owners = f.lifelines().stream().map(Lifeline::owner).collect(Collectors.toSet());
        assertEquals(5, owners.size(), "fork_server.py, its two children and the two clients each a group: " + owners);
    }

    @Test
    void socketpairUnixDatagramsAndMmsgMessagesDrawOneArrowPerMessage() throws Exception {
        List<Event> events = recorded("pairs");
        SessionFold f = SessionFold.of(events);
        List<Connect> pair = events.stream().filter(Connect.class::isInstance).map(Connect.class::cast).toList();
        String a = pair.get(0).socket();
        String b = pair.get(1).socket();
        assertEquals(b, f.peerOf(a), "the two ends of a socketpair are connected");
        assertEquals(1, f.arrows().stream().filter(x -> x.fromSocket().equals(a) && x.toSocket().equals(b)).count(), "ping");
        assertEquals(1, f.arrows().stream().filter(x -> x.fromSocket().equals(b) && x.toSocket().equals(a)).count(), "pong");
        assertEquals(1, f.signals().stream().filter(s -> s.kind() == SignalArrow.Kind.FIN && s.fromSocket().equals(a)).count(),
                "closing one end is the end of stream the other reads");
        List<DataArrow> datagrams = f.arrows().stream().filter(x -> x.datagram() && !x.lost()).toList();
        assertEquals(5, datagrams.size(), "hello, its answer and three messages of sendmmsg/recvmmsg: " + datagrams);
        assertTrue(f.arrows().stream().noneMatch(DataArrow::lost), "every datagram was read");
    }

    @Test
    void aThreadPerClientServersThreadsAreGroupsOfTheirOwnBesideTheirProcess() throws Exception {
        List<Event> events = recorded("thread");
        SessionFold f = SessionFold.of(events);
        List<Connect> connects = events.stream().filter(Connect.class::isInstance).map(Connect.class::cast).toList();
        List<Open> served = events.stream().filter(Open.class::isInstance).map(Open.class::cast)
                .filter(o -> o.thread() != Open.NO_PID).toList();
        assertEquals(2, served.size(), "a lifeline in each serving thread: " + served);
        for (int i = 0; i < 2; i++) {
            String client = connects.get(i).socket();
            String thread = served.get(i).socket();
            assertTrue(f.arrows().stream().anyMatch(x -> x.fromSocket().equals(client) && x.toSocket().equals(thread)),
                    "the client's bytes reach the thread's recv");
            assertTrue(f.arrows().stream().anyMatch(x -> x.fromSocket().equals(thread) && x.toSocket().equals(client)),
                    "the thread's echo reaches the client");
        }
        List<String> groups = f.columns().stream().map(Lifeline::group).toList();
        String process = "pid " + served.get(0).pid();
        int first = groups.indexOf(process);
        int last = Math.max(groups.lastIndexOf(served.get(0).group()), groups.lastIndexOf(served.get(1).group()));
        assertTrue(groups.subList(first, last + 1).stream().allMatch(g -> g.startsWith(process)),
                "the server's threads are drawn beside its process: " + groups);
    }
}
