package brink.wargame;

import brink.experiment.Replication;
import brink.experiment.Seeds;
import brink.model.BrinkModel;
import brink.model.World;
import brink.scenario.MoveSheetSpec;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * A turn adjudicated: the scenario with every team's moves so far, over the game's days through the turn, run with
 * the game's seed as replication 0 of {@code brink run --seed S} (so the ensemble of the same moves has the adjudicated
 * history as its first replication). What happened before a turn never changes later: moves act from their own days
 * on, and the model's draws are tied to their day.
 */
public final class Adjudication {
    private Adjudication() {
    }

    /** The game's scenario with the moves of turns 1..t, over its days through turn t. */
    public static Scenario scenario(Game g, Scenario base, Map<Integer, Map<String, MoveSheetSpec>> sheets, int t)
            throws ScenarioException {
        return scenario(g, base, sheets, t, Map.of());
    }

    /** The same, with the teams of {@code without} played by the model from the turn given on (a counterfactual). */
    public static Scenario scenario(Game g, Scenario base, Map<Integer, Map<String, MoveSheetSpec>> sheets, int t,
                                    Map<String, Integer> without) throws ScenarioException {
        Scenario s = ScenarioLoader.fromResolved(base.name(), base.file(), base.resolvedJson(), base.settings(),
                Orders.settings(g, base.spec(), sheets, without));
        return s.withYears(years(g, t));
    }

    /** The horizon in years that gives exactly the days through turn t (whole years, then the rest at 365.25 a year). */
    static double years(Game g, int t) {
        java.time.LocalDate end = g.end(t);
        int whole = 0;
        while (!g.start().plusYears(whole + 1L).isAfter(end)) {
            whole++;
        }
        long rest = ChronoUnit.DAYS.between(g.start().plusYears(whole), end);
        return whole + rest / 365.25;
    }

    /** Replication 0 of the scenario, run to its end (as the turn's ensemble runs it: {@link Replication}). */
    public static World history(Scenario s, Game g) {
        World[] world = new World[1];
        new Replication(s, s.days(), java.util.List.of()).run(0, Seeds.replication(g.seed(), 0),
                state -> world[0] = ((BrinkModel) state).world());
        return world[0];
    }

    /** The world as the game begins (day 0, nothing run). */
    public static World atStart(Scenario base, Game g) {
        BrinkModel m = Replication.watchable(base.withYears(years(g, 1)), g.seed());
        m.start();
        return m.world();
    }
}
