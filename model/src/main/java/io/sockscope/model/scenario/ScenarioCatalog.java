package io.sockscope.model.scenario;

import io.sockscope.model.scenario.connection.ConnectionScenarios;
import io.sockscope.model.scenario.data.DataScenarios;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Every scenario Sockscope ships, in teaching order. */
public final class ScenarioCatalog {
    private static final List<Scenario> ALL;

    static {
        List<Scenario> all = new ArrayList<>(ConnectionScenarios.all());
        all.addAll(DataScenarios.all());
        ALL = Collections.unmodifiableList(all);
    }

    private ScenarioCatalog() {
    }

    public static List<Scenario> all() {
        return ALL;
    }

    public static Optional<Scenario> find(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
