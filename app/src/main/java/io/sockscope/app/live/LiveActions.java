package io.sockscope.app.live;

import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.LifelineKind;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.layout.SocketSnapshot;
import io.sockscope.app.live.CallDialogs.Field;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineOption;
import io.sockscope.model.engine.Interest;
import io.sockscope.model.engine.SocketId;
import io.sockscope.model.event.ShutdownHow;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Makes the calls the socket menus offer: asks for arguments when a call needs them, then
 * submits the call to the engine and returns at once. Outcomes, failures included, arrive as
 * events through the live feed; nothing here waits on a socket.
 */
final class LiveActions {
    /** The options the dialog offers (BLOCKING has calls of its own). */
    static final List<String> OPTIONS = EngineOption.all().stream().filter(o -> o != EngineOption.BLOCKING)
            .map(EngineOption::name).toList();

    private final LiveContext live;

    LiveActions(LiveContext live) {
        this.live = Objects.requireNonNull(live, "live");
    }

    /** The engine, with blocking calls on {@code socket} run on that socket's own thread. */
    Engine engineFor(SocketId socket) {
        Lifeline l = live.fold().lifeline(socket.value());
        String owner = l == null ? "app" : l.owner();
        return live.engine().onThread(owner + "/" + socket);
    }

    /** Latest state of {@code socket} as the diagram shows it, or null. */
    SocketSnapshot snapshot(String socket) {
        SessionFold f = live.fold();
        if (f.lifeline(socket) == null || f.rowCount() == 0) {
            return null;
        }
        return f.snapshotAt(socket, f.rows().get(f.rowCount() - 1).seq());
    }

    void run(Call call, SocketId socket) {
        Objects.requireNonNull(socket, "socket");
        String name = live.i18n().t(call.labelKey());
        switch (call) {
            case BIND -> ask(call, socket, List.of(Field.text("address", "live.field.address", defaultBind(socket))),
                    Map.of(), v -> Binds.confirm(live, v.get("address"), () -> engineFor(socket).bind(socket, v.get("address"))));
            case LISTEN -> ask(call, socket, List.of(Field.text("backlog", "live.field.backlog", "5")), Map.of(),
                    v -> number(v.get("backlog"), n -> engineFor(socket).listen(socket, n)));
            case ACCEPT -> engineFor(socket).accept(socket);
            case CONNECT -> connect(socket, null);
            case FINISH_CONNECT -> engineFor(socket).finishConnect(socket);
            case SEND -> ask(call, socket, payloadFields(), Map.of(),
                    v -> payload(v, data -> engineFor(socket).send(socket, data)));
            case RECV -> ask(call, socket, List.of(Field.text("size", "live.field.size", "1024")), Map.of(),
                    v -> number(v.get("size"), n -> engineFor(socket).recv(socket, n)));
            case SENDTO -> ask(call, socket, concat(Field.text("peer", "live.field.peer", "127.0.0.1:9"), payloadFields()),
                    Map.of(), v -> payload(v, data -> engineFor(socket).sendTo(socket, v.get("peer"), data)));
            case RECVFROM -> ask(call, socket, List.of(Field.text("size", "live.field.size", "1500")), Map.of(),
                    v -> number(v.get("size"), n -> engineFor(socket).recvFrom(socket, n)));
            case SHUTDOWN_INPUT -> engineFor(socket).shutdown(socket, ShutdownHow.READ);
            case SHUTDOWN_OUTPUT -> engineFor(socket).shutdown(socket, ShutdownHow.WRITE);
            case NON_BLOCKING -> engineFor(socket).setOption(socket, EngineOption.BLOCKING, false);
            case BLOCKING -> engineFor(socket).setOption(socket, EngineOption.BLOCKING, true);
            case REGISTER -> register(socket);
            case SELECT -> ask(call, socket, List.of(Field.text("timeout", "live.field.timeout", "1000")), Map.of(),
                    v -> number(v.get("timeout"), -1, n -> engineFor(socket).select(socket, n)));
            case SET_OPTION -> ask(call, socket, List.of(Field.choice("name", "live.field.option", "SO_RCVBUF", OPTIONS),
                    Field.text("value", "live.field.value", "4096")), Map.of(),
                    v -> setOption(socket, v.get("name"), v.get("value")));
            case PROBE -> engineFor(socket).probe(socket);
            case CLOSE -> live.engine().close(socket);
            case ABORT -> live.engine().abort(socket);
            default -> live.say(live.i18n().t("live.msg.unknownCall", name));
        }
    }

    /** Asks where to connect {@code socket}; {@code suggested} (a listening server) is offered first. */
    void connect(SocketId socket, String suggested) {
        Map<String, String> s = suggested == null ? Map.of() : Map.of("remote", suggested);
        ask(Call.CONNECT, socket, List.of(Field.text("remote", "live.field.remote", "127.0.0.1:1")), s,
                v -> engineFor(socket).connect(socket, v.get("remote")));
    }

    private void register(SocketId socket) {
        List<String> selectors = live.fold().lifelines().stream()
                .filter(l -> l.kind() == LifelineKind.SELECTOR).map(Lifeline::socket).toList();
        SocketSnapshot snap = snapshot(socket.value());
        String ops = snap == null ? "R" : switch (snap.state()) {
            case "listening" -> "A";
            case "connecting" -> "C";
            default -> "R";
        };
        String first = selectors.isEmpty() ? "" : selectors.get(selectors.size() - 1);
        ask(Call.REGISTER, socket, List.of(Field.choice("selector", "live.field.selector", first, selectors),
                Field.text("ops", "live.field.ops", ops)), Map.of("selector", first, "ops", ops), v -> {
                    Interest interest;
                    try {
                        interest = Interest.parse(v.get("ops"));
                    } catch (IllegalArgumentException e) {
                        live.say(live.i18n().t("live.msg.badOps", v.get("ops")));
                        return;
                    }
                    String chosen = v.get("selector");
                    SocketId sel = chosen.isBlank() ? live.engine().openSelector("selector") : SocketId.of(chosen);
                    // a selector needs a non-blocking channel; say so in the diagram by switching it first
                    SocketSnapshot now = snapshot(socket.value());
                    if (now == null || now.blocking()) {
                        live.engine().setOption(socket, EngineOption.BLOCKING, false);
                    }
                    live.engine().register(sel, socket, interest);
                });
    }

    private String defaultBind(SocketId socket) {
        SocketSnapshot s = snapshot(socket.value());
        if (s != null && s.proto() == io.sockscope.model.event.Proto.UNIX) {
            return UnixPaths.next(socket.value());
        }
        return "127.0.0.1:0";
    }

    private void ask(Call call, SocketId socket, List<Field> fields, Map<String, String> suggested, Consumer<Map<String, String>> then) {
        live.dialogs().ask(live.i18n().t(call.labelKey()), socket.value(), fields, suggested, then);
    }

    /** Sets the option named {@code name} to the value typed, or says why the value does not fit. */
    private void setOption(SocketId socket, String name, String typed) {
        EngineOption<?> option = EngineOption.named(name).orElse(null);
        if (option == null) {
            live.say(live.i18n().t("live.msg.unknownCall", name));
            return;
        }
        set(socket, option, typed);
    }

    private <T> void set(SocketId socket, EngineOption<T> option, String typed) {
        T value;
        try {
            value = option.parse(typed);
        } catch (IllegalArgumentException e) {
            live.say(live.i18n().t(option.type() == Boolean.class ? "live.msg.badSwitch" : "live.msg.badNumber", typed));
            return;
        }
        engineFor(socket).setOption(socket, option, value);
    }

    private static List<Field> payloadFields() {
        return List.of(Field.text("payload", "live.field.payload", "hello\\n"), Field.check("hex", "live.field.hex", false),
                Field.text("total", "live.field.total", ""));
    }

    private static List<Field> concat(Field first, List<Field> rest) {
        java.util.ArrayList<Field> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private void payload(Map<String, String> v, Consumer<byte[]> then) {
        try {
            byte[] typed = Payloads.parse(v.get("payload"), Boolean.parseBoolean(v.get("hex")));
            then.accept(Payloads.repeat(typed, v.getOrDefault("total", "")));
        } catch (IllegalArgumentException e) {
            live.say(live.i18n().t("live.msg.badPayload", e.getMessage()));
        }
    }

    private void number(String typed, java.util.function.IntConsumer then) {
        number(typed, 0, n -> then.accept((int) n));
    }

    private void number(String typed, long min, java.util.function.LongConsumer then) {
        long n;
        try {
            n = Long.parseLong(typed.trim());
        } catch (NumberFormatException e) {
            live.say(live.i18n().t("live.msg.badNumber", typed));
            return;
        }
        if (n < min || n > Integer.MAX_VALUE) {
            live.say(live.i18n().t("live.msg.badNumber", typed));
            return;
        }
        then.accept(n);
    }
}
