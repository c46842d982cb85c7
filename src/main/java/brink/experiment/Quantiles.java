package brink.experiment;

/** Quantiles of a sample: linear interpolation between order statistics (NumPy's default), as series.csv's percentiles. */
public final class Quantiles {
    private Quantiles() {
    }

    /** The q-quantile (0..1) of values sorted ascending; NaN for none. */
    public static double of(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }
}
