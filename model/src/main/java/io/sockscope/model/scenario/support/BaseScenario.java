package io.sockscope.model.scenario.support;

import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.Scenario;
import java.util.Objects;

/** A scenario's fixed parts: its id, title and description. */
public abstract class BaseScenario implements Scenario {
    private final String id;
    private final Caption title;
    private final Caption description;

    protected BaseScenario(String id, Caption title, Caption description) {
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
