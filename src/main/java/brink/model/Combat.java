package brink.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 6, combat adjudication. During a clash a share of each side's theatre forces fights for a few days;
 * during a war all of them fight every day. Per domain, the two sides' units meet under the domain's Lanchester
 * law; each side's effectiveness is the domain's lethality times its units' average quality and readiness.
 * Losses are shared among a side's actors in proportion to their units there.
 */
final class Combat implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Largest Runge-Kutta step within a day of combat. */
    static final double MAX_STEP = 0.25;
    private final World world;
    /** Loss noise: its own stream, so that fighting leaves the draws of everything else alone. */
    private final RandomStreams.Stream noise;

    Combat(World world) {
        this.world = world;
        this.noise = world.streams.stream("combat/losses");
    }

    @Override
    public void step(SimState state) {
        World w = world;
        if (w.theatre.combatSides == null) {
            return;
        }
        if (w.clashDaysLeft > 0) {
            engage(w, w.theatre.combat.clashShare(), noise.batch(w.day, 0));
            w.clashDaysLeft--;
            w.picture.foughtSince = true;
        } else if (w.atWar) {
            engage(w, 1.0, noise.batch(w.day, 0));
            w.tally.warDays++;
            w.picture.foughtSince = true;
        }
    }

    static void engage(World w, double share, java.util.random.RandomGenerator random) {
        int[] sideA = w.theatre.combatSides[0];
        int[] sideB = w.theatre.combatSides[1];
        for (int d = 0; d < w.theatre.domains.length; d++) {
            double unitsA = units(w, sideA, d) * share;
            double unitsB = units(w, sideB, d) * share;
            if (unitsA <= 0 || unitsB <= 0) {
                continue;
            }
            double alpha = w.theatre.lethality[d] * effective(w, sideA, d) * share / unitsA;
            double beta = w.theatre.lethality[d] * effective(w, sideB, d) * share / unitsB;
            double[] after = Lanchester.advance(unitsA, unitsB, alpha, beta, w.theatre.law[d], 1.0, MAX_STEP);
            double sigma = w.theatre.combat.noise();
            double lossA = Math.min(unitsA, (unitsA - after[0]) * Draws.lognormal(random, sigma));
            double lossB = Math.min(unitsB, (unitsB - after[1]) * Draws.lognormal(random, sigma));
            distribute(w, sideA, d, lossA, unitsA / share);
            distribute(w, sideB, d, lossB, unitsB / share);
        }
    }

    private static double units(World w, int[] side, int d) {
        double u = 0;
        for (int a : side) {
            u += w.actors[a].forces[d].theatre;
        }
        return u;
    }

    private static double effective(World w, int[] side, int d) {
        double e = 0;
        for (int a : side) {
            Force f = w.actors[a].forces[d];
            e += f.theatre * f.quality * f.readiness;
        }
        return e;
    }

    private static void distribute(World w, int[] side, int d, double loss, double total) {
        if (loss <= 0 || total <= 0) {
            return;
        }
        for (int a : side) {
            Force f = w.actors[a].forces[d];
            double part = Math.min(f.theatre, loss * f.theatre / total);
            f.theatre = Math.max(0.0, f.theatre - part); // proportional shares can overshoot by a rounding error
            f.lost += part;
        }
    }
}
