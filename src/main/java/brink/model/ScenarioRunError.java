package brink.model;

/**
 * A run that a valid scenario's numbers drive out of bounds (a budget or stock that overflows, a storm of same-day
 * responses): the scenario's fault, reported to the user with what went wrong and when, never a stack trace.
 */
public final class ScenarioRunError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ScenarioRunError(String message) {
        super(message);
    }
}
