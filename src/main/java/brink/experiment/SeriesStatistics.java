package brink.experiment;

import java.util.Arrays;

/**
 * Mean and percentiles (5, 25, 50, 75, 95) of every recorded value over the replications. Exact: every value is
 * kept until the end and percentiles are taken with linear interpolation between order statistics
 * (the "R-7" rule, as in NumPy and Excel's PERCENTILE.INC). Memory grows with replications; see {@link #bytesFor}.
 */
public final class SeriesStatistics {
    public static final double[] PERCENTILES = {5, 25, 50, 75, 95};

    private final double[][][] values;
    private final double[][] sums;
    private int count;
    private final int replications;

    public SeriesStatistics(RunShape shape, int replications) {
        this(pointsPerSeries(shape), replications);
    }

    /** Statistics for series with the given number of points each. */
    public SeriesStatistics(int[] points, int replications) {
        this.replications = replications;
        values = new double[points.length][][];
        sums = new double[points.length][];
        for (int s = 0; s < values.length; s++) {
            values[s] = new double[points[s]][replications];
            sums[s] = new double[points[s]];
        }
    }

    private static int[] pointsPerSeries(RunShape shape) {
        return shape.keys().stream().mapToInt(k -> shape.layout().points(k.cadence())).toArray();
    }

    /** Memory the exact statistics of {@code replications} runs of this shape take, in bytes. */
    public static long bytesFor(RunShape shape, int replications) {
        long cells = 0;
        for (SeriesKey k : shape.keys()) {
            cells += shape.layout().points(k.cadence());
        }
        return cells * (8L * replications + 40);
    }

    /** Adds one replication; replications must be added in order 0, 1, 2, ... */
    public void add(RunRecord run) {
        add(run.values());
    }

    /** Adds one replication's values[series][point]. */
    public void add(double[][] v) {
        for (int s = 0; s < v.length; s++) {
            for (int p = 0; p < v[s].length; p++) {
                values[s][p][count] = v[s][p];
                sums[s][p] += v[s][p];
            }
        }
        count++;
    }

    public int count() {
        return count;
    }

    public double mean(int series, int point) {
        return sums[series][point] / count;
    }

    /** The five percentiles of one cell, in the order of {@link #PERCENTILES}. */
    public double[] percentiles(int series, int point) {
        double[] sorted = Arrays.copyOf(values[series][point], count);
        Arrays.sort(sorted);
        double[] out = new double[PERCENTILES.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = percentile(sorted, PERCENTILES[i]);
        }
        return out;
    }

    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p / 100.0;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public int replications() {
        return replications;
    }
}
