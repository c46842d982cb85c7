package brink.wargame;

import brink.scenario.ActorSpec;
import brink.scenario.EventSpec;
import brink.scenario.ScenarioSpec;
import brink.scenario.TransferSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a team may do in a turn, derived from the scenario: the events its actor decides on (its discretionary events:
 * tests, shows of force, incidents, talks, statements; responses to other events stay the model's reflexes), the
 * exercises it takes part in (held in full, scaled down or not held), and its policy moves (production pushes per
 * domain, its theatre commitment, its budget and budget split, the rates of the transfers it sends). Limits: up to one
 * ordered event per day of the turn; factors from 0 to 4; the budget from x0.5 to x1.5; an exercise's intensity 0 to 2.
 */
public record Menu(String actor, List<String> events, List<String> domains, List<String> transfers, List<String> exercises) {
    public static final double MAX_FACTOR = 4.0;
    public static final double MIN_BUDGET = 0.5;
    public static final double MAX_BUDGET = 1.5;
    public static final double MAX_INTENSITY = 2.0;

    public static Menu of(ScenarioSpec s, String actor) {
        List<String> events = new ArrayList<>();
        for (Map.Entry<String, EventSpec> e : s.events().entrySet()) {
            if (e.getValue().enabled() && actor.equals(e.getValue().actor()) && e.getValue().discretionary()) {
                events.add(e.getKey());
            }
        }
        ActorSpec a = s.actors().get(actor);
        List<String> domains = a == null ? List.of() : new ArrayList<>(a.forces().keySet());
        List<String> transfers = new ArrayList<>();
        for (Map.Entry<String, TransferSpec> t : s.transfers().entrySet()) {
            if (t.getValue().enabled() && actor.equals(t.getValue().from())) {
                transfers.add(t.getKey());
            }
        }
        List<String> exercises = new ArrayList<>();
        s.periods().forEach((id, p) -> {
            if (p.enabled() && p.actors().contains(actor)) {
                exercises.add(id);
            }
        });
        return new Menu(actor, List.copyOf(events), List.copyOf(domains), List.copyOf(transfers), List.copyOf(exercises));
    }
}
