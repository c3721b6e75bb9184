package io.sockscope.model.scenario;

/** A scenario could not run to its end; the message names the scenario and step. */
public class ScenarioException extends Exception {
    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
