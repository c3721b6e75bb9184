package io.sockscope.model.scenario.support;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.source.Subscription;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.scenario.ScenarioContext;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Typed awaits for scenarios: each call must end as expected, or the scenario stops. */
public final class Calls {
    private Calls() {
    }

    /** Awaits {@code call} and returns its outcome, which must be a {@code type}; anything else stops the scenario. */
    public static <T extends Event> T expect(ScenarioContext ctx, CompletableFuture<Event> call, Class<T> type) {
        Event outcome = ctx.await(call);
        if (!type.isInstance(outcome)) {
            throw new IllegalStateException("expected " + type.getSimpleName() + " but got " + outcome);
        }
        return type.cast(outcome);
    }

    /** Awaits {@code call}, which must fail with {@code kind}. */
    public static Failure expectFailure(ScenarioContext ctx, CompletableFuture<Event> call, ErrorKind kind) {
        Failure failure = expect(ctx, call, Failure.class);
        if (failure.kind() != kind) {
            throw new IllegalStateException("expected a " + kind + " error but got " + failure);
        }
        return failure;
    }

    /** Sends all of {@code data} in one blocking send, insisting that every byte went. */
    public static Send sendAll(ScenarioContext ctx, SocketId socket, byte[] data) {
        Send s = expect(ctx, ctx.engine().send(socket, data), Send.class);
        if (s.done() != data.length) {
            throw new IllegalStateException(socket + ": blocking send wrote " + s.done() + " of " + data.length);
        }
        return s;
    }

    /** A recv that must return data (not end of stream, not an error). */
    public static Recv recvSome(ScenarioContext ctx, SocketId socket, int max) {
        Recv r = expect(ctx, ctx.engine().recv(socket, max), Recv.class);
        if (r.done() <= 0) {
            throw new IllegalStateException(socket + ": recv returned " + r.done() + " where data was expected");
        }
        return r;
    }

    /**
     * A future for the next event matching {@code match}. Subscribe before the call that
     * causes the event; it is used to wait until a blocking call has really blocked.
     */
    public static CompletableFuture<Event> next(Engine engine, Predicate<Event> match) {
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
    public static CompletableFuture<Event> untilBlocked(ScenarioContext ctx, SocketId socket,
                                                        Supplier<CompletableFuture<Event>> call) {
        CompletableFuture<Event> blocked = next(ctx.engine(), e -> e instanceof Block b && b.socket().equals(socket.value()));
        CompletableFuture<Event> pending = call.get();
        ctx.await(blocked.applyToEither(pending, e -> e));
        if (!blocked.isDone()) {
            blocked.cancel(false);
            throw new IllegalStateException("expected a call on " + socket + " to block, but it returned " + pending.join());
        }
        return pending;
    }

    /** A language-free plain note, e.g. a list of recovered messages. */
    public static void plain(ScenarioContext ctx, String text) {
        ctx.await(ctx.engine().note(text, "", 0));
    }

    /** Port of an address such as {@code 127.0.0.1:5000} or {@code [::1]:5000}. */
    public static int port(String address) {
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }
}
