package brink.scenario;

import static brink.scenario.Defaults.list;
import static brink.scenario.Defaults.or;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The escalation ladder: rungs are data, from the lowest (index 0) up, ordered by severity, so that a rung above
 * another is a more severe kind of act (the order of Kahn's 1965 ladder: declarations, shows of force, harassment,
 * military confrontations, conventional war). Threats that raise tension without being acts on the ladder (a
 * nuclear-use threat is a statement, not a rung above war) go on the signalling track, {@code signals}: levels from
 * the calmest (index 0) up.
 */
public record LadderSpec(@Required List<Rung> rungs, @Range(min = 0) Integer start, List<Signal> signals) {

    public LadderSpec {
        rungs = list(rungs);
        start = or(start, 0);
        signals = list(signals);
    }

    /**
     * One rung. {@code alert} (0..1) pulls readiness up while the ladder is here; {@code calmDays} is the mean
     * number of days before the ladder steps down on its own (absent: it never does), to {@code calmTo}
     * (default: the rung below; a war may calm straight back to incidents).
     */
    public record Rung(
            @Required String name,
            @Range(min = 0, max = 1) Double alert,
            @Range(min = 0.01) Double calmDays,
            @Range(min = 0) Integer calmTo,
            CombatLevel combat) {
        public Rung {
            alert = or(alert, 0.0);
            combat = or(combat, CombatLevel.NONE);
        }
    }

    /**
     * One level of the signalling track: {@code alert} pulls readiness up like a rung's does (the higher of the two
     * counts); the track steps down one level after {@code calmDays} on average (absent: never).
     */
    public record Signal(
            @Required String name,
            @Range(min = 0, max = 1) Double alert,
            @Range(min = 0.01) Double calmDays) {
        public Signal {
            alert = or(alert, 0.0);
        }
    }

    public enum CombatLevel {
        @JsonProperty("none") NONE,
        @JsonProperty("clash") CLASH,
        @JsonProperty("war") WAR
    }
}
