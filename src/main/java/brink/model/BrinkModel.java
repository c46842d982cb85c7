package brink.model;

import brink.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON model: builds a {@link World} from a scenario and runs its six processes once a day in a fixed,
 * documented order (one {@link Sequence}, no shuffling), followed by any observers (recorders, the GUI's charts).
 * It knows nothing of windows or files.
 */
public class BrinkModel extends SimState {
    private static final long serialVersionUID = 1L;
    private final transient Theatre theatre;
    private final int days;
    private final List<Steppable> observers = new ArrayList<>();
    private transient World world;

    public BrinkModel(Scenario scenario, long seed) {
        this(new Theatre(scenario, scenario.days()), seed);
    }

    /** A replication on a compiled scenario shared with the other replications. */
    public BrinkModel(Theatre theatre, long seed) {
        super(seed);
        this.theatre = theatre;
        this.days = theatre.days();
    }

    /** Observers run after the day's processes, in the order added; they must only read the world. */
    public void addObserver(Steppable observer) {
        observers.add(observer);
    }

    @Override
    public void start() {
        super.start();
        world = new World(theatre, seed());
        List<Steppable> order = new ArrayList<>(List.of(
                new Production(world),
                new Losses(world),
                new ThreatAssessment(world),
                new ArmsRace(world),
                new Crisis(world),
                new Combat(world)));
        order.addAll(observers);
        order.add(state -> world.day++);
        schedule.scheduleRepeating(0.0, new Sequence(order.toArray(Steppable[]::new)), 1.0);
    }

    /** Runs the whole horizon (or what is left of it). */
    public void runToEnd() {
        while (world.day < days) {
            schedule.step(this);
        }
    }

    public World world() {
        return world;
    }

    public int days() {
        return days;
    }

    public Scenario scenario() {
        return theatre.scenario();
    }
}
