package brink.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 3, threat assessment. Takes a snapshot of theatre combat power (units x quality x readiness) from which
 * the force-balance indices, dyadic balances, bloc powers and balance ratios are computed when asked for
 * ({@link World#forceBalance}, {@link World#dyadBalance}, {@link World#balanceRatio}). The picture is refreshed
 * weekly, at each economy step and month end, and on any day after the ladder moved or forces fought; readiness
 * is brought up to date first, exactly as if it had relaxed day by day (its target only changes with the rung).
 * Every 30 days it measures the growth of each actor's rivals' theatre power for the arms race.
 */
final class ThreatAssessment implements Steppable {
    private static final long serialVersionUID = 1L;
    private final World world;
    private final double[] hostileAtWindowStart;

    ThreatAssessment(World world) {
        this.world = world;
        hostileAtWindowStart = new double[world.actors.length];
    }

    @Override
    public void step(SimState state) {
        World w = world;
        boolean due = w.theatre.assessOn[w.day] || w.ladder.rung != w.picture.rung || w.signals.rung != w.picture.signal
                || w.picture.foughtSince;
        if (due) {
            Losses.relaxReadiness(w, w.day - w.picture.day);
            w.picture.snapshot();
        }
        if (w.day % Time.GROWTH_WINDOW_DAYS != 0) {
            return;
        }
        int n = w.actors.length;
        for (int i = 0; i < n; i++) {
            double hostile = 0;
            for (int j = 0; j < n; j++) {
                if (w.theatre.rivalry[i][j] > 0) {
                    for (int d = 0; d < w.theatre.domains.length; d++) {
                        hostile += w.theatre.domainWeight[d] * w.theatre.rivalry[i][j] * w.picture.power[j][d];
                    }
                }
            }
            double before = hostileAtWindowStart[i];
            w.actors[i].hostileGrowth = before > 0 && hostile > 0
                    ? Math.log(hostile / before) * Time.DAYS_PER_YEAR / Time.GROWTH_WINDOW_DAYS : 0.0;
            hostileAtWindowStart[i] = hostile;
        }
    }
}
