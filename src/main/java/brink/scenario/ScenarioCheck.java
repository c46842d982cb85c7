package brink.scenario;

import java.util.List;

/**
 * A check of a loaded scenario that needs more than the format knows: the outcome names a target uses belong to the
 * outcome catalogue, which the layer above (experiment) declares. Such checks register themselves as services
 * ({@code META-INF/services/brink.scenario.ScenarioCheck}) and {@link ScenarioLoader} runs them at its one door, so
 * that the command line, the GUI, {@code brink list}, the Java API and the fuzzer all meet the same checks, while this
 * package still depends on nothing above it.
 */
public interface ScenarioCheck {
    /** The scenario's problems, each located in its file; empty when it passes. */
    List<Problem> problems(Scenario scenario);
}
