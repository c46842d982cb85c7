package brink.experiment;

import brink.model.World;
import java.util.List;

/**
 * A named quantity to record. A metric expands into one series per actor, actor and domain, bloc, balance,
 * transfer... as its {@code series} function says; {@code value} reads one series' value from the world.
 */
public record Metric(String name, Cadence cadence, Expander series) {

    /** The series a metric has in a given world, each with the function that reads its value. */
    @FunctionalInterface
    public interface Expander {
        List<Probe> expand(World world);
    }

    /** A series and how to read it. */
    public record Probe(SeriesKey key, Reader reader) {
    }

    @FunctionalInterface
    public interface Reader {
        double read(World world);
    }
}
