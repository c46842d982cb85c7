package brink.experiment;

import brink.model.BrinkModel;
import brink.model.World;
import java.util.List;
import java.util.function.Function;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The data collector: a MASON observer that reads the declared metrics at the end of each record day into one
 * row per cadence. It never changes the model.
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

    @Override
    public void step(SimState state) {
        World w = ((BrinkModel) state).world();
        if (plan == null) {
            plan = plans.apply(w);
            values = new double[RecordPlan.CADENCES.length][];
            for (Cadence c : RecordPlan.CADENCES) {
                values[c.ordinal()] = new double[layout.points(c) * plan.width[c.ordinal()]];
            }
        }
        int day = w.getDay();
        for (Cadence c : RecordPlan.CADENCES) {
            int p = layout.pointOf(c, day);
            if (p < 0) {
                continue;
            }
            int ci = c.ordinal();
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
