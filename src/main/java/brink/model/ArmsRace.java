package brink.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 4, the arms-race response. Budgets follow Richardson's equations: each actor reacts to its rivals'
 * theatre spending (reaction * rivalry strength * the rival's theatre share of its budget), tires of its own
 * burden (fatigue) and carries a standing grievance; an extra drive answers the growth of rivals' theatre power
 * (growthResponse). Optional multiplicative noise. The budget split then moves towards its target. Runs at the
 * economy step (monthly by default), integrating over the days it covers.
 */
final class ArmsRace implements Steppable {
    private static final long serialVersionUID = 1L;
    private final World world;
    private final double[] budgets;
    private final double[][] coupling;
    private final double[] fatigue;
    private final double[] drive;
    private final double[][] work;
    /** Budget noise, one stream per actor. */
    private final RandomStreams.Stream[] noise;

    ArmsRace(World world) {
        this.world = world;
        int n = world.actors.length;
        budgets = new double[n];
        coupling = new double[n][n];
        fatigue = new double[n];
        drive = new double[n];
        work = new double[5][n];
        noise = new RandomStreams.Stream[n];
        for (int i = 0; i < n; i++) {
            noise[i] = world.streams.stream("budget/" + world.actors[i].id);
        }
    }

    @Override
    public void step(SimState state) {
        World w = world;
        int days = w.theatre.economyDays[w.day];
        if (days == 0) {
            return;
        }
        double dt = days * Time.DT;
        Actor[] actors = w.actors;
        int n = actors.length;
        for (int i = 0; i < n; i++) {
            Actor a = actors[i];
            budgets[i] = a.budget;
            fatigue[i] = a.fatigue;
            drive[i] = a.grievance + a.growthResponse * a.budget * Math.max(0.0, a.hostileGrowth);
            for (int j = 0; j < n; j++) {
                coupling[i][j] = a.reaction * w.theatre.rivalry[i][j] * actors[j].budgetTheatreShare;
            }
        }
        Richardson.step(budgets, coupling, fatigue, drive, dt, work);
        for (int i = 0; i < n; i++) {
            Actor a = actors[i];
            double b = budgets[i];
            if (a.budgetNoise > 0) {
                double s = a.budgetNoise * Math.sqrt(dt);
                b *= Math.exp(s * noise[i].batch(w.day, 0).nextGaussian() - 0.5 * s * s);
            }
            if (!(b < 1e15)) {
                throw new ScenarioRunError(a.id + "'s budget reached " + b + " (US$ bn) on " + w.date(w.day)
                        + ": the scenario's arms-race coefficients (budget.reaction, fatigue, grievance, growthResponse) run away");
            }
            a.budget = b;
            resplit(a, dt);
        }
    }

    private static void resplit(Actor a, double dt) {
        if (java.util.Arrays.equals(a.split, a.targetSplit)) {
            return; // nothing to move: the usual case
        }
        double pull = Math.min(1.0, a.resplitRate * dt);
        double sum = 0;
        for (int d = 0; d < a.split.length; d++) {
            a.split[d] += (a.targetSplit[d] - a.split[d]) * pull;
            sum += a.split[d];
        }
        if (sum > 0) {
            for (int d = 0; d < a.split.length; d++) {
                a.split[d] /= sum;
            }
        }
    }
}
