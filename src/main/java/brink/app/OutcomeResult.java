package brink.app;

import brink.experiment.Outcome;
import java.util.Arrays;
import java.util.Locale;

/**
 * One outcome of an ensemble: what it counts (the catalogue's name, label, unit and definition), its value in every
 * replication, their mean with its 95 % interval (as brink run prints it) and the
 * 5th, 25th, 50th, 75th and 95th percentiles of the replications (linear interpolation, as NumPy's default).
 */
public record OutcomeResult(Outcome outcome, double[] values) {
    public OutcomeResult {
        values = values.clone();
    }

    public String name() {
        return outcome.name();
    }

    public String label() {
        return outcome.label();
    }

    public Outcome.Unit unit() {
        return outcome.unit();
    }

    /** The value in every replication, in replication order (a copy). */
    @Override
    public double[] values() {
        return values.clone();
    }

    public int replications() {
        return values.length;
    }

    public double mean() {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    /**
     * The mean's 95 % interval, {low, high}, as brink run prints it ({@link Outcome.Unit#meanInterval}: Wilson's for a
     * probability, t otherwise, never below 0 where the unit cannot be); unbounded for one replication.
     */
    public double[] meanInterval() {
        return outcome.unit().meanInterval(values);
    }

    /** Percentile p (0-100) of the replications' values. */
    public double percentile(double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * p / 100.0;
        int lower = (int) Math.floor(h);
        int upper = Math.min(sorted.length - 1, lower + 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }

    /** As a student reads it: label, mean with unit and interval, replications. */
    @Override
    public String toString() {
        double[] ci = meanInterval();
        if (values.length == 1) {
            return String.format(Locale.ROOT, "%s: %s in one replication (one possible history: no interval)", label(), unit().show(mean()));
        }
        return String.format(Locale.ROOT, "%s: %s (95 %% interval of the mean %s to %s; %d replications)", label(), unit().show(mean()),
                unit().show(ci[0]), unit().show(ci[1]), values.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutcomeResult r && r.outcome.equals(outcome) && Arrays.equals(r.values, values);
    }

    @Override
    public int hashCode() {
        return outcome.hashCode() * 31 + Arrays.hashCode(values);
    }
}
