package brink.scenario;

import static brink.scenario.Defaults.list;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An experiment file ({@code brink sweep EXPERIMENT.yaml}): the scenario, the fields to vary with their distributions,
 * the outcomes, the design, the samples, the replications and the seed, kept in a file a class can share and rerun.
 */
public record ExperimentSpec(@Required Experiment experiment) {

    public enum Design {
        @JsonProperty("grid") GRID,
        @JsonProperty("lhs") LHS,
        @JsonProperty("sobol") SOBOL,
        @JsonProperty("morris") MORRIS
    }

    public enum Distribution {
        @JsonProperty("uniform") UNIFORM,
        @JsonProperty("log-uniform") LOG_UNIFORM
    }

    /**
     * @param scenario the scenario file, relative to the experiment file
     * @param set      {@code --set} overrides applied to every sample, as PATH=VALUE
     * @param policies for {@code brink robust}: the levers and the values the policies give them (every combination is a
     *                 policy); the parameters are then the uncertainties
     * @param goals    for {@code brink robust}: whether an outcome is better low or high ({@code min} or {@code max})
     * @param satisfy  for {@code brink robust}: thresholds, as {@code any_war<0.05}
     */
    public record Experiment(
            @Required String scenario,
            @Required List<Field> parameters,
            List<String> set,
            List<String> outcomes,
            Design design,
            @Range(min = 1, max = 1_000_000) Integer samples,
            @Range(min = 1, max = 100_000) Integer replications,
            @Range(min = 0, max = 2_147_483_647) Integer seed,
            List<Policy> policies,
            java.util.Map<String, String> goals,
            List<String> satisfy) {
        public Experiment {
            parameters = list(parameters);
            set = list(set);
            outcomes = list(outcomes);
            policies = list(policies);
            goals = Defaults.map(goals);
            satisfy = list(satisfy);
        }
    }

    /** A threshold as written in {@code satisfy:} and {@code --satisfy}: OUTCOME, an operator, a number. */
    public static final java.util.regex.Pattern THRESHOLD =
            java.util.regex.Pattern.compile("\\s*([A-Za-z0-9_+-]+)\\s*(<=|>=|<|>)\\s*(-?[0-9.]+(?:[eE]-?\\d+)?)\\s*");

    /** A policy lever: a field and the values the policies give it, written as in YAML ({@code [0, 2, 6]}). */
    public record Policy(@Required String path, @Required List<String> levels) {
        public Policy {
            levels = list(levels);
        }
    }

    /** A varied field: a range [low, high] with its distribution (default uniform), or a list of levels. */
    public record Field(@Required String path, Double low, Double high, Distribution distribution, List<Double> levels) {
        public Field {
            levels = list(levels);
        }
    }
}
