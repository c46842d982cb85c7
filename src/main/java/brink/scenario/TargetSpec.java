package brink.scenario;

import static brink.scenario.Defaults.list;
import static brink.scenario.Defaults.or;

import java.util.List;

/**
 * A pattern of the historical record the scenario should reproduce (pattern-oriented modelling): an outcome of the
 * catalogue, the observed range, the period it was observed in and its source. The per-run value is the outcome; an
 * outcome with {@code {y}} in its name is averaged over {@code years} (first and last, from 1); with {@code share}, the
 * value is the sum of the {@code share} outcomes over the {@code outcome}; with {@code perYear}, a count over the run
 * is divided by the run's years. {@code use} says what the target is for: {@code calibration} (the scenario's parameters
 * were tuned to it, so "inside" is a fit) or {@code check} (not used in tuning: an independent test of the model).
 * {@code against} says what the record is compared with: the model's {@code mean} (a long-run pattern, such as a rate
 * over fifteen years) or its {@code band}, where 90 % of single runs fall (one year of history is one draw, which a mean
 * cannot be expected to match). {@code enabled: false} switches an inherited target off in a variant it does not apply to.
 */
public record TargetSpec(
        @Required String outcome,
        List<Integer> years,
        List<String> share,
        Boolean perYear,
        @Required List<Double> observed,
        @Required String period,
        @Required String source,
        String note,
        Use use,
        Against against,
        Boolean enabled) {

    /** What a target is for. */
    public enum Use {
        @com.fasterxml.jackson.annotation.JsonProperty("calibration") CALIBRATION,
        @com.fasterxml.jackson.annotation.JsonProperty("check") CHECK;

        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What the observed range is compared with. */
    public enum Against {
        @com.fasterxml.jackson.annotation.JsonProperty("mean") MEAN,
        @com.fasterxml.jackson.annotation.JsonProperty("band") BAND;

        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public TargetSpec {
        years = list(years);
        share = list(share);
        perYear = or(perYear, false);
        note = or(note, "");
        use = or(use, Use.CALIBRATION);
        against = or(against, Against.MEAN);
        enabled = or(enabled, true);
    }
}
