package io.sockscope.app.live;

import io.sockscope.app.diagram.Selection;
import io.sockscope.app.ui.SessionViewModel;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Failure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What happens to each live batch on the FX thread: it goes to the view model (the diagram pane
 * follows it), a socket watched at its present row stays selected at its newest row, failures
 * are explained, and listeners hear of it.
 */
final class ShownBatches {
    private final SessionViewModel vm;
    private final LiveContext live;
    /** Per socket, the seq of its newest event shown (queue samples aside). */
    private final Map<String, Long> latest = new HashMap<>();
    private final List<Consumer<List<Event>>> listeners = new CopyOnWriteArrayList<>();

    ShownBatches(SessionViewModel vm, LiveContext live) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.live = Objects.requireNonNull(live, "live");
    }

    /** A new session starts. */
    void reset() {
        latest.clear();
    }

    void addListener(Consumer<List<Event>> l) {
        listeners.add(Objects.requireNonNull(l, "l"));
    }

    void show(List<Event> batch) {
        Selection sel = vm.selectionProperty().get();
        boolean atPresent = sel != null && !sel.onEvent() && sel.socket() != null
                && sel.seq() >= latest.getOrDefault(sel.socket(), Long.MAX_VALUE);
        for (Event e : batch) {
            if (e.type() != EventType.QUEUES && e.socket() != null) {
                latest.put(e.socket(), e.seq());
            }
        }
        vm.append(batch); // the diagram pane follows the view model's events
        Long now = sel == null || sel.socket() == null ? null : latest.get(sel.socket());
        if (atPresent && now != null && now > sel.seq()) {
            // the inspector follows a socket watched at its present state: its figures and buttons stay current
            vm.select(new Selection(sel.socket(), now, false));
        }
        for (Event e : batch) {
            if (e instanceof Failure f) {
                live.say(Explanations.explain(live.i18n(), f));
            }
        }
        for (Consumer<List<Event>> l : listeners) {
            l.accept(batch);
        }
    }
}
