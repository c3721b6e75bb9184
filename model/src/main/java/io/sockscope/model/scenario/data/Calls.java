package io.sockscope.model.scenario.data;

import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Small helpers the data scenarios share: typed awaits, queue waits, result notes. */
final class Calls {
    /** How long bytes already sent on loopback may take to show up in a receive queue. */
    private static final long ARRIVAL_DEADLINE_NS = 5_000_000_000L;
    private static final long PROBE_PAUSE_MS = 2;

    private Calls() {
    }

    /** Awaits a call and insists on its outcome type; a failure ends the scenario with its message. */
    static <T extends Event> T expect(ScenarioContext ctx, CompletableFuture<Event> call, Class<T> type) {
        Event outcome = ctx.await(call);
        if (!type.isInstance(outcome)) {
            throw new IllegalStateException("expected " + type.getSimpleName() + ", got " + outcome);
        }
        return type.cast(outcome);
    }

    /** Awaits a call that must fail with {@code kind}. */
    static Failure expectFailure(ScenarioContext ctx, CompletableFuture<Event> call, ErrorKind kind) {
        Failure f = expect(ctx, call, Failure.class);
        if (f.kind() != kind) {
            throw new IllegalStateException("expected " + kind + ", got " + f);
        }
        return f;
    }

    /** Samples a socket's kernel queues now. */
    static Queues probe(ScenarioContext ctx, String socket) {
        return expect(ctx, ctx.engine().probe(socket), Queues.class);
    }

    /**
     * Probes {@code socket} until its receive queue holds at least {@code atLeast} (bounded
     * wait), so that what the next recv returns does not depend on a race.
     */
    static Queues awaitRecvQ(ScenarioContext ctx, String socket, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + ARRIVAL_DEADLINE_NS;
        while (true) {
            Queues q = probe(ctx, socket);
            if (q.recvQ() >= atLeast) {
                return q;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(socket + ": receive queue stayed at " + q.recvQ()
                        + ", expected at least " + atLeast);
            }
            Thread.sleep(PROBE_PAUSE_MS);
        }
    }

    /** Sends all of {@code data} in one blocking send, insisting that every byte went. */
    static Send sendAll(ScenarioContext ctx, String socket, byte[] data) {
        Send s = expect(ctx, ctx.engine().send(socket, data), Send.class);
        if (s.done() != data.length) {
            throw new IllegalStateException(socket + ": blocking send wrote " + s.done() + " of " + data.length);
        }
        return s;
    }

    /** A recv that must return data (not end of stream, not an error). */
    static Recv recvSome(ScenarioContext ctx, String socket, int max) {
        Recv r = expect(ctx, ctx.engine().recv(socket, max), Recv.class);
        if (r.done() <= 0) {
            throw new IllegalStateException(socket + ": recv returned " + r.done() + " where data was expected");
        }
        return r;
    }

    /**
     * Reads {@code total} queued bytes in recvs of at most {@code piece} bytes, feeding each to
     * {@code decoder}; returns the messages recovered.
     */
    static List<String> readInPieces(ScenarioContext ctx, String socket, int total, int piece,
                                     Framing.Decoder decoder) {
        List<String> messages = new ArrayList<>();
        int read = 0;
        while (read < total) {
            Recv r = recvSome(ctx, socket, Math.min(piece, total - read));
            read += r.done();
            messages.addAll(decoder.feed(bytesOf(r)));
        }
        return messages;
    }

    /** The bytes a recv or send moved, insisting they were captured in full. */
    static byte[] bytesOf(Recv recv) {
        return captured(recv.payload(), recv.socket());
    }

    static byte[] captured(Payload p, String socket) {
        if (p.cut()) {
            throw new IllegalStateException(socket + ": payload capture is off or capped ("
                    + p.kept() + " of " + p.length() + " bytes kept); this scenario needs the bytes");
        }
        return p.bytes();
    }

    /** A result known only at run time, as a plain note in the run's language. */
    static void result(ScenarioContext ctx, Caption text) {
        ctx.note(text);
    }

    /** A language-free plain note, e.g. a list of recovered messages. */
    static void plain(ScenarioContext ctx, String text) {
        ctx.await(ctx.engine().note(text, "", 0));
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
