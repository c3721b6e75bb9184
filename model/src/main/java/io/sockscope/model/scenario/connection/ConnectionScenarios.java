package io.sockscope.model.scenario.connection;

import io.sockscope.model.scenario.Scenario;
import java.util.List;

/** Scenarios about connections: their lifecycle, servers, blocking, select, ends. */
public final class ConnectionScenarios {
    private ConnectionScenarios() {
    }

    public static List<Scenario> all() {
        return List.of();
    }
}
