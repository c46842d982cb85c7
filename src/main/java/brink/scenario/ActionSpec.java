package brink.scenario;

import static brink.scenario.Defaults.map;
import static brink.scenario.Defaults.or;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Map;

/**
 * A change to a lever of the model, on a {@code date} or when a trigger fires: a leader's production push,
 * a budget re-split, a drawdown, the end of a war elsewhere.
 */
public record ActionSpec(
        @Required Type type,
        String actor,
        String domain,
        String commodity,
        String sink,
        String transfer,
        String period,
        String event,
        Double factor,
        Double value,
        Map<String, Double> split,
        LocalDate date,
        String detail,
        Boolean enabled) {

    public ActionSpec {
        split = map(split);
        detail = or(detail, "");
        enabled = or(enabled, true);
    }

    public enum Type {
        /** multiply production of {@code actor}'s {@code domain} (all domains if absent), or of a {@code commodity}. */
        @JsonProperty("production") PRODUCTION,
        /** add {@code value} per year to the growth of new-unit quality. */
        @JsonProperty("qualityGrowth") QUALITY_GROWTH,
        /** multiply the theatre share of {@code actor}'s forces by {@code factor} (redeployed gradually). */
        @JsonProperty("commitment") COMMITMENT,
        /** multiply the budget by {@code factor} at once. */
        @JsonProperty("budget") BUDGET,
        /** set the budget split the actor moves towards to {@code split}. */
        @JsonProperty("budgetSplit") BUDGET_SPLIT,
        /** multiply the Richardson reaction coefficient by {@code factor}. */
        @JsonProperty("reaction") REACTION,
        /** multiply a sink's rate by {@code factor} (0 ends a war elsewhere). */
        @JsonProperty("sink") SINK,
        /** multiply a transfer's rate by {@code factor} (0 stops it). */
        @JsonProperty("transfer") TRANSFER,
        /** set the actor's resolve to {@code value}. */
        @JsonProperty("resolve") RESOLVE,
        /**
         * set the intensity of a calendar {@code period} (an exercise) to {@code value} for its occurrences that begin on
         * or after the date: 0 cancels them, 0.5 scales them down, 1 holds them in full, up to 2.
         */
        @JsonProperty("exercise") EXERCISE,
        /** set the yearly {@code rate} of the {@code event} to {@code value}, from the date (or the trigger) on. */
        @JsonProperty("rate") RATE
    }
}
