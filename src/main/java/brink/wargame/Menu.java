package brink.wargame;

import brink.scenario.ActorSpec;
import brink.scenario.EventSpec;
import brink.scenario.ScenarioSpec;
import brink.scenario.TransferSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a team may do in a turn, derived from the scenario: the events its actor starts on its own (those with a
 * yearly rate: tests, shows of force, incidents, talks, statements; responses to other events stay the model's
 * reflexes), and its policy moves (production pushes per domain, its theatre commitment, its budget split, the rates
 * of the transfers it sends). Limits: up to one ordered event per day of the turn; factors from 0 to 4.
 */
public record Menu(String actor, List<String> events, List<String> domains, List<String> transfers) {
    public static final double MAX_FACTOR = 4.0;

    public static Menu of(ScenarioSpec s, String actor) {
        List<String> events = new ArrayList<>();
        for (Map.Entry<String, EventSpec> e : s.events().entrySet()) {
            if (e.getValue().enabled() && actor.equals(e.getValue().actor()) && e.getValue().rate() > 0) {
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
        return new Menu(actor, List.copyOf(events), List.copyOf(domains), List.copyOf(transfers));
    }
}
