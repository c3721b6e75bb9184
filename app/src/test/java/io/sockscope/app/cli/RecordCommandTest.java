package io.sockscope.app.cli;

import static io.sockscope.app.cli.CliAssertions.assertBadInput;
import static io.sockscope.app.cli.CliAssertions.assertOneErrorLine;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Note;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.Scenario;
import io.sockscope.model.scenario.ScenarioCatalog;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.sessions.Session;
import io.sockscope.sessions.SessionStats;
import io.sockscope.sessions.Sessions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class RecordCommandTest {
    @TempDir
    Path dir;

    @Test
    void recordTcpEchoThenInfoReportsWhatWasRecorded() throws Exception {
        Path file = dir.resolve("echo.sockscope");
        CliRun rec = CliRun.of("record", "tcp-echo", "-o", file.toString());
        assertEquals(0, rec.code(), rec.err());
        assertTrue(rec.err().isEmpty(), rec.err());
        Session session = Sessions.readAll(file);
        long n = session.events().size();
        assertEquals(List.of("recorded " + n + " events of tcp-echo to " + file), rec.outLines());

        CliRun info = CliRun.of("info", file.toString(), "--json");
        assertEquals(0, info.code(), info.err());
        JsonNode json = new ObjectMapper().readTree(info.out());
        assertEquals(n, json.get("events").asLong());
        assertEquals("tcp-echo", json.get("scenario").asText());
        assertEquals("en", json.get("lang").asText());
        assertEquals(ScenarioCatalog.find("tcp-echo").orElseThrow().title().en(), json.get("title").asText());
        assertEquals(1, json.get("byType").get("accept").asInt(), "one server socket accepted one client");
        assertEquals(1, json.get("byType").get("listen").asInt());
        SessionStats stats = SessionStats.of(file);
        for (EventType type : EventType.values()) {
            JsonNode count = json.get("byType").get(type.wireName());
            assertEquals(stats.count(type), count == null ? 0 : count.asLong(), type.wireName());
        }
        assertEquals(3, json.get("sockets").asInt(), "listener, client and the accepted child");
        assertTrue(json.get("durationNs").asLong() > 0);
    }

    @Test
    void chineseGzipRecordingHasChineseCaptionsAndGzipMagic() throws Exception {
        Path file = dir.resolve("echo-zh.sockscope.gz");
        CliRun rec = CliRun.of("record", "tcp-echo", "-o", file.toString(), "--lang", "zh", "--gzip");
        assertEquals(0, rec.code(), rec.err());
        try (InputStream in = Files.newInputStream(file)) {
            assertArrayEquals(new byte[] {(byte) 0x1f, (byte) 0x8b}, in.readNBytes(2));
        }
        Session session = Sessions.readAll(file);
        assertEquals("zh", session.header().lang());
        assertEquals(ScenarioCatalog.find("tcp-echo").orElseThrow().title().zh(), session.header().title());
        Note firstStep = session.events().stream().filter(e -> e instanceof Note).map(e -> (Note) e)
                .findFirst().orElseThrow();
        assertTrue(firstStep.bilingual(), "a recorded caption carries both languages");
        assertTrue(firstStep.in("zh").codePoints().anyMatch(c -> c >= 0x4e00), firstStep.in("zh"));
    }

    @Test
    void unknownScenarioIsBadInputAndWritesNothing() {
        Path file = dir.resolve("x.sockscope");
        CliRun run = CliRun.of("record", "no-such", "-o", file.toString());
        assertBadInput(run);
        assertEquals("sockscope: unknown scenario 'no-such' (try: sockscope scenarios)", run.errLines().get(0));
        assertFalse(Files.exists(file));
    }

    @Test
    void outputInMissingDirectoryIsBadInput() {
        Path file = dir.resolve("no").resolve("such").resolve("x.sockscope");
        CliRun run = CliRun.of("record", "tcp-echo", "-o", file.toString());
        assertBadInput(run);
        assertTrue(run.err().contains("does not exist"), run.err());
    }

    @Test
    void outputThatIsDirectoryIsBadInput() {
        assertBadInput(CliRun.of("record", "tcp-echo", "-o", dir.toString()));
    }

    @Test
    void negativePayloadCapIsBadInput() {
        assertBadInput(CliRun.of("record", "tcp-echo", "-o", dir.resolve("x").toString(), "--payload-cap", "-1"));
    }

    @Test
    void scenarioFailingAtRunTimeExitsOneAndKeepsEventsSoFar() throws Exception {
        Scenario broken = new Scenario() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public Caption title() {
                return new Caption("Broken", "坏的");
            }

            @Override
            public Caption description() {
                return new Caption("Fails in its second step.", "第二步失败。");
            }

            @Override
            public void run(ScenarioContext ctx) {
                ctx.step(new Caption("Open a socket", "打开套接字"));
                ctx.await(ctx.engine().probe(ctx.engine().openTcp(Family.INET, "client")));
                ctx.step(new Caption("Fail", "失败"));
                throw new IllegalStateException("the peer never answered");
            }
        };
        Path file = dir.resolve("broken.sockscope");
        CliRun run = CliRun.with(List.of(broken), "record", "broken", "-o", file.toString());
        assertEquals(Cli.FAILED, run.code(), run.err());
        assertOneErrorLine(run);
        assertTrue(run.err().startsWith("sockscope: scenario failed: broken: step 2: the peer never answered"), run.err());
        Session kept = Sessions.readAll(file);
        assertTrue(kept.events().stream().anyMatch(e -> e.type() == EventType.OPEN), "the open before the failure");
        assertEquals(2, kept.events().stream().filter(e -> e instanceof Note n && n.step() > 0).count());
    }
}
