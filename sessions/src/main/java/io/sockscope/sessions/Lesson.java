package io.sockscope.sessions;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A session a teacher is turning into a lesson: captions and questions added at a position,
 * edited or deleted. Events stay numbered 0, 1, 2… without gaps (an added note takes the place
 * after the event it follows and the later events move up by one), and the steps stay numbered
 * 1, 2, 3… in order (notes that shared a step number keep sharing it). Nothing is written until
 * {@link #saveAs}, which writes a new file and never the one the events came from.
 */
public final class Lesson {
    /** Longest session edited here: the events are held in memory while the teacher works. */
    public static final int MAX_EVENTS = 500_000;
    /** A step number no session uses: an added step caption holds it until the steps are renumbered. */
    private static final int NEW_STEP = Integer.MAX_VALUE;

    private final List<Event> events;

    /** A lesson made of {@code events} (in seq order, numbered from 0). */
    public Lesson(List<Event> events) {
        if (events.size() > MAX_EVENTS) {
            throw new IllegalArgumentException(events.size() + " events are too many to edit here (at most " + MAX_EVENTS + ")");
        }
        this.events = new ArrayList<>(events);
        for (int i = 0; i < this.events.size(); i++) {
            if (this.events.get(i).seq() != i) {
                throw new IllegalArgumentException("event " + i + " is numbered " + this.events.get(i).seq());
            }
        }
    }

    /** The events as they are now (a copy). */
    public List<Event> events() {
        return List.copyOf(events);
    }

    public int size() {
        return events.size();
    }

    /**
     * Puts {@code note} right after event {@code after} (-1: before the first event) with that
     * event's time. A note with a step number above 0 starts a new step there (its number is
     * chosen here); a question or annotation has step 0. Returns the seq the note now has.
     */
    public long add(long after, Note note) {
        Objects.requireNonNull(note, "note");
        if (after < -1 || after >= events.size()) {
            throw new IllegalArgumentException("no event " + after + " to add a note after (0–" + (events.size() - 1) + ")");
        }
        int at = (int) after + 1;
        long t = after < 0 ? (events.isEmpty() ? 0 : events.get(0).t()) : events.get((int) after).t();
        events.add(at, new Note(at, t, note.text(), note.lang(), note.step() > 0 ? NEW_STEP : 0, note.zh(), note.quiz()));
        renumberFrom(at + 1);
        renumberSteps();
        return at;
    }

    /** Replaces the note numbered {@code seq} with {@code note}'s texts and question (its place, time and step kept). */
    public void replace(long seq, Note note) {
        Objects.requireNonNull(note, "note");
        Note old = noteAt(seq);
        events.set((int) seq, new Note(seq, old.t(), note.text(), note.lang(), old.step(), note.zh(), note.quiz()));
    }

    /** Deletes the note numbered {@code seq}; the events after it move down by one. */
    public void remove(long seq) {
        noteAt(seq);
        events.remove((int) seq);
        renumberFrom((int) seq);
        renumberSteps();
    }

    /** The note numbered {@code seq}; anything else there is an error. */
    public Note noteAt(long seq) {
        if (seq < 0 || seq >= events.size() || !(events.get((int) seq) instanceof Note n)) {
            throw new IllegalArgumentException("event " + seq + " is not a caption or question");
        }
        return n;
    }

    /** The number of steps (distinct step captions). */
    public int steps() {
        int steps = 0;
        int last = 0;
        for (Event e : events) {
            if (e instanceof Note n && n.step() > 0 && n.step() != last) {
                steps++;
                last = n.step();
            }
        }
        return steps;
    }

    private void renumberFrom(int from) {
        for (int i = from; i < events.size(); i++) {
            events.set(i, EventSchema.withSeq(events.get(i), i));
        }
    }

    /** Steps numbered 1, 2, 3… in order; consecutive step captions with one number stay one step. */
    private void renumberSteps() {
        int step = 0;
        int last = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Note n && n.step() > 0) {
                if (n.step() != last || n.step() == NEW_STEP) {
                    step++;
                }
                last = n.step();
                if (n.step() != step) {
                    events.set(i, n.withStep(step));
                }
            }
        }
    }

    /**
     * Writes the lesson to {@code target} as a new session with {@code header}'s title and
     * scenario (its version and app fields are this build's). The file appears whole or not at
     * all: it is written next to the target and moved into place. {@code target} must not be
     * {@code source}, the file the events came from (an autosave is never rewritten in place).
     */
    public void saveAs(Path target, Path source, SessionHeader header, WriterOptions options) throws IOException {
        Objects.requireNonNull(target, "target");
        if (source != null && Files.exists(target) && Files.exists(source) && Files.isSameFile(target, source)) {
            throw new IOException(target + " is the session being edited: choose another file");
        }
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            SessionHeader now = SessionHeader.create(header.title(), header.scenario(), header.lang());
            try (SessionWriter w = SessionWriter.open(tmp, now, options)) {
                events.forEach(w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
