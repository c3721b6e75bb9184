package io.sockscope.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Event;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 22 sample sessions as Sockscope wrote them before the format had a minor version (1.0),
 * kept unchanged for ever: every later build must open each of them and read the same content.
 * {@code expected.txt} beside them was computed from their JSON by a separate script.
 */
class Version1SamplesTest {
    private static final Path DIR = resource("format-1.0");

    @TempDir
    Path tmp;

    record Expected(String file, String scenario, String lang, long events, String byType, List<String> sockets,
                    long durationNs) {
    }

    static Stream<Expected> samples() throws IOException {
        return Files.readAllLines(DIR.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#"))
                .map(l -> l.split("\\|", -1))
                .map(c -> new Expected(c[0], c[1], c[2], Long.parseLong(c[3]), c[4], List.of(c[5].split(" ")),
                        Long.parseLong(c[6])));
    }

    @Test
    void all22ScenarioSamplesAreKept() throws IOException {
        assertEquals(22, samples().count());
        try (Stream<Path> files = Files.list(DIR)) {
            assertEquals(22, files.filter(f -> f.toString().endsWith(".sockscope")).count());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void version1SampleOpensWithItsRecordedContent(Expected x) throws Exception {
        Path file = DIR.resolve(x.file());
        SessionStats stats = SessionStats.of(file);
        assertEquals(1, stats.header().version());
        assertEquals(0, stats.header().minor(), "these files predate the minor field");
        assertEquals(x.scenario(), stats.header().scenario());
        assertEquals(x.lang(), stats.header().lang());
        assertEquals(x.events(), stats.events());
        Map<String, Long> byType = new TreeMap<>();
        stats.counts().forEach((t, n) -> byType.put(t.wireName(), n));
        assertEquals(x.byType(), byType.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")));
        assertEquals(x.sockets(), stats.socketIds());
        assertEquals(x.durationNs(), stats.durationNs());
        assertTrue(stats.skipped().isEmpty(), "a 1.0 file has nothing this build does not know: " + stats.skipped());
        assertTrue(stats.droppedTail().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void version1SampleRewrittenByThisBuildReadsBackEqual(Expected x) throws Exception {
        Session old = Sessions.readAll(DIR.resolve(x.file()));
        Path again = tmp.resolve(x.file());
        try (SessionWriter w = SessionWriter.open(again, old.header(), new WriterOptions(Integer.MAX_VALUE, false))) {
            for (Event e : old.events()) {
                w.accept(e);
            }
        }
        Session now = Sessions.readAll(again);
        assertEquals(old.events(), now.events());
        assertEquals(old.header().title(), now.header().title());
    }

    private static Path resource(String name) {
        try {
            return Path.of(Version1SamplesTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
