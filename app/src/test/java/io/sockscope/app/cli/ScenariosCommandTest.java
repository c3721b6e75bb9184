package io.sockscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.scenario.Scenario;
import io.sockscope.model.scenario.ScenarioCatalog;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScenariosCommandTest {

    @Test
    void listsEveryCatalogScenarioAsIdTabEnglishTitle() {
        CliRun run = CliRun.of("scenarios");
        assertEquals(0, run.code(), run.err());
        List<String> expected = ScenarioCatalog.all().stream()
                .map(s -> s.id() + "\t" + s.title().en()).collect(Collectors.toList());
        assertEquals(expected, run.outLines());
        assertTrue(run.outLines().contains("tcp-echo\t" + ScenarioCatalog.find("tcp-echo").orElseThrow().title().en()));
    }

    @Test
    void chineseTitlesWithLangZh() {
        CliRun run = CliRun.of("scenarios", "--lang", "zh");
        assertEquals(0, run.code(), run.err());
        List<String> expected = ScenarioCatalog.all().stream()
                .map(s -> s.id() + "\t" + s.title().zh()).collect(Collectors.toList());
        assertEquals(expected, run.outLines());
    }

    @Test
    void longAddsEachDescriptionUnderItsTitle() {
        CliRun run = CliRun.of("scenarios", "--long");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.outLines();
        assertEquals(2 * ScenarioCatalog.all().size(), lines.size());
        for (int i = 0; i < ScenarioCatalog.all().size(); i++) {
            Scenario s = ScenarioCatalog.all().get(i);
            assertEquals(s.id() + "\t" + s.title().en(), lines.get(2 * i));
            assertTrue(lines.get(2 * i + 1).startsWith("    ") && lines.get(2 * i + 1).contains(s.description().en()));
        }
    }
}
