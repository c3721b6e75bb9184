package io.sockscope.sessions;

import static io.sockscope.sessions.Files2.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Quiz;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A note's question (format 1.3): written only on questions, read back whole, checked like any field. */
class QuestionNoteTest {
    @TempDir
    Path dir;

    static final Note QUESTION = new Note(0, 5, "What will this recv return?", "en", 0, "这次 recv 会返回什么？",
            Quiz.choices(List.of("8 bytes", "4 bytes", "0"), List.of("8 字节", "4 字节", "0"), 1,
                    "the kernel had 4 bytes", "内核里只有 4 字节"));

    @Test
    void aQuestionReadsBackEqualAndACaptionHasNoQuestionField() throws Exception {
        Note caption = new Note(1, 6, "Step one", "en", 1, "第一步");
        Note open = new Note(2, 7, "Why?", "en", 0, "", Quiz.open("Nagle", ""));
        Path file = dir.resolve("q.sockscope");
        try (SessionWriter w = SessionWriter.open(file, SessionHeader.create("q", "", "en"), WriterOptions.defaults())) {
            w.accept(QUESTION);
            w.accept(caption);
            w.accept(open);
        }
        List<Event> back = Sessions.readAll(file).events();
        assertEquals(List.of(QUESTION, caption, open), back);
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(1).contains("\"question\":{\"choices\":[\"8 bytes\",\"4 bytes\",\"0\"]"), lines.get(1));
        assertFalse(lines.get(2).contains("question"), lines.get(2));
        assertTrue(lines.get(0).contains("\"minor\":" + SessionHeader.MINOR), lines.get(0));
    }

    @Test
    void aNoteWithoutTheFieldIsACaptionInAnyVersion() throws Exception {
        Path file = Files2.lines(dir.resolve("c.sockscope"), HEADER.replace("\"version\":1,", "\"version\":1,\"minor\":3,"),
                "{\"seq\":0,\"t\":0,\"type\":\"note\",\"text\":\"hi\",\"lang\":\"en\",\"step\":1,\"zh\":\"\"}");
        Note n = (Note) Sessions.readAll(file).events().get(0);
        assertNull(n.quiz());
        assertFalse(n.question());
    }

    @Test
    void anAnswerThatIsNotAChoiceIsABadLine() throws Exception {
        Path file = Files2.lines(dir.resolve("bad.sockscope"), HEADER,
                "{\"seq\":0,\"t\":0,\"type\":\"note\",\"text\":\"?\",\"lang\":\"en\",\"step\":0,\"zh\":\"\","
                        + "\"question\":{\"choices\":[\"a\",\"b\"],\"choicesZh\":[],\"answer\":2,\"explain\":\"\",\"explainZh\":\"\"}}");
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> Sessions.readAll(file));
        assertEquals("note event: field \"question\": answer 2 is not one of the 2 choices", e.reason());
    }

    @Test
    void aQuestionShownInChineseCarriesItsChineseChoices() {
        Note zh = QUESTION.inLanguage("zh");
        assertEquals("这次 recv 会返回什么？", zh.text());
        assertEquals(List.of("8 字节", "4 字节", "0"), zh.quiz().choices());
        assertEquals("4 字节", zh.quiz().answerIn("zh"));
        assertEquals("内核里只有 4 字节", zh.quiz().explainIn("zh"));
    }
}
