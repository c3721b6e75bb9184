package io.sockscope.app.ui;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.engine.Engines;
import io.sockscope.model.scenario.Scenario;
import io.sockscope.model.scenario.ScenarioCatalog;
import io.sockscope.model.scenario.ScenarioRunner;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionWriter;
import io.sockscope.sessions.WriterOptions;
import java.nio.file.Path;
import java.time.Duration;

/** Records a real scenario on loopback sockets into a session file, as {@code sockscope record} does. */
final class Recordings {
    private Recordings() {
    }

    /** Runs scenario {@code id} on a fresh engine with step captions in {@code lang}, writing {@code file}. */
    static Path record(String id, String lang, Path file) throws Exception {
        Scenario scenario = ScenarioCatalog.find(id).orElseThrow(() -> new IllegalArgumentException("no scenario " + id));
        SessionHeader header = SessionHeader.create(scenario.title().in(lang), id, lang);
        try (SessionWriter writer = SessionWriter.open(file, header, WriterOptions.defaults())) {
            Engine engine = Engines.start(EngineConfig.defaults());
            try {
                engine.subscribe(writer);
                new ScenarioRunner(engine, lang, ScenarioRunner.Pacer.NONE, Duration.ofSeconds(10)).run(scenario);
            } finally {
                engine.close(); // delivers the last events before returning
            }
        }
        return file;
    }
}
