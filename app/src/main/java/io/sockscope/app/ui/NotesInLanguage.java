package io.sockscope.app.ui;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * Events as the canvas shows them in one language: each bilingual note becomes a note with the
 * reader's text; every other event (and a note in one language) is passed on as it is.
 */
final class NotesInLanguage {
    private NotesInLanguage() {
    }

    static List<Event> of(List<Event> events, Language lang) {
        List<Event> out = null;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Note n && n.bilingual()) {
                if (out == null) {
                    out = new ArrayList<>(events.subList(0, i));
                }
                out.add(new Note(n.seq(), n.t(), n.in(lang.tag()), lang.tag(), n.step()));
            } else if (out != null) {
                out.add(e);
            }
        }
        return out == null ? List.copyOf(events) : out;
    }
}
