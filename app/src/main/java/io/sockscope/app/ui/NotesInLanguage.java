package io.sockscope.app.ui;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Events as the canvas shows them in one language: each bilingual note reads as a note with the
 * reader's text; every other event (and a note in one language) is passed on as it is. A view
 * onto the given list, not a copy (a session's events may live in a store on disk).
 */
public final class NotesInLanguage extends AbstractList<Event> implements RandomAccess {
    private final List<Event> events;
    private final String tag;

    private NotesInLanguage(List<Event> events, String tag) {
        this.events = events;
        this.tag = tag;
    }

    public static List<Event> of(List<Event> events, Language lang) {
        return new NotesInLanguage(Objects.requireNonNull(events, "events"), lang.tag());
    }

    @Override
    public Event get(int index) {
        Event e = events.get(index);
        return e instanceof Note n ? n.inLanguage(tag) : e;
    }

    @Override
    public int size() {
        return events.size();
    }
}
