package io.sockscope.model.scenario.data;

import io.sockscope.model.scenario.Scenario;
import java.util.List;

/** Scenarios about data: byte streams, buffers, framing, datagrams, Unix sockets. */
public final class DataScenarios {
    private DataScenarios() {
    }

    public static List<Scenario> all() {
        return List.of();
    }
}
