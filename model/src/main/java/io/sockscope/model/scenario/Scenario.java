package io.sockscope.model.scenario;

/** A scripted sequence of real socket calls, in captioned steps. */
public interface Scenario {

    /** Stable id, e.g. {@code tcp-echo}. */
    String id();

    /** A short title. */
    Caption title();

    /** One paragraph: what the scenario shows and what to look at. */
    Caption description();

    /** Runs the steps against the context's engine. */
    void run(ScenarioContext ctx) throws Exception;
}
