package brink.scenario;

import static brink.scenario.Defaults.list;
import static brink.scenario.Defaults.or;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The escalation ladder: rungs are data, from the lowest (index 0) up. */
public record LadderSpec(@Required List<Rung> rungs, @Range(min = 0) Integer start) {

    public LadderSpec {
        rungs = list(rungs);
        start = or(start, 0);
    }

    /**
     * One rung. {@code alert} (0..1) pulls readiness up while the ladder is here; {@code calmDays} is the mean
     * number of days before the ladder steps down on its own (absent: it never does), to {@code calmTo}
     * (default: the rung below; a "nuclear threat" rung above "war" calms back to "incidents", not into war).
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

    public enum CombatLevel {
        @JsonProperty("none") NONE,
        @JsonProperty("clash") CLASH,
        @JsonProperty("war") WAR
    }
}
