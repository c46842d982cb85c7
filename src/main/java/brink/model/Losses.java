package brink.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 2, attrition, obsolescence, external sinks and transfers; also redeployment towards the theatre share
 * each actor aims at (all at the economy step, monthly by default). Readiness is relaxed by the threat assessment.
 */
final class Losses implements Steppable {
    private static final long serialVersionUID = 1L;
    private final World world;
    /**
     * Per force, what is kept after attrition and the share of the redeployment gap closed over a step of n days,
     * remembered for the last four step lengths (slot n mod 4: the months' 28 to 31 days never share a slot).
     */
    private final int[] stepDays;
    private final double[] keepOver;
    private final double[] redeployOver;

    Losses(World world) {
        this.world = world;
        int slots = 4 * world.actors.length * world.theatre.domains.length;
        stepDays = new int[slots];
        java.util.Arrays.fill(stepDays, -1);
        keepOver = new double[slots];
        redeployOver = new double[slots];
    }

    @Override
    public void step(SimState state) {
        int days = world.theatre.economyDays[world.day];
        if (days > 0) {
            apply(days);
        }
    }

    /** Slot of force (a, d) for a step of {@code days} days, its factors worked out if that length is new there. */
    private int slot(int a, int d, Force f, int days) {
        int k = 4 * (a * world.theatre.domains.length + d) + (days & 3);
        if (stepDays[k] != days) {
            // over several days, exactly what daily steps would give
            stepDays[k] = days;
            keepOver[k] = days == 1 ? f.keepPerDay : Math.pow(f.keepPerDay, days);
            redeployOver[k] = days == 1 ? f.redeployPerDay : 1.0 - Math.pow(1.0 - f.redeployPerDay, days);
        }
        return k;
    }

    /** The slow part, over {@code days} days at once: attrition, sinks, transfers, redeployment. */
    private void apply(int days) {
        World w = world;
        double dt = days * Time.DT;
        int day = w.day;
        for (int i = 0; i < w.actors.length; i++) {
            Force[] forces = w.actors[i].forces;
            for (int d = 0; d < forces.length; d++) {
                Force f = forces[d];
                double keep = keepOver[slot(i, d, f, days)];
                f.theatre *= keep;
                f.home *= keep;
                f.techQuality = 0;
                f.techProduction = 0;
            }
        }
        for (Sink s : w.sinks) {
            Actor a = w.actors[s.actor];
            double amount = s.demand(day, dt, s.domain >= 0 ? a.forces[s.domain].getStock() : a.commodities[s.commodity]);
            if (amount <= 0) {
                continue;
            }
            if (s.domain >= 0) {
                s.consumed += a.forces[s.domain].takeFromHomeFirst(amount);
            } else {
                double taken = Math.min(a.commodities[s.commodity], amount);
                a.commodities[s.commodity] -= taken;
                s.consumed += taken;
            }
        }
        for (Transfer t : w.transfers) {
            transfer(w, t, day, dt);
        }
        for (int i = 0; i < w.actors.length; i++) {
            Actor a = w.actors[i];
            for (int d = 0; d < a.forces.length; d++) {
                Force f = a.forces[d];
                double stock = f.theatre + f.home;
                if (!(stock < 1e15)) {
                    throw new ScenarioRunError(a.id + "'s " + w.theatre.domains[d] + " stock reached " + stock + " on "
                            + w.date(w.day) + ": the scenario's production, refurbishment or transfer rates run away");
                }
                // the share of the gap closed over `days` days at redeployPerDay a day
                double share = redeployOver[slot(i, d, f, days)];
                double move = (f.getTargetShare() * stock - f.theatre) * share;
                f.theatre = Math.max(0.0, f.theatre + move);
                f.home = Math.max(0.0, f.home - move);
            }
        }
    }

    /**
     * Readiness moves each day towards what the ladder's alert level asks, closing 1/30 of the gap; over
     * {@code days} days with the same rung that is (1 - 1/30)^days of the gap left.
     */
    /** (1 - 1/30)^days for the gaps between threat assessments (a week at most, unless nothing runs for longer). */
    private static final double[] READINESS_LEFT = java.util.stream.IntStream.range(0, 64).mapToDouble(Losses::gapLeft).toArray();

    private static double gapLeft(int days) {
        return days == 1 ? 1.0 - 1.0 / Time.READINESS_DAYS : Math.pow(1.0 - 1.0 / Time.READINESS_DAYS, days);
    }

    static void relaxReadiness(World w, int days) {
        if (days <= 0) {
            return;
        }
        double alert = Math.max(w.ladder.alert[w.ladder.rung], w.signals.alert[w.signals.rung]);
        double left = days < READINESS_LEFT.length ? READINESS_LEFT[days] : gapLeft(days);
        for (Actor a : w.actors) {
            for (Force f : a.forces) {
                double target = f.baseReadiness + (1.0 - f.baseReadiness) * alert;
                f.readiness = target + (f.readiness - target) * left;
            }
        }
    }

    private static void transfer(World w, Transfer t, int day, double dt) {
        double intensity = t.intensity(day);
        if (intensity <= 0) {
            return;
        }
        Actor from = w.actors[t.from];
        Actor to = w.actors[t.to];
        switch (t.what) {
            case TECHNOLOGY -> {
                for (int d = 0; d < to.forces.length; d++) {
                    Force rf = to.forces[d];
                    // Technology cannot lift the receiver above what the sender itself builds.
                    if (rf.frontier < from.forces[d].frontier) {
                        rf.techQuality += t.quality[d] * intensity;
                    }
                    rf.techProduction += t.productionBoost[d] * intensity;
                }
                t.delivered += intensity * dt;
            }
            case DOMAIN -> {
                Force sf = from.forces[t.index];
                double q = sf.quality;
                double moved = sf.takeFromHomeFirst(t.rate * intensity * dt);
                to.forces[t.index].add(moved, q, to.forces[t.index].getTargetShare());
                t.delivered += moved;
            }
            case COMMODITY -> {
                double moved = Math.min(from.commodities[t.index], t.rate * intensity * dt);
                from.commodities[t.index] -= moved;
                to.commodities[t.index] += moved;
                t.delivered += moved;
            }
        }
    }
}
