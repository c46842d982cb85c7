package brink.experiment;

import brink.model.World;
import java.util.List;

/**
 * A named quantity to record. It expands into series (one per actor, actor and domain, bloc, balance, ...) whose
 * keys it lists once per scenario, and reads all of them at once on a record day, so that recording costs one
 * call per metric and day.
 */
public interface Metric {
    String name();

    Cadence cadence();

    /** The series this metric has in this world, in the order {@link #read} writes them. */
    List<SeriesKey> keys(World w);

    /** Writes the current value of each series into {@code out}, from {@code offset} on. */
    void read(World w, double[] out, int offset);
}
