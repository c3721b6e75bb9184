package io.sockscope.app.ui;

import io.sockscope.model.event.Event;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;

/** Helps a view keep state derived from the event list by folding in only what was added, rebuilding on anything else. */
final class Growth {
    private Growth() {
    }

    /** Feeds {@code added} every new element when {@code c} only added; otherwise calls {@code rebuild}. */
    static void apply(ListChangeListener.Change<? extends Event> c, Runnable rebuild, Consumer<List<? extends Event>> added) {
        boolean onlyAdded = true;
        while (c.next()) {
            if (c.wasRemoved() || c.wasPermutated() || c.wasUpdated()) {
                onlyAdded = false;
            }
        }
        if (!onlyAdded) {
            rebuild.run();
            return;
        }
        c.reset();
        while (c.next()) {
            added.accept(c.getAddedSubList());
        }
    }
}
