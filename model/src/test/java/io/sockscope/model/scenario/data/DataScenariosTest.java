package io.sockscope.model.scenario.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Block;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.SendTo;
import io.sockscope.model.event.Wake;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.Scenario;
import io.sockscope.model.scenario.ScenarioCatalog;
import io.sockscope.model.scenario.ScenarioRecording;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DataScenariosTest {
    private static final List<String> IDS = List.of("partial-send", "byte-stream", "framing-fixed",
            "framing-delimited", "framing-length-prefix", "framing-close", "udp-echo", "udp-boundaries",
            "udp-overflow", "unix-stream");

    @Test
    void listsTheTenDataScenariosInTeachingOrder() {
        assertEquals(IDS, DataScenarios.all().stream().map(Scenario::id).collect(Collectors.toList()));
        IDS.forEach(id -> assertTrue(ScenarioCatalog.find(id).isPresent(), id));
    }

    @Test
    void everyTitleAndDescriptionHasBothLanguages() {
        for (Scenario s : DataScenarios.all()) {
            for (Caption c : List.of(s.title(), s.description())) {
                assertFalse(c.en().isBlank(), s.id());
                assertFalse(c.zh().isBlank(), s.id());
                assertTrue(c.zh().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                        == Character.UnicodeScript.HAN), s.id() + ": Chinese text expected");
            }
        }
    }

    static Stream<Scenario> scenarios() {
        return DataScenarios.all().stream();
    }

    /** Two runs show the same calls with the same outcomes and the same captions; only timing-driven events differ. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twoRunsShowTheSameCallsAndOutcomes(Scenario scenario) throws Exception {
        ScenarioRecording first = ScenarioRecording.record(scenario, "zh");
        ScenarioRecording second = ScenarioRecording.record(scenario, "zh");
        assertEquals(first.captions(), second.captions());
        first.captions().forEach(DataScenariosTest::assertShortAndBilingual);
        List<String> shape = shape(first);
        assertTrue(shape.size() > 5, "too few calls: " + shape);
        assertEquals(shape, shape(second));
    }

    /** A step caption is one or two short sentences, in English and in Chinese. */
    private static void assertShortAndBilingual(Caption c) {
        assertTrue(c.en().length() <= 200, "long caption: " + c.en());
        assertTrue(c.zh().length() <= 100, "long caption: " + c.zh());
        assertTrue(c.zh().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                "not Chinese: " + c.zh());
    }

    /** Each call's type, socket and outcome; queue samples, blocking marks and notes left out. */
    private static List<String> shape(ScenarioRecording rec) {
        return rec.events().stream()
                .filter(e -> !(e instanceof Queues || e instanceof io.sockscope.model.event.StateChange || e instanceof Block || e instanceof Wake
                        || e.type().wireName().equals("note")))
                .map(DataScenariosTest::outcome)
                .collect(Collectors.toList());
    }

    private static String outcome(Event e) {
        String head = e.type().wireName() + " " + e.socket();
        if (e instanceof Send s) {
            return head + " " + s.requested() + "/" + s.done();
        } else if (e instanceof Recv r) {
            return head + " " + r.requested() + "/" + r.done();
        } else if (e instanceof SendTo s) {
            return head + " " + s.requested() + "/" + s.done();
        } else if (e instanceof RecvFrom r) {
            return head + " " + r.requested() + "/" + r.done();
        } else if (e instanceof Failure f) {
            return head + " " + f.call() + " " + f.kind();
        }
        return head;
    }
}
