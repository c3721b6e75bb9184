package io.sockscope.model.scenario.data;

import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.Scenario;
import java.util.Objects;

/** A data scenario's fixed parts: its id, title and description. */
abstract class DataScenario implements Scenario {
    private final String id;
    private final Caption title;
    private final Caption description;

    DataScenario(String id, Caption title, Caption description) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Caption title() {
        return title;
    }

    @Override
    public final Caption description() {
        return description;
    }

    @Override
    public String toString() {
        return id;
    }
}
