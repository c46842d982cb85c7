package brink.experiment;

import brink.model.BrinkModel;
import brink.model.World;
import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The data collector: a MASON observer that reads the declared metrics at the end of each day and keeps one
 * run's series. It never changes the model.
 */
public final class Recorder implements Steppable {
    private static final long serialVersionUID = 1L;
    private final RecordLayout layout;
    private final List<Metric> metrics;
    private List<SeriesKey> keys;
    private Metric.Reader[] readers;
    private Cadence[] cadences;
    /** series indices per cadence, so a day costs one lookup per cadence, not one per series. */
    private int[][] byCadence;
    private double[][] values;

    public Recorder(RecordLayout layout, List<Metric> metrics) {
        this.layout = layout;
        this.metrics = metrics;
    }

    @Override
    public void step(SimState state) {
        World w = ((BrinkModel) state).world();
        if (keys == null) {
            expand(w);
        }
        int day = w.getDay();
        for (Cadence c : Cadence.values()) {
            int p = layout.pointOf(c, day);
            if (p < 0) {
                continue;
            }
            for (int s : byCadence[c.ordinal()]) {
                values[s][p] = readers[s].read(w);
            }
        }
    }

    private void expand(World w) {
        List<SeriesKey> k = new ArrayList<>();
        List<Metric.Reader> r = new ArrayList<>();
        for (Metric m : metrics) {
            for (Metric.Probe p : m.series().expand(w)) {
                k.add(p.key());
                r.add(p.reader());
            }
        }
        keys = List.copyOf(k);
        readers = r.toArray(Metric.Reader[]::new);
        cadences = keys.stream().map(SeriesKey::cadence).toArray(Cadence[]::new);
        byCadence = new int[Cadence.values().length][];
        for (Cadence c : Cadence.values()) {
            byCadence[c.ordinal()] = java.util.stream.IntStream.range(0, cadences.length).filter(i -> cadences[i] == c).toArray();
        }
        values = new double[keys.size()][];
        for (int s = 0; s < keys.size(); s++) {
            values[s] = new double[layout.points(cadences[s])];
        }
    }

    public List<SeriesKey> keys() {
        return keys;
    }

    /** values()[series][point]: one run's recorded values. */
    public double[][] values() {
        return values;
    }
}
