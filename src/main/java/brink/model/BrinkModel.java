package brink.model;

import brink.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON model: builds a {@link World} from a scenario and runs its six processes once a day in a fixed,
 * documented order ({@link Day}, no shuffling), followed by any observers (recorders, the GUI's charts).
 * It knows nothing of windows or files.
 * <p>
 * Each step of MASON's schedule runs {@code daysPerStep} days of that sequence: one day for the GUI and anything that
 * watches the run day by day; a week ({@link #BATCH_DAYS_PER_STEP}) for batch replications, where the schedule's own
 * cost per step (its locks, its heap, a key per repeat: about 70 ns, as much as a quiet day's whole model) would
 * otherwise be paid every day. The days and their order are the same either way.
 */
public class BrinkModel extends SimState {
    private static final long serialVersionUID = 1L;
    public static final int BATCH_DAYS_PER_STEP = 7;
    private final transient Theatre theatre;
    private final int days;
    private final int daysPerStep;
    private final List<Steppable> observers = new ArrayList<>();
    private transient World world;

    public BrinkModel(Scenario scenario, long seed) {
        this(new Theatre(scenario, scenario.days()), seed);
    }

    /** A replication on a compiled scenario shared with the other replications, one day per schedule step. */
    public BrinkModel(Theatre theatre, long seed) {
        this(theatre, seed, 1);
    }

    /** A replication that runs {@code daysPerStep} days per step of the schedule (the last step stops at the horizon). */
    public BrinkModel(Theatre theatre, long seed, int daysPerStep) {
        super(seed);
        if (daysPerStep < 1) {
            throw new IllegalArgumentException("days per step must be at least 1: " + daysPerStep);
        }
        this.theatre = theatre;
        this.days = theatre.days();
        this.daysPerStep = daysPerStep;
    }

    /** Observers run after the day's processes, in the order added; they must only read the world. */
    public void addObserver(Steppable observer) {
        observers.add(observer);
    }

    @Override
    public void start() {
        super.start();
        world = new World(theatre, seed());
        Day day = new Day(world, observers);
        Steppable step = daysPerStep == 1 ? day : state -> {
            for (int k = 0; k < daysPerStep && world.day < days; k++) {
                day.step(state);
            }
        };
        schedule.scheduleRepeating(0.0, step, 1.0);
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
