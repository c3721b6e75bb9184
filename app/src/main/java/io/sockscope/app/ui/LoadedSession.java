package io.sockscope.app.ui;

import io.sockscope.model.event.Event;
import io.sockscope.sessions.store.MemoryStore;
import io.sockscope.sessions.store.SessionStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A session ready to show: where it came from and the store its events live in.
 *
 * @param file        where it came from (a live session: the file it is recorded to)
 * @param title       the header's title, or "" when it has none
 * @param store       the events, in seq order, read from there by windows
 * @param droppedLine the line number of a cut-off last line the reader skipped, or 0
 * @param scenario    id of the scenario recorded, or "" for a free session
 */
public record LoadedSession(Path file, String title, SessionStore store, long droppedLine, String scenario) {
    public LoadedSession {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(scenario, "scenario");
    }

    /** A session whose events are all in hand (held in a {@link MemoryStore}). */
    public LoadedSession(Path file, String title, List<Event> events, long droppedLine, String scenario) {
        this(file, title, new MemoryStore(events), droppedLine, scenario);
    }

    public LoadedSession(Path file, String title, List<Event> events, long droppedLine) {
        this(file, title, events, droppedLine, "");
    }

    public LoadedSession(Path file, String title, List<Event> events) {
        this(file, title, events, 0);
    }

    /** The name the window shows: the header's title, or the file name when the title is blank. */
    public String name() {
        return title.isBlank() ? String.valueOf(file.getFileName()) : title;
    }
}
