package io.sockscope.app.cli;

import io.sockscope.model.scenario.Scenario;
import io.sockscope.model.scenario.ScenarioCatalog;

/** Looks a scenario up by id, or fails with the message users see. */
final class Scenarios {
    private Scenarios() {
    }

    static Scenario require(String id) {
        return ScenarioCatalog.find(id).orElseThrow(() ->
                new BadInputException("unknown scenario '" + id + "' (try: sockscope scenarios)"));
    }
}
