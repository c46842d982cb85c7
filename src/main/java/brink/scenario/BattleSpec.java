package brink.scenario;

import static brink.scenario.Defaults.list;
import static brink.scenario.Defaults.or;

import java.util.List;

/**
 * A stand-alone two-sided battle (scenario {@code kind: battle}). Square law: dA/dt = -beta*B;
 * linear law: dA/dt = -beta*A*B; beta is the other side's effectiveness times its quality.
 */
public record BattleSpec(
        @Required ScenarioSpec.Law law,
        @Required @Range(min = 1, max = 3650) Integer days,
        @Range(min = 0.0001, max = 1) Double timeStep,
        @Required List<Side> sides,
        List<Reinforcement> reinforcements,
        @Range(min = 0, max = 2) Double noise) {

    public BattleSpec {
        timeStep = or(timeStep, 0.01);
        sides = list(sides);
        reinforcements = list(reinforcements);
        noise = or(noise, 0.0);
    }

    /** {@code effectiveness}: enemy units put out of action per own unit per day (square law) or per own unit per enemy unit per day (linear law). */
    public record Side(
            @Required String name,
            @Required @Range(min = 0) Double strength,
            @Required @Range(min = 0) Double effectiveness,
            @Range(min = 0) Double quality) {
        public Side {
            quality = or(quality, 1.0);
        }
    }

    /** {@code units} join {@code side} at the start of day {@code day} (a fraction of a day allowed). */
    public record Reinforcement(
            @Required @Range(min = 0) Double day,
            @Required String side,
            @Required @Range(min = 0) Double units) {
    }
}
