package io.sockscope.model.engine;

import static io.sockscope.model.engine.Recorder.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Close;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class EventStreamTest {

    @Test
    void eventsAreGapFreeWithMonotonicTime() throws Exception {
        Recorder rec = new Recorder();
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            engine.subscribe(rec);
            Pair p = Pair.open(engine);
            for (int i = 0; i < 50; i++) {
                engine.send(p.client(), new byte[] {(byte) i});
                engine.onThread("reader").recv(p.child(), 1);
            }
            get(engine.note("done", "en", 1), Note.class);
        }
        List<Event> events = rec.events();
        assertTrue(events.size() > 100);
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i, events.get(i).seq(), "seq without gaps");
            if (i > 0) {
                assertTrue(events.get(i).t() >= events.get(i - 1).t(), "t never goes back");
            }
        }
    }

    @Test
    void everyRecvComesAfterTheSendThatWroteItsBytes() throws Exception {
        Recorder rec = new Recorder();
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            engine.subscribe(rec);
            Pair p = Pair.open(engine);
            List<CompletableFuture<Event>> reads = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                reads.add(engine.onThread("reader").recv(p.child(), 3));
                engine.onThread("writer").send(p.client(), new byte[] {1, 2});
            }
            engine.onThread("writer").send(p.client(), new byte[200]);
            reads.forEach(CompletableFuture::join);
        }
        long sent = 0;
        long read = 0;
        for (Event e : rec.events()) {
            if (e instanceof Send s) {
                sent += s.done();
            } else if (e instanceof Recv r && r.done() > 0) {
                read += r.done();
                assertTrue(read <= sent, "recv at seq " + r.seq() + " read bytes no send had written yet");
            }
        }
    }

    @Test
    void subscribersOnSeveralThreadsSeeTheSameSequence() throws Exception {
        Recorder first = new Recorder();
        List<Recorder> others = new ArrayList<>();
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            engine.subscribe(first);
            Pair p = Pair.open(engine);
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Recorder r = new Recorder();
                others.add(r);
                Thread t = new Thread(() -> {
                    try {
                        go.await();
                        engine.subscribe(r);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                t.start();
                threads.add(t);
            }
            go.countDown();
            for (int i = 0; i < 100; i++) {
                engine.send(p.client(), new byte[] {1});
            }
            for (Thread t : threads) {
                t.join();
            }
            get(engine.note("end", "", 0), Note.class);
        }
        List<Event> all = first.events();
        for (Recorder r : others) {
            List<Event> mine = r.events();
            assertFalse(mine.isEmpty());
            int from = (int) mine.get(0).seq();
            assertEquals(all.subList(from, all.size()), mine, "a gap-free suffix, each event once");
        }
    }

    @Test
    void closingTheEngineClosesSocketsAndEndsItsThreads() throws Exception {
        Recorder rec = new Recorder();
        Engine engine = Engines.start(EngineConfig.defaults());
        engine.subscribe(rec);
        Pair p = Pair.open(engine);
        SocketId sel = engine.openSelector("loop");
        CompletableFuture<Event> blocked = engine.onThread("stuck").recv(p.child(), 10);
        engine.close();
        Set<String> closed = rec.events().stream().filter(e -> e instanceof Close)
                .map(Event::socket).collect(Collectors.toSet());
        assertEquals(Set.of(p.server().value(), p.client().value(), p.child().value(), sel.value()), closed);
        assertTrue(blocked.isDone(), "the blocked recv was cut short");
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String n = t.getName();
            boolean ours = n.startsWith("sockscope-") || Set.of("server", "client", "stuck").contains(n);
            assertFalse(ours && t.isAlive() && belongsTo(t), "thread still running: " + n);
        }
    }

    /** Other engines of parallel tests may run threads of the same names; ours are gone once joined. */
    private static boolean belongsTo(Thread t) throws InterruptedException {
        t.join(2000);
        return t.isAlive();
    }
}
