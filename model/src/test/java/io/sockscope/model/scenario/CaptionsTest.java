package io.sockscope.model.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Note;
import io.sockscope.model.event.Quiz;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario in the catalog speaks both languages: title, description and every step caption. */
class CaptionsTest {

    static Stream<Scenario> scenarios() {
        return ScenarioCatalog.all().stream();
    }

    @Test
    void idsAreUniqueAndFindable() {
        Set<String> ids = new HashSet<>();
        for (Scenario s : ScenarioCatalog.all()) {
            assertTrue(s.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), "id " + s.id());
            assertTrue(ids.add(s.id()), "duplicate id " + s.id());
            assertEquals(s, ScenarioCatalog.find(s.id()).orElseThrow());
        }
        assertFalse(ids.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void titleAndDescriptionExistInEnglishAndChinese(Scenario scenario) {
        assertBilingual(scenario.id() + " title", scenario.title());
        assertBilingual(scenario.id() + " description", scenario.description());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyStepCaptionExistsInEnglishAndChinese(Scenario scenario) throws Exception {
        ScenarioRecording rec = ScenarioRecording.record(scenario, "zh");
        List<Caption> captions = rec.captions();
        assertFalse(captions.isEmpty(), scenario.id() + " has steps");
        for (int i = 0; i < captions.size(); i++) {
            assertBilingual(scenario.id() + " step " + (i + 1), captions.get(i));
        }
        List<Note> stepNotes = rec.of(Note.class).stream().filter(n -> n.step() > 0).collect(Collectors.toList());
        assertEquals(captions.stream().map(Caption::zh).collect(Collectors.toList()),
                stepNotes.stream().map(n -> n.in("zh")).collect(Collectors.toList()), "step notes carry the Chinese captions");
        assertEquals(captions.stream().map(Caption::en).collect(Collectors.toList()),
                stepNotes.stream().map(n -> n.in("en")).collect(Collectors.toList()), "and the English ones, whatever the run's language");
        stepNotes.forEach(n -> assertEquals(List.of("en", "zh"), n.languages()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyQuestionExistsInEnglishAndChinese(Scenario scenario) throws Exception {
        ScenarioRecording rec = ScenarioRecording.record(scenario, "zh");
        int step = 0;
        for (Note note : rec.of(Note.class)) {
            if (note.step() > 0) {
                step = note.step();
            }
            if (!note.question()) {
                continue;
            }
            String what = scenario.id() + " question in step " + step;
            assertTrue(step > 0, what + ": asked inside a step");
            assertEquals(List.of("en", "zh"), note.languages(), what + ": languages");
            assertBilingual(what, new Caption(note.in("en"), note.in("zh")));
            Quiz quiz = note.quiz();
            assertFalse(quiz.open(), what + ": has choices");
            assertEquals(quiz.choices().size(), quiz.choicesZh().size(), what + ": every choice in Chinese");
            assertTrue(quiz.choices().size() >= 2 && quiz.choices().size() <= 4, what + ": 2 to 4 choices");
            assertTrue(quiz.answer() >= 0 && quiz.answer() < quiz.choices().size(), what + ": answer is a choice");
            assertEquals(quiz.choices().size(), new HashSet<>(quiz.choices()).size(), what + ": choices differ");
            for (int i = 0; i < quiz.choices().size(); i++) {
                assertBilingual(what + " choice " + (i + 1), new Caption(quiz.choices().get(i), quiz.choicesZh().get(i)));
            }
            assertBilingual(what + " why", new Caption(quiz.explain(), quiz.explainZh()));
        }
    }

    private static void assertBilingual(String what, Caption c) {
        assertFalse(c.en().isBlank(), what + ": English is empty");
        assertFalse(c.zh().isBlank(), what + ": Chinese is empty");
        assertNotEquals(c.en(), c.zh(), what + ": Chinese is a copy of the English");
        assertTrue(c.zh().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                what + ": Chinese has no CJK characters: " + c.zh());
        assertTrue(c.en().codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                what + ": English contains CJK characters: " + c.en());
    }
}
