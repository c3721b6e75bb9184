package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.EventText;
import io.sockscope.app.diagram.layout.text.OwnerNames;
import io.sockscope.app.diagram.layout.Words;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.Register;
import io.sockscope.model.event.Select;
import io.sockscope.model.event.Shutdown;
import io.sockscope.model.event.ShutdownHow;
import io.sockscope.model.event.Wake;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The words the canvas writes itself: the English bundle says what the code says; Chinese leaves no English word. */
class CanvasWordsTest {
    /** An English word of three letters or more that is not a call name or an identifier kept in both languages. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("\\b(?!(?:socket|bind|listen|connect|accept|send|recv|"
            + "sendto|recvfrom|shutdown|close|register|select|SO_[A-Z]+|RST|EOF|main|sel|tcp|udp)\\b)[A-Za-z]{3,}\\b");

    private static Words words(Language lang) {
        ResourceBundle b = I18n.load(lang);
        return new Words(k -> b.containsKey(k) ? b.getString(k) : null);
    }

    private static List<Event> events() {
        List<Event> e = new ArrayList<>();
        e.add(new Listen(1, 1, "s1", 2));
        e.add(new Connect(2, 2, "s2", "127.0.0.1:4000", "127.0.0.1:5000", ConnectState.IN_PROGRESS));
        e.add(new Close(3, 3, "s2", true));
        e.add(new Block(4, 4, "s1", "accept", "main"));
        e.add(new Wake(5, 5, "s1", "accept", "main"));
        e.add(new Register(6, 6, "s1", "sel1", "A"));
        e.add(new Select(7, 7, "sel1", 0, 1, List.of()));
        e.add(new OptionSet(8, 8, "s1", "SO_RCVBUF", "1000", "2304", "4608"));
        e.add(new Shutdown(9, 9, "s2", ShutdownHow.WRITE));
        for (ErrorKind k : ErrorKind.values()) {
            e.add(new Failure(10, 10, "s2", "connect", k, "kernel text"));
        }
        return e;
    }

    @Test
    void englishBundleSaysWhatTheCodeSays() {
        Words en = words(Language.EN);
        for (Event e : events()) {
            assertEquals(EventText.of(e), EventText.of(e, en), e.toString());
        }
    }

    @Test
    void chineseCanvasLabelsKeepCallNamesAndFiguresButNoEnglishWords() {
        Words zh = words(Language.ZH);
        for (Event e : events()) {
            String shown = EventText.of(e, zh);
            assertFalse(ENGLISH_WORD.matcher(shown).find(), "English left in " + shown);
        }
        assertEquals("listen 队列上限 2", EventText.of(new Listen(1, 1, "s1", 2), zh));
        assertEquals("select → 1 个就绪", EventText.of(new Select(7, 7, "sel1", 0, 1, List.of()), zh));
    }

    @Test
    void ownerGroupsAreNamedInTheReadersLanguageKeepingTheirNumbers() {
        Words zh = words(Language.ZH);
        assertEquals("服务端", OwnerNames.show("server", zh));
        assertEquals("客户端-2", OwnerNames.show("client-2", zh));
        assertEquals("客户端 A", OwnerNames.show("client A", zh));
        assertEquals("外部程序: python3 (pid 30842)", OwnerNames.show("external: python3 (pid 30842)", zh));
        assertEquals("Unix 服务端", OwnerNames.show("unix server", zh));
        assertEquals("something else", OwnerNames.show("something else", zh));
        assertEquals("client-2", OwnerNames.show("client-2", Words.ENGLISH));
    }

    @Test
    void bilingualNotesReachTheCanvasInOneLanguageAndOthersAsTheyAre() {
        Note both = new Note(0, 0, "The server listens", "en", 1, "服务器开始监听");
        Note old = new Note(1, 1, "Only English", "en", 2);
        List<Event> zh = NotesInLanguage.of(List.of(both, old), Language.ZH);
        assertEquals("服务器开始监听", ((Note) zh.get(0)).text());
        assertEquals(1, ((Note) zh.get(0)).step());
        assertEquals(old, zh.get(1));
        assertEquals("The server listens", ((Note) NotesInLanguage.of(List.of(both), Language.EN).get(0)).text());
        assertNotEquals(both, zh.get(0));
        assertTrue(NotesInLanguage.of(List.of(old), Language.ZH).contains(old));
    }
}
