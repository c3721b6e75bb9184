package io.sockscope.model.scenario.connection;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.Subscription;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Queues;
import io.sockscope.model.scenario.ScenarioContext;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Small helpers the connection scenarios share: expected outcomes and waits on kernel facts. */
final class Calls {
    /** How long a wait on a kernel figure may take before the scenario gives up. */
    private static final long FIGURE_DEADLINE_MS = 5_000;

    private Calls() {
    }

    /** Awaits {@code call} and returns its outcome, which must be a {@code type}; anything else stops the scenario. */
    static <T extends Event> T expect(ScenarioContext ctx, CompletableFuture<Event> call, Class<T> type) {
        Event outcome = ctx.await(call);
        if (!type.isInstance(outcome)) {
            throw new IllegalStateException("expected " + type.getSimpleName() + " but got " + outcome);
        }
        return type.cast(outcome);
    }

    /** Awaits {@code call}, which must fail with {@code kind}. */
    static Failure expectFailure(ScenarioContext ctx, CompletableFuture<Event> call, ErrorKind kind) {
        Failure failure = expect(ctx, call, Failure.class);
        if (failure.kind() != kind) {
            throw new IllegalStateException("expected a " + kind + " error but got " + failure);
        }
        return failure;
    }

    /**
     * Probes {@code socket} until its accept queue holds {@code n} connections. Loopback
     * handshakes finish in the kernel almost at once, but not by promise; waiting for the
     * figure keeps the next accept from racing the kernel.
     */
    static Queues awaitAcceptQueue(ScenarioContext ctx, String socket, int n) {
        long deadline = System.nanoTime() + FIGURE_DEADLINE_MS * 1_000_000;
        while (true) {
            Queues q = expect(ctx, ctx.engine().probe(socket), Queues.class);
            if (q.acceptQ() == n) {
                return q;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("accept queue of " + socket + " stayed at " + q.acceptQ() + ", expected " + n);
            }
            pause();
        }
    }

    /**
     * A future for the next event matching {@code match}. Subscribe before the call that
     * causes the event; it is used to wait until a blocking call has really blocked.
     */
    static CompletableFuture<Event> next(Engine engine, Predicate<Event> match) {
        CompletableFuture<Event> seen = new CompletableFuture<>();
        Subscription sub = engine.subscribe(e -> {
            if (!seen.isDone() && match.test(e)) {
                seen.complete(e);
            }
        });
        seen.whenComplete((e, x) -> sub.close());
        return seen;
    }

    /**
     * Starts a call that should block and waits until the engine reports that it has blocked
     * on {@code socket}; returns the still pending call. Stops the scenario if the call
     * returned instead of blocking.
     */
    static CompletableFuture<Event> untilBlocked(ScenarioContext ctx, String socket,
                                                 Supplier<CompletableFuture<Event>> call) {
        CompletableFuture<Event> blocked = next(ctx.engine(), e -> e instanceof Block b && b.socket().equals(socket));
        CompletableFuture<Event> pending = call.get();
        ctx.await(blocked.applyToEither(pending, e -> e));
        if (!blocked.isDone()) {
            blocked.cancel(false);
            throw new IllegalStateException("expected a call on " + socket + " to block, but it returned " + pending.join());
        }
        return pending;
    }

    /** Port of an address such as {@code 127.0.0.1:5000} or {@code [::1]:5000}. */
    static int port(String address) {
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a kernel figure", e);
        }
    }
}
