package io.sockscope.model.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Block;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Wake;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tutorial's programs as recorded strace output (test data), so the mapping is tested where strace is missing. */
class StraceRecordingTest {

    static List<Event> recorded(String name) throws Exception {
        return StraceRecording.events(resource(name + ".strace"), "en", 4096, StepCaptions.NONE);
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(StraceRecordingTest.class.getResource(name).toURI());
    }

    @Test
    void echoPairShowsAcceptBytesEagainAndEndOfStream() throws Exception {
        Lessons.echo(recorded("echo"));
    }

    @Test
    void forkServersChildClosesTheListenerAndParentsCloseLeavesConnectionOpen() throws Exception {
        Lessons.fork(recorded("fork"));
    }

    @Test
    void selectServersReadinessMatchesWhatWasReady() throws Exception {
        Lessons.select(recorded("select"));
    }

    @Test
    void udpPairSendsDatagramsToNamedPeers() throws Exception {
        Lessons.udp(recorded("udp"));
    }

    @Test
    void halfCloseGivesEndOfStreamBeforeTheAnswer() throws Exception {
        Lessons.halfClose(recorded("halfclose"));
    }

    @Test
    void closingOneOfTwoDescriptorsSendsNoFinAndShutdownSendsItAtOnce() throws Exception {
        Lessons.closeShutdown(recorded("closeshut"));
    }

    @Test
    void aThreadThatServesAConnectionHasItsLifelineInItsOwnGroup() throws Exception {
        Lessons.threads(recorded("thread"));
    }

    @Test
    void socketpairOpensTwoEndsConnectedToEachOther() throws Exception {
        // pairs.strace: recorded from pairs.c (beside it) under strace 6.1
        List<Event> events = recorded("pairs");
        List<io.sockscope.model.event.Connect> pair = Lessons.all(events, io.sockscope.model.event.Connect.class);
        assertEquals(2, pair.size(), "one connect per end: " + pair);
        assertEquals("socketpair 15939", pair.get(0).local());
        assertEquals("socketpair 15940", pair.get(0).remote());
        assertEquals(pair.get(0).local(), pair.get(1).remote());
        assertEquals(pair.get(0).remote(), pair.get(1).local());
        String a = pair.get(0).socket();
        String b = pair.get(1).socket();
        assertArrayEquals("ping".getBytes(), Lessons.bytes(events, e -> b.equals(e.socket()), false), "one end reads what the other wrote");
        assertArrayEquals("pong".getBytes(), Lessons.bytes(events, e -> a.equals(e.socket()), false));
        io.sockscope.model.event.Close closeA = Lessons.all(events, io.sockscope.model.event.Close.class).get(0);
        assertEquals(a, closeA.socket());
        io.sockscope.model.event.Recv eof = Lessons.all(events, io.sockscope.model.event.Recv.class).stream()
                .filter(r -> r.done() == -1).findFirst().orElseThrow();
        assertEquals(b, eof.socket(), "the other end reads end of stream after the close");
        assertTrue(eof.seq() > closeA.seq());
    }

    @Test
    void unixDatagramSocketsSendToAndReceiveFromPaths() throws Exception {
        List<Event> events = recorded("pairs");
        List<io.sockscope.model.event.SendTo> unix = Lessons.all(events, io.sockscope.model.event.SendTo.class).stream()
                .filter(x -> x.peer().startsWith("/")).toList();
        assertEquals(2, unix.size(), "the datagram and its answer: " + unix);
        assertEquals("/tmp/tfrec/c/srv.sock", unix.get(0).peer());
        assertArrayEquals("hello".getBytes(), unix.get(0).payload().bytes());
        assertEquals("/tmp/tfrec/c/cli.sock", unix.get(1).peer());
        io.sockscope.model.event.RecvFrom got = Lessons.all(events, io.sockscope.model.event.RecvFrom.class).get(0);
        assertEquals("/tmp/tfrec/c/cli.sock", got.peer(), "the server reads who sent it");
        assertArrayEquals("hello".getBytes(), got.payload().bytes());
        List<String> binds = Lessons.all(events, io.sockscope.model.event.Bind.class).stream().map(io.sockscope.model.event.Bind::local).toList();
        assertTrue(binds.containsAll(List.of("/tmp/tfrec/c/srv.sock", "/tmp/tfrec/c/cli.sock")), binds.toString());
        assertTrue(Lessons.all(events, io.sockscope.model.event.Send.class).stream().noneMatch(x -> x.socket().equals(unix.get(0).socket())),
                "a Unix datagram socket sends datagrams, not a stream");
    }

    @Test
    void sendmmsgAndRecvmmsgAreOneSendOrReceivePerMessage() throws Exception {
        List<Event> events = recorded("pairs");
        List<io.sockscope.model.event.SendTo> sent = Lessons.all(events, io.sockscope.model.event.SendTo.class).stream()
                .filter(x -> x.peer().equals("127.0.0.1:46382")).toList();
        assertEquals(List.of("one", "two", "three"), sent.stream().map(x -> new String(x.payload().bytes())).toList());
        assertEquals(List.of(3, 3, 5), sent.stream().map(io.sockscope.model.event.SendTo::done).toList());
        List<io.sockscope.model.event.RecvFrom> got = Lessons.all(events, io.sockscope.model.event.RecvFrom.class).stream()
                .filter(x -> x.peer().equals("127.0.0.1:50193")).toList();
        assertEquals(List.of("one", "two", "three"), got.stream().map(x -> new String(x.payload().bytes())).toList());
        assertEquals(List.of(16, 16, 16), got.stream().map(io.sockscope.model.event.RecvFrom::requested).toList());
    }

    @Test
    void theCLibrarysTriesToReachNscdAreOneNoteNotTwoLifelines() throws Exception {
        List<Event> events = recorded("lookup");
        Lessons.lookup(events);
        assertEquals(1, Lessons.all(events, io.sockscope.model.event.Open.class).size(), "the program's own Unix client only");
        List<io.sockscope.model.event.Note> notes = Lessons.all(events, io.sockscope.model.event.Note.class);
        assertEquals(1, notes.stream().filter(n -> n.text().contains("/var/run/nscd/socket failed (ENOENT)")).count(),
                "two tries, one note: " + notes);
        assertEquals(List.of("open", "error", "close"), events.stream()
                .filter(e -> !(e instanceof io.sockscope.model.event.Note)).map(e -> e.type().wireName()).toList());
    }

    @Test
    void aBindToPortZeroIsShownWithThePortTheKernelChose() throws Exception {
        // strace names the address only once the socket listens: the bind waits for it
        List<Event> events = recorded("echo");
        io.sockscope.model.event.Bind bind = Lessons.all(events, io.sockscope.model.event.Bind.class).get(0);
        assertEquals("127.0.0.1:34099", bind.local());
        io.sockscope.model.event.Listen listen = Lessons.all(events, io.sockscope.model.event.Listen.class).get(0);
        assertEquals(bind.socket(), listen.socket());
        assertTrue(bind.seq() < listen.seq(), "bind comes before listen");
    }

    @Test
    void sendfileOnASocketIsASendOfThatManyBytesWhoseContentsAreNotSeen(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String lo = "\\x31\\x32\\x37\\x2e\\x30\\x2e\\x30\\x2e\\x31";
        java.nio.file.Path trace = java.nio.file.Files.writeString(dir.resolve("sendfile.strace"), String.join("\n",
                "700 1.000000 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3<TCP:[1001]>",
                "700 1.000100 connect(3<TCP:[1001]>, {sa_family=AF_INET, sin_port=htons(5000), sin_addr=inet_addr(\"" + lo
                        + "\")}, 16) = 0",
                "700 1.000200 sendfile(3<TCP:[127.0.0.1:40000->127.0.0.1:5000]>, 4</tmp/f>, NULL, 1000) = 600",
                "700 1.000300 sendfile(4</tmp/g>, 5</tmp/f>, NULL, 10) = 10",
                ""));
        List<Event> events = StraceRecording.events(trace, "en", 4096, StepCaptions.NONE);
        List<io.sockscope.model.event.Send> sends = Lessons.all(events, io.sockscope.model.event.Send.class);
        assertEquals(1, sends.size(), "only the socket's: " + events);
        assertEquals(1000, sends.get(0).requested());
        assertEquals(600, sends.get(0).done());
        assertEquals(600, sends.get(0).payload().length());
        assertEquals(0, sends.get(0).payload().kept(), "the file's bytes are not in the trace");
    }

    @Test
    void blockedAcceptWakesWhenTheClientConnects() throws Exception {
        List<Event> events = recorded("echo");
        Block b = Lessons.all(events, Block.class).get(0);
        assertEquals("accept", b.call());
        Wake w = Lessons.all(events, Wake.class).stream().filter(x -> x.socket().equals(b.socket())).findFirst().orElseThrow();
        assertTrue(events.indexOf(w) > events.indexOf(b));
        assertTrue(events.get(events.indexOf(w) + 1) instanceof io.sockscope.model.event.Accept);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"echo", "select", "udp", "halfclose", "fork", "closeshut", "thread"})
    void everyCaptionStepOfTheProgramIsReachedInOrder(String name) throws Exception {
        Path file = TracerTest.PROGRAMS.resolve(name + ".captions");
        StepCaptions captions = StepCaptions.read(file);
        List<io.sockscope.model.event.Note> steps = Lessons.all(
                StraceRecording.events(resource(name + ".strace"), "en", 4096, captions), io.sockscope.model.event.Note.class)
                .stream().filter(n -> n.step() > 0).toList();
        assertEquals(captions.size(), steps.size(), file + ": every step reached");
        for (int i = 0; i < steps.size(); i++) {
            assertEquals(i + 1, steps.get(i).step());
        }
    }

    @Test
    void seqIsGapFreeAndTimeNeverGoesBack() throws Exception {
        List<Event> events = recorded("fork");
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i, events.get(i).seq());
            assertTrue(i == 0 || events.get(i).t() >= events.get(i - 1).t());
        }
    }
}
