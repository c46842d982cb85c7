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

    Combat(World world) {
        this.world = world;
    }

    @Override
    public void step(SimState state) {
        World w = world;
        if (w.combatSides == null) {
            return;
        }
        if (w.clashDaysLeft > 0) {
            engage(w, w.combat.clashShare());
            w.clashDaysLeft--;
            w.picture.foughtSince = true;
        } else if (w.atWar) {
            engage(w, 1.0);
            w.warDays++;
            w.picture.foughtSince = true;
        }
    }

    static void engage(World w, double share) {
        int[] sideA = w.combatSides[0];
        int[] sideB = w.combatSides[1];
        for (int d = 0; d < w.domains.length; d++) {
            double unitsA = units(w, sideA, d) * share;
            double unitsB = units(w, sideB, d) * share;
            if (unitsA <= 0 || unitsB <= 0) {
                continue;
            }
            double alpha = w.lethality[d] * effective(w, sideA, d) * share / unitsA;
            double beta = w.lethality[d] * effective(w, sideB, d) * share / unitsB;
            double[] after = Lanchester.advance(unitsA, unitsB, alpha, beta, w.law[d], 1.0, MAX_STEP);
            double noise = w.combat.noise();
            double lossA = Math.min(unitsA, (unitsA - after[0]) * Draws.lognormal(w.random, noise));
            double lossB = Math.min(unitsB, (unitsB - after[1]) * Draws.lognormal(w.random, noise));
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
