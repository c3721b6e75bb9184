package io.sockscope.model.engine;

import static io.sockscope.model.engine.Recorder.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Block;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.Wake;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Blocking-mode calls that their callers run themselves while the worker is idle: the events
 * keep the engine's order, and a call that has to wait still waits on its worker, named in
 * its {@code block} and {@code wake}, ahead of the calls queued behind it.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CallerThreadCallsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int CHUNK = 1000;
    private static final int CHUNKS = 300;

    @Test
    void awaitedSendsAndRecvsOnTwoThreadsKeepTheEventOrder() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            Pair p = Pair.open(engine);
            ByteArrayOutputStream sent = new ByteArrayOutputStream();
            for (int k = 0; k < CHUNKS; k++) {
                sent.write(chunk(k));
            }
            Engine writer = engine.onThread("writer");
            Engine reader = engine.onThread("reader");
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
                for (int k = 0; k < CHUNKS; k++) {
                    Event e = writer.send(p.client(), chunk(k)).join();
                    assertTrue(e instanceof Send s && s.done() == CHUNK, e.toString());
                }
            });
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            long last = -1;
            while (got.size() < CHUNKS * CHUNK) {
                Recv r = get(reader.recv(p.child(), 1500), Recv.class);
                assertTrue(r.done() > 0, r.toString());
                assertTrue(r.seq() > last, "each awaited recv comes after the one before");
                last = r.seq();
                got.write(r.payload().bytes());
            }
            writing.get(10, TimeUnit.SECONDS);
            assertArrayEquals(sent.toByteArray(), got.toByteArray(), "every byte, in order");
            long end = lastSeq(engine);
            rec.await(e -> e.seq() == end, WAIT); // delivery is asynchronous
            checkOrder(rec.events(), p);
        }
    }

    @Test
    void aCallThatHasToWaitBlocksOnItsWorkerAheadOfTheCallsQueuedBehindIt() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            Pair p = Pair.open(engine);
            Engine worker = engine.onThread("worker-1");
            get(worker.send(p.client(), new byte[] {1}), Send.class); // starts worker-1
            assertEquals(1, get(worker.recv(p.child(), 10), Recv.class).done(), "data waiting: no wait");
            get(engine.setOption(p.child(), EngineOption.SO_RCVTIMEO, 300L), io.sockscope.model.event.OptionSet.class);

            CompletableFuture<Event> recv = worker.recv(p.child(), 10); // nothing to read: has to wait
            CompletableFuture<Event> send = worker.send(p.client(), new byte[] {2}); // same worker: after the recv
            Failure f = get(recv, Failure.class);
            assertEquals(ErrorKind.TIMED_OUT, f.kind(), "the send queued behind it did not run first");
            Send s = get(send, Send.class);
            assertTrue(s.seq() > f.seq(), "the queued send ran after the recv ended");

            String child = p.child().value();
            List<Event> events = rec.events();
            List<Block> blocks = events.stream().filter(e -> e instanceof Block b && b.socket().equals(child))
                    .map(Block.class::cast).toList();
            assertEquals(1, blocks.size(), "one wait, by the recv that found nothing: " + blocks);
            assertEquals("worker-1", blocks.get(0).thread());
            assertEquals("recv", blocks.get(0).call());
            Wake wake = (Wake) rec.await(e -> e.seq() == f.seq() - 1, WAIT);
            assertEquals("worker-1", wake.thread());
            assertTrue(blocks.get(0).seq() < wake.seq());
            assertEquals(2, get(worker.recv(p.child(), 10), Recv.class).payload().bytes()[0]);
        }
    }

    @Test
    void aSendThatFillsTheBufferShowsItsBlockBeforeThePeerReadsAnyOfItsBytes() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            Pair p = Pair.open(engine); // the client's worker runs (connect): an idle worker, so this thread sends
            get(engine.setOption(p.client(), EngineOption.SO_SNDBUF, 4096), io.sockscope.model.event.OptionSet.class);
            byte[] big = new byte[4 * 1024 * 1024];
            CompletableFuture<Event> send = engine.send(p.client(), big); // part fits, the rest has to wait
            long read = 0;
            while (read < big.length) {
                read += get(engine.recv(p.child(), 65536), Recv.class).done();
            }
            Send s = get(send, Send.class);
            assertEquals(big.length, s.done());
            rec.await(e -> e.seq() == s.seq(), WAIT);
            List<Event> events = rec.events();
            Block b = (Block) events.stream().filter(e -> e instanceof Block x && x.socket().equals(p.client().value()))
                    .findFirst().orElseThrow(() -> new AssertionError("the send never waited: " + events));
            assertEquals("client", b.thread(), "the block names the worker that waits");
            Wake w = (Wake) events.get((int) (s.seq() - events.get(0).seq() - 1));
            assertEquals("client", w.thread());
            assertTrue(events.stream().noneMatch(e -> e instanceof Recv r && r.socket().equals(p.child().value())
                    && r.done() > 0 && r.seq() < b.seq()), "a recv read the send's bytes before its block");
        }
    }

    /** Seq gap-free, time never backwards, and no recv ahead of the send that wrote its bytes. */
    private static void checkOrder(List<Event> events, Pair p) {
        long sentBefore = 0;
        long received = 0;
        long waitingSend = 0; // a blocked send's bytes may be read before its send event (engine.md)
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            assertEquals(events.get(0).seq() + i, e.seq(), "gap-free seq");
            if (i > 0) {
                assertTrue(e.t() >= events.get(i - 1).t(), "time never goes backwards at " + e);
            }
            if (e instanceof Block b && b.socket().equals(p.client().value())) {
                waitingSend = CHUNK;
            } else if (e instanceof Send s && s.socket().equals(p.client().value())) {
                sentBefore += s.done();
                waitingSend = 0;
            } else if (e instanceof Recv r && r.socket().equals(p.child().value())) {
                received += r.done();
                assertTrue(received <= sentBefore + waitingSend, "recv before the send of its bytes: " + r);
            }
        }
        assertEquals((long) CHUNKS * CHUNK, received);
        assertEquals(received, sentBefore);
    }

    private static long lastSeq(Engine engine) throws Exception {
        return get(engine.note("end", "en", 0), io.sockscope.model.event.Note.class).seq();
    }

    private static byte[] chunk(int k) {
        byte[] b = new byte[CHUNK];
        for (int i = 0; i < CHUNK; i++) {
            b[i] = (byte) (k * 31 + i);
        }
        return b;
    }
}
