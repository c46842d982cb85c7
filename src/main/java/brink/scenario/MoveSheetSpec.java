package brink.scenario;

import static brink.scenario.Defaults.map;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A team's move sheet for one turn of a seminar wargame ({@code brink wargame}): how many times each of its
 * discretionary events happens this turn (or on which days), and its policy moves, which take effect on the turn's
 * first day. Read through the scenario files' door, so a mistake gets its file, line and field.
 */
public record MoveSheetSpec(
        @Required String team,
        @Required @Range(min = 1, max = 10_000) Integer turn,
        Map<String, Integer> events,
        Map<String, List<LocalDate>> days,
        Actions actions) {

    public MoveSheetSpec {
        events = map(events);
        days = map(days);
        actions = actions == null ? new Actions(null, null, null, null, null, null) : actions;
    }

    /**
     * @param production  factor on the production of each domain (1 = no change)
     * @param commitment  factor on the share of the actor's forces kept in the theatre (1 = no change)
     * @param budgetSplit the budget split to move towards (empty = keep)
     * @param transfers   factor on each of the actor's outgoing transfers (1 = no change, 0 = stop)
     * @param budget      factor on the actor's defence budget, at once (1 = no change)
     * @param exercises   intensity of each exercise the actor takes part in, from this turn on (1 = in full, 0.5 = scaled
     *                    down, 0 = not held; absent = as it stands)
     */
    public record Actions(
            Map<String, Double> production,
            @Range(min = 0, max = 4) Double commitment,
            Map<String, Double> budgetSplit,
            Map<String, Double> transfers,
            @Range(min = 0.5, max = 1.5) Double budget,
            Map<String, Double> exercises) {
        public Actions {
            production = map(production);
            commitment = commitment == null ? 1.0 : commitment;
            budgetSplit = map(budgetSplit);
            transfers = map(transfers);
            budget = budget == null ? 1.0 : budget;
            exercises = map(exercises);
        }
    }
}
