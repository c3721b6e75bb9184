package io.sockscope.model.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Assertions shared by the scenario tests. */
public final class Steps {
    private Steps() {
    }

    /** The recording has step notes 1..n, in that order, and nothing else numbered. */
    public static void assertSteps(ScenarioRecording rec, int n) {
        List<Integer> expected = IntStream.rangeClosed(1, n).boxed().collect(Collectors.toList());
        assertEquals(expected, rec.stepNumbers(), "step notes");
        assertEquals(n, rec.captions().size(), "captions used");
    }

    /** Each event appears in the recording, in the given order. */
    public static void assertInOrder(ScenarioRecording rec, Event... events) {
        List<Event> all = rec.events();
        int last = -1;
        for (Event e : events) {
            int at = all.indexOf(e);
            assertTrue(at >= 0, "missing " + e);
            assertTrue(at > last, "out of order: " + e);
            last = at;
        }
    }

    /** The one question asked in step {@code step} (a note carrying a quiz with choices). */
    public static Note questionIn(ScenarioRecording rec, int step) {
        List<Note> questions = rec.inStep(step, Note.class).stream().filter(Note::question).collect(Collectors.toList());
        assertEquals(1, questions.size(), "questions in step " + step);
        Note question = questions.get(0);
        assertTrue(!question.quiz().open(), "a question with choices: " + question);
        return question;
    }

    /** The right choice of {@code question}, in English. */
    public static String rightChoice(Note question) {
        return question.quiz().choices().get(question.quiz().answer());
    }
}
