package brink.experiment;

import brink.model.BrinkModel;
import brink.model.World;
import java.util.List;
import java.util.function.Function;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The data collector: reads the declared metrics at each record instant into one row per cadence: the starting state
 * ({@link #recordStart}, before the first day) and, as a MASON observer, the state after each day. It never changes
 * the model.
 */
public final class Recorder implements Steppable {
    private static final long serialVersionUID = 1L;
    private final RecordLayout layout;
    private final Function<World, RecordPlan> plans;
    private RecordPlan plan;
    private double[][] values;

    public Recorder(RecordLayout layout, List<Metric> metrics) {
        this(layout, w -> new RecordPlan(metrics, w));
    }

    /** A recorder whose plan comes from {@code plans} (shared by the replications of a scenario). */
    Recorder(RecordLayout layout, Function<World, RecordPlan> plans) {
        this.layout = layout;
        this.plans = plans;
    }

    /** Records the starting state (instant 0): call after the model has started and before its first step. */
    public void recordStart(World w) {
        record(w, 0);
    }

    /** After day d's processes: instant d + 1. */
    @Override
    public void step(SimState state) {
        World w = ((BrinkModel) state).world();
        record(w, w.getDay() + 1);
    }

    private void record(World w, int instant) {
        if (plan == null) {
            plan = plans.apply(w);
            values = new double[RecordPlan.CADENCES.length][];
            for (Cadence c : RecordPlan.CADENCES) {
                values[c.ordinal()] = new double[layout.points(c) * plan.width[c.ordinal()]];
            }
        }
        int due = layout.cadencesAt(instant);
        for (Cadence c : RecordPlan.CADENCES) {
            int ci = c.ordinal();
            if ((due & 1 << ci) == 0) {
                continue;
            }
            int p = layout.pointOf(c, instant);
            int row = p * plan.width[ci];
            Metric[] ms = plan.byCadence[ci];
            int[] off = plan.offsets[ci];
            for (int m = 0; m < ms.length; m++) {
                ms[m].read(w, values[ci], row + off[m]);
            }
        }
    }

    public List<SeriesKey> keys() {
        return plan.keys;
    }

    public int[] column() {
        return plan.column;
    }

    public int[] width() {
        return plan.width.clone();
    }

    /** values()[cadence]: one run's recorded values, a row of series per record point. */
    public double[][] values() {
        return values;
    }
}
