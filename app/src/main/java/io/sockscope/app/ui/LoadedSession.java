package io.sockscope.app.ui;

import io.sockscope.model.event.Event;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A session read from a file, ready to show.
 *
 * @param file        where it came from
 * @param title       the header's title, or "" when it has none
 * @param events      every event, in seq order
 * @param droppedLine the line number of a cut-off last line the reader skipped, or 0
 * @param scenario    id of the scenario recorded, or "" for a free session
 */
public record LoadedSession(Path file, String title, List<Event> events, long droppedLine, String scenario) {
    public LoadedSession {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scenario, "scenario");
        events = List.copyOf(events);
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
