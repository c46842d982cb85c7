package brink.scenario;

import static brink.scenario.Defaults.list;
import static brink.scenario.Defaults.or;

import java.util.List;

/**
 * A stand-alone two-sided battle (scenario {@code kind: battle}). Square law: dA/dt = -beta*B + P_A(t);
 * linear law: dA/dt = -beta*A*B + P_A(t); beta is the other side's effectiveness times its quality, P_A the sum of
 * A's reinforcement rates running at time t. Waves ({@code reinforcements}) join at once.
 */
public record BattleSpec(
        @Required ScenarioSpec.Law law,
        @Required @Range(min = 1, max = 3650) Integer days,
        @Range(min = 0.0001, max = 1) Double timeStep,
        @Required List<Side> sides,
        List<Reinforcement> reinforcements,
        List<Rate> rates,
        @Range(min = 0, max = 2) Double noise) {

    public BattleSpec {
        timeStep = or(timeStep, 0.01);
        sides = list(sides);
        reinforcements = list(reinforcements);
        rates = list(rates);
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

    /** {@code perDay} units join {@code side} continuously from day {@code from} to day {@code to} (fractions allowed). */
    public record Rate(
            @Required String side,
            @Required @Range(min = 0) Double from,
            @Required @Range(min = 0) Double to,
            @Required @Range(min = 0) Double perDay) {
    }
}
