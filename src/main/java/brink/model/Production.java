package brink.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 1, production and modernization: factories add units at the new-unit quality, which itself grows with
 * investment and technology received; refurbishment returns stored units; commodities are produced.
 */
final class Production implements Steppable {
    private static final long serialVersionUID = 1L;
    private final World world;

    Production(World world) {
        this.world = world;
    }

    @Override
    public void step(SimState state) {
        int days = world.theatre.economyDays[world.day];
        if (days > 0) {
            apply(world, days * Time.DT);
        }
    }

    static void apply(World w, double dt) {
        for (Actor a : w.actors) {
            for (int d = 0; d < a.forces.length; d++) {
                Force f = a.forces[d];
                f.frontier = Math.max(0.0, f.frontier + (f.qualityGrowth + f.techQuality) * dt);
                f.add(a.productionRate(d) * dt, f.frontier, f.getTargetShare());
                double refurbished = Math.min(f.reserve, f.refurbishment * dt);
                f.reserve -= refurbished;
                f.add(refurbished, f.quality, f.getTargetShare());
            }
            for (int c = 0; c < a.commodities.length; c++) {
                a.commodities[c] += a.commodityProduction[c] * dt;
            }
        }
    }
}
