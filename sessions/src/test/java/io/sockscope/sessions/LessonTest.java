package io.sockscope.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.Quiz;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A teacher's captions and questions added, edited and deleted, then saved as a new session. */
class LessonTest {
    @TempDir
    Path dir;

    private static List<Event> session() {
        return List.of(
                new Note(0, 0, "Open a socket", "en", 1, "打开套接字"),
                new Open(1, 10, "s1", Proto.TCP, Family.INET, 7, "server"),
                new Note(2, 15, "Bind and listen", "en", 2, "绑定并监听"),
                new Bind(3, 20, "s1", "127.0.0.1:5000"),
                new Listen(4, 30, "s1", 5));
    }

    @Test
    void anAddedStepCaptionTakesItsPlaceAndTheLaterStepsMoveOn() {
        Lesson l = new Lesson(session());
        long at = l.add(3, new Note(0, 0, "Now it listens", "en", 1, "现在它在监听"));
        assertEquals(4, at);
        List<Event> e = l.events();
        assertEquals(6, e.size());
        for (int i = 0; i < e.size(); i++) {
            assertEquals(i, e.get(i).seq());
        }
        Note added = (Note) e.get(4);
        assertEquals(3, added.step());
        assertEquals(20, added.t()); // the time of the event it follows
        assertEquals(new Listen(5, 30, "s1", 5), e.get(5));
        assertEquals(3, l.steps());
        l.add(0, new Note(0, 0, "before the socket", "en", 1, ""));
        assertEquals(List.of(1, 2, 3, 4), l.events().stream().filter(x -> x instanceof Note n && n.step() > 0)
                .map(x -> ((Note) x).step()).toList());
    }

    @Test
    void deletingAndEditingANoteKeepTheRestAsItWas() {
        Lesson l = new Lesson(session());
        l.add(1, new Note(0, 0, "Where is it bound?", "en", 0, "", Quiz.open("nowhere yet", "还没有")));
        l.replace(2, new Note(0, 0, "Bound to nothing yet?", "en", 0, "还没绑定？", Quiz.open("yes", "是")));
        Note edited = l.noteAt(2);
        assertEquals("Bound to nothing yet?", edited.text());
        assertEquals(10, edited.t());
        assertTrue(edited.question());
        l.remove(2);
        assertEquals(session(), l.events());
        l.remove(0);
        assertEquals(1, l.steps());
        assertEquals(1, ((Note) l.events().get(1)).step());
        assertThrows(IllegalArgumentException.class, () -> l.remove(0)); // an open event, not a note
    }

    @Test
    void saveAsWritesANewFileThatReadsBackAndNeverTheSource() throws Exception {
        Path source = dir.resolve("autosave.sockscope");
        SessionHeader header = SessionHeader.create("lesson", "tcp-echo", "en");
        try (SessionWriter w = SessionWriter.open(source, header, WriterOptions.defaults())) {
            session().forEach(w);
        }
        byte[] before = Files.readAllBytes(source);
        Lesson l = new Lesson(Sessions.readAll(source).events());
        l.add(4, new Note(0, 0, "What does connect get now?", "en", 0, "", Quiz.choices(List.of("accepted", "refused"),
                List.of(), 0, "the backlog queues it", "")));
        IOException same = assertThrows(IOException.class, () -> l.saveAs(source, source, header, WriterOptions.defaults()));
        assertTrue(same.getMessage().contains("is the session being edited"), same.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(source)));
        Path target = dir.resolve("lesson.sockscope");
        l.saveAs(target, source, header, WriterOptions.defaults());
        Session back = Sessions.readAll(target);
        assertEquals(l.events(), back.events());
        assertEquals("tcp-echo", back.header().scenario());
        SessionStats stats = SessionStats.of(target);
        assertEquals(2, stats.steps());
        assertEquals(1, stats.questions());
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }
}
