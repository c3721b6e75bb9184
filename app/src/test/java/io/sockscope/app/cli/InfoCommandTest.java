package io.sockscope.app.cli;

import static io.sockscope.app.cli.CliAssertions.assertBadInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sockscope.sessions.SessionStats;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InfoCommandTest {
    @TempDir
    Path dir;

    @Test
    void textSummaryNamesCountsSocketsAndDuration() throws Exception {
        Path file = SampleSessions.write(dir.resolve("s.sockscope"), false);
        CliRun run = CliRun.of("info", file.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().isEmpty());
        List<String> lines = run.outLines();
        assertTrue(lines.contains("format:    sockscope-session version " + io.sockscope.sessions.SessionHeader.VERSION + "." + io.sockscope.sessions.SessionHeader.MINOR), run.out());
        assertTrue(lines.contains("events:    9"), run.out());
        assertTrue(lines.contains("by type:   open 3, bind 1, listen 1, connect 1, accept 1, send 1, note 1"), run.out());
        assertTrue(lines.contains("sockets:   3 (s1, s2, s3)"), run.out());
        assertTrue(lines.contains("duration:  8.000 ms"), run.out());
        assertTrue(lines.contains("dropped:   nothing"), run.out());
        assertTrue(lines.contains("skipped:   nothing"), run.out());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void jsonHasRequiredFieldsAndAgreesWithSessionStats(boolean gzip) throws Exception {
        Path file = SampleSessions.write(dir.resolve("s.sockscope"), gzip);
        CliRun run = CliRun.of("info", file.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        assertEquals(1, run.outLines().size(), "one JSON object on one line");
        JsonNode json = new ObjectMapper().readTree(run.out());
        SessionStats stats = SessionStats.of(file);
        assertEquals("sockscope-session", json.get("format").asText());
        assertEquals(io.sockscope.sessions.SessionHeader.VERSION, json.get("version").asInt());
        assertEquals(io.sockscope.sessions.SessionHeader.MINOR, json.get("minor").asInt());
        assertEquals(stats.events(), json.get("events").asLong());
        assertEquals(stats.sockets(), json.get("sockets").asInt());
        assertEquals(List.of("s1", "s2", "s3"), new ObjectMapper().convertValue(json.get("socketIds"), List.class));
        assertEquals(stats.durationNs(), json.get("durationNs").asLong());
        assertEquals(8_000_000L, json.get("durationNs").asLong());
        assertTrue(json.get("droppedTail").isNull());
        Map<?, ?> byType = new ObjectMapper().convertValue(json.get("byType"), Map.class);
        assertEquals(7, byType.size());
        stats.counts().forEach((type, n) -> assertEquals(n.intValue(), byType.get(type.wireName()), type.wireName()));
    }

    @Test
    void namesTheLanguagesTheCaptionsAreWrittenIn() throws Exception {
        Path sample = Path.of(System.getProperty("sockscope.samples", "../resources/sessions")).resolve("tcp-echo.sockscope");
        CliRun run = CliRun.of("info", sample.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.outLines().contains("captions:  en, zh"), run.out());
        CliRun json = CliRun.of("info", sample.toString(), "--json");
        assertEquals("[\"en\",\"zh\"]", new ObjectMapper().readTree(json.out()).get("captionLanguages").toString());
        Path old = SampleSessions.write(dir.resolve("one.sockscope"), false);
        CliRun one = CliRun.of("info", old.toString());
        assertTrue(one.outLines().stream().anyMatch(l -> l.startsWith("captions:  ") && !l.contains("zh")), one.out());
    }

    @Test
    void countsTheStepsAndQuestionsAReplayWalksThrough() throws Exception {
        Path sample = Path.of(System.getProperty("sockscope.samples", "../resources/sessions")).resolve("tcp-echo.sockscope");
        java.util.List<io.sockscope.model.event.Event> events = io.sockscope.sessions.Sessions.readAll(sample).events();
        long steps = events.stream().filter(e -> e instanceof io.sockscope.model.event.Note n && n.step() > 0).count();
        long questions = events.stream().filter(e -> e instanceof io.sockscope.model.event.Note n && n.question()).count();
        CliRun run = CliRun.of("info", sample.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(steps > 3, "tcp-echo has captions");
        assertTrue(run.outLines().contains("steps:     " + steps + (questions == 0 ? "" : " (questions: " + questions + ")")), run.out());
        var json = new ObjectMapper().readTree(CliRun.of("info", sample.toString(), "--json").out());
        assertEquals(steps, json.get("steps").asLong());
        assertEquals(questions, json.get("questions").asLong());
    }

    @Test
    void cutOffLastLineIsReportedAsDroppedTail() throws Exception {
        Path file = SampleSessions.write(dir.resolve("s.sockscope"), false);
        Files.writeString(file, "{\"seq\":9,\"t\":9000000,\"type\":\"no", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        CliRun run = CliRun.of("info", file.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(9, json.get("events").asInt());
        assertEquals(11, json.get("droppedTail").get("line").asInt());
    }

    @Test
    void missingFileIsBadInputNamingIt() {
        Path missing = dir.resolve("missing.sockscope");
        CliRun run = CliRun.of("info", missing.toString());
        assertBadInput(run);
        assertTrue(run.err().startsWith("sockscope: " + missing), run.err());
    }

    @Test
    void atSignFileNameIsSessionNotArgumentFile() throws Exception {
        Path argsFile = Files.writeString(dir.resolve("args"), "--version\n");
        CliRun run = CliRun.of("info", "@" + argsFile);
        assertBadInput(run);
        assertTrue(run.err().startsWith("sockscope: @" + argsFile + ": no such file"), run.err());
    }

    @Test
    void directoryIsBadInput() {
        assertBadInput(CliRun.of("info", dir.toString()));
    }

    @Test
    void emptyFileIsBadInput() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.sockscope"));
        assertBadInput(CliRun.of("info", empty.toString()));
    }

    @Test
    void binaryGarbageIsBadInputOnLineOne() throws Exception {
        byte[] garbage = new byte[4096];
        new java.util.Random(42).nextBytes(garbage);
        garbage[0] = 0; // not the gzip magic
        Path file = Files.write(dir.resolve("garbage.sockscope"), garbage);
        CliRun run = CliRun.of("info", file.toString());
        assertBadInput(run);
        assertTrue(run.err().startsWith("sockscope: " + file), run.err());
    }

    @Test
    void truncatedGzipIsBadInput() throws Exception {
        Path cut = SampleSessions.truncatedGzip(dir);
        CliRun run = CliRun.of("info", cut.toString());
        assertBadInput(run);
        assertTrue(run.err().startsWith("sockscope: " + cut), run.err());
    }

    @Test
    void fileFromFutureVersionIsBadInputOnLineOne() throws Exception {
        Path file = Files.writeString(dir.resolve("future.sockscope"), SampleSessions.headerLine(99) + "\n");
        CliRun run = CliRun.of("info", file.toString());
        assertBadInput(run);
        assertTrue(run.err().startsWith("sockscope: " + file + ":1: "), run.err());
        assertTrue(run.err().contains("99"), run.err());
    }

    @Test
    void wrongTypeOnLineTwoNamesLineTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("badtype.sockscope"), SampleSessions.headerLine(1) + "\n"
                + "{\"seq\":0,\"t\":0,\"type\":\"tele port\",\"socket\":\"s1\"}\n"
                + "{\"seq\":1,\"t\":5,\"type\":\"close\",\"socket\":\"s1\",\"abortive\":false}\n");
        CliRun run = CliRun.of("info", file.toString(), "--json");
        assertBadInput(run);
        assertTrue(run.err().startsWith("sockscope: " + file + ":2: "), run.err());
    }

    /** The issue's case: a file from a newer 1.x build with an unknown event type and an unknown field. */
    private Path newerFile() throws Exception {
        return Files.writeString(dir.resolve("newer.sockscope"),
                "{\"format\":\"sockscope-session\",\"version\":1,\"minor\":9,\"app\":\"9.0\",\"os\":\"Linux\","
                + "\"kernel\":\"6\",\"created\":\"2026-12-01T08:00:00Z\",\"title\":\"t\",\"scenario\":\"\",\"lang\":\"en\"}\n"
                + "{\"seq\":0,\"t\":0,\"type\":\"open\",\"socket\":\"s1\",\"proto\":\"tcp\",\"family\":\"inet\",\"fd\":7,"
                + "\"owner\":\"\",\"pid\":99,\"program\":\"nc\",\"uid\":1000}\n"
                + "{\"seq\":1,\"t\":5,\"type\":\"tcpstate\",\"socket\":\"s1\",\"state\":\"listen\"}\n"
                + "{\"seq\":2,\"t\":9,\"type\":\"close\",\"socket\":\"s1\",\"abortive\":false}\n", StandardCharsets.UTF_8);
    }

    @Test
    void unknownEventTypeAndFieldAreSkippedAndCountedInText() throws Exception {
        CliRun run = CliRun.of("info", newerFile().toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.outLines();
        assertTrue(lines.contains("format:    sockscope-session version 1.9 (newer than the 1." + io.sockscope.sessions.SessionHeader.LAST_MINOR_OF_1
                + " this Sockscope knows: what it does not know is skipped)"), run.out());
        assertTrue(lines.contains("events:    2"), run.out());
        assertTrue(lines.contains("skipped:   1 event of unknown types (tcpstate 1); 1 unknown field (open.uid 1)"), run.out());
    }

    @Test
    void newerMinorOfThisMajorVersionIsNamedBesideTheOneThisBuildKnows() throws Exception {
        Path file = SampleSessions.write(dir.resolve("s.sockscope"), false);
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("\"version\":2,\"minor\":0,", "\"version\":2,\"minor\":3,"));
        CliRun run = CliRun.of("info", file.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.outLines().contains("format:    sockscope-session version 2.3 (newer than the 2.0 this Sockscope knows: "
                + "what it does not know is skipped)"), run.out());
        assertTrue(run.outLines().contains("events:    9"), run.out());
    }

    @Test
    void unknownEventTypeAndFieldAreSkippedAndCountedInJson() throws Exception {
        CliRun run = CliRun.of("info", newerFile().toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(9, json.get("minor").asInt());
        assertEquals(2, json.get("events").asInt());
        JsonNode skipped = json.get("skipped");
        assertEquals(1, skipped.get("events").asInt());
        assertEquals(1, skipped.get("eventTypes").get("tcpstate").asInt());
        assertEquals(1, skipped.get("fields").asInt());
        assertEquals(1, skipped.get("fieldNames").get("open.uid").asInt());
    }
}
