package org.counterpart.exercise;

/**
 * A scenario, MSEL, answer key, scenario package or exercise store that cannot be used, with a message for the
 * trainer or trainee who meets it. Whatever raised it has changed nothing.
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message);
    }

    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
