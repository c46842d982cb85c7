package brink.model;

import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One simulated day: the six processes in their fixed order (no shuffling), then the observers in the order added,
 * then the clock. The order is written here once; MASON's schedule steps it (a day per schedule step in the GUI, a
 * week of days per step in batch runs). The processes are called directly rather than through a MASON
 * {@code Sequence}, which would call each through the Steppable interface: about 5 % of a replication.
 */
final class Day implements Steppable {
    private static final long serialVersionUID = 1L;
    private final World world;
    private final Production production;
    private final Losses losses;
    private final ThreatAssessment threats;
    private final ArmsRace armsRace;
    private final Crisis crisis;
    private final Combat combat;
    private final Steppable[] observers;

    Day(World world, List<Steppable> observers) {
        this.world = world;
        this.production = new Production(world);
        this.losses = new Losses(world);
        this.threats = new ThreatAssessment(world);
        this.armsRace = new ArmsRace(world);
        this.crisis = new Crisis(world);
        this.combat = new Combat(world);
        this.observers = observers.toArray(Steppable[]::new);
    }

    @Override
    public void step(SimState state) {
        production.step(state);
        losses.step(state);
        threats.step(state);
        armsRace.step(state);
        crisis.step(state);
        combat.step(state);
        for (Steppable o : observers) {
            o.step(state);
        }
        world.day++;
    }
}
