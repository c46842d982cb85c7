package brink.experiment;

import java.util.Arrays;

/**
 * The histograms behind {@link StreamingStatistics}' percentiles beyond the pilot. Each cell gets {@link #BINS} bins
 * spanning the range its pilot values took, widened by a quarter of that range on each side, fixed once; slot 0 counts
 * values below the bins, slot BINS + 1 those above. The counts live in {@link Counts} (one per thread that bins, folded
 * together at the end); a percentile is read off them by linear interpolation within its bin.
 */
final class Histograms {
    static final int BINS = 48;
    static final int SLOTS = BINS + 2;
    private static final double WIDEN = 0.25;

    private final int[] cells;
    private final double[][] lo;
    private final double[][] width;
    private final double[][] inverseWidth;

    /** Counts (slot-major: counts[slot * cells + cell], so neighbouring cells share cache lines), minima and maxima. */
    static final class Counts {
        final int[][] counts;
        final double[][] min;
        final double[][] max;

        Counts(int[] cells) {
            counts = new int[cells.length][];
            min = new double[cells.length][];
            max = new double[cells.length][];
            for (int b = 0; b < cells.length; b++) {
                counts[b] = new int[cells[b] * SLOTS];
                min[b] = new double[cells[b]];
                max[b] = new double[cells[b]];
                Arrays.fill(min[b], Double.POSITIVE_INFINITY);
                Arrays.fill(max[b], Double.NEGATIVE_INFINITY);
            }
        }

        /** Adds another part's counts to these, and takes the extremes of both. */
        void fold(Counts other) {
            for (int b = 0; b < counts.length; b++) {
                for (int i = 0; i < counts[b].length; i++) {
                    counts[b][i] += other.counts[b][i];
                }
                for (int i = 0; i < min[b].length; i++) {
                    min[b][i] = Math.min(min[b][i], other.min[b][i]);
                    max[b][i] = Math.max(max[b][i], other.max[b][i]);
                }
            }
        }
    }

    /** The bins of every cell, from the pilot: pilot[b] holds {@code pilotRows} rows of cells[b] values. */
    Histograms(int[] cells, double[][] pilot, int pilotRows) {
        this.cells = cells.clone();
        int blocks = cells.length;
        lo = new double[blocks][];
        width = new double[blocks][];
        inverseWidth = new double[blocks][];
        for (int b = 0; b < blocks; b++) {
            int n = cells[b];
            lo[b] = new double[n];
            width[b] = new double[n];
            inverseWidth[b] = new double[n];
            for (int i = 0; i < n; i++) {
                double mn = Double.POSITIVE_INFINITY;
                double mx = Double.NEGATIVE_INFINITY;
                for (int r = 0; r < pilotRows; r++) {
                    double v = pilot[b][r * n + i];
                    mn = Math.min(mn, v);
                    mx = Math.max(mx, v);
                }
                double range = mx - mn;
                double pad = range > 0 ? WIDEN * range : Math.max(Math.abs(mn) * 1e-9, 1e-12);
                lo[b][i] = mn - pad;
                width[b][i] = (range + 2 * pad) / BINS;
                inverseWidth[b][i] = 1.0 / width[b][i];
            }
        }
    }

    /** Bins cells [from, to) of one block of one replication. */
    void bin(Counts p, int b, double[] v, int from, int to) {
        int[] c = p.counts[b];
        double[] mn = p.min[b];
        double[] mx = p.max[b];
        double[] l = lo[b];
        double[] inv = inverseWidth[b];
        int n = v.length;
        for (int i = from; i < to; i++) {
            double x = v[i];
            c[slot((x - l[i]) * inv[i]) * n + i]++;
            if (x < mn[i]) {
                mn[i] = x;
            }
            if (x > mx[i]) {
                mx[i] = x;
            }
        }
    }

    /**
     * {@link #bin} for four replications at once: each cell's bins, minimum and maximum are read once for the four
     * values, which are then taken in order exactly as binning them one by one would.
     */
    void binFour(Counts p, int b, double[] v0, double[] v1, double[] v2, double[] v3, int from, int to) {
        int[] c = p.counts[b];
        double[] mn = p.min[b];
        double[] mx = p.max[b];
        double[] l = lo[b];
        double[] inv = inverseWidth[b];
        int n = v0.length;
        for (int i = from; i < to; i++) {
            double li = l[i];
            double ii = inv[i];
            double x0 = v0[i];
            double x1 = v1[i];
            double x2 = v2[i];
            double x3 = v3[i];
            c[slot((x0 - li) * ii) * n + i]++;
            c[slot((x1 - li) * ii) * n + i]++;
            c[slot((x2 - li) * ii) * n + i]++;
            c[slot((x3 - li) * ii) * n + i]++;
            // comparisons, not Math.min: a NaN must leave the extremes alone, as in bin
            double low = mn[i];
            double high = mx[i];
            low = x0 < low ? x0 : low;
            low = x1 < low ? x1 : low;
            low = x2 < low ? x2 : low;
            low = x3 < low ? x3 : low;
            high = x0 > high ? x0 : high;
            high = x1 > high ? x1 : high;
            high = x2 > high ? x2 : high;
            high = x3 > high ? x3 : high;
            mn[i] = low;
            mx[i] = high;
        }
    }

    private static int slot(double pos) {
        return pos < 0 ? 0 : pos >= BINS ? BINS + 1 : 1 + (int) pos;
    }

    /** Percentile p (0-100) of one cell over {@code count} values counted in {@code total}. */
    double percentile(Counts total, int count, int b, int cell, double p) {
        double mn = total.min[b][cell];
        double mx = total.max[b][cell];
        if (mn == mx) {
            return mn;
        }
        double rank = (count - 1) * p / 100.0;
        int n = cells[b];
        int[] c = total.counts[b];
        double l = lo[b][cell];
        double w = width[b][cell];
        long before = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            int k = c[slot * n + cell];
            if (k == 0 || rank >= before + k) {
                before += k;
                continue;
            }
            double left = slot == 0 ? mn : l + (slot - 1) * w;
            double right = slot == SLOTS - 1 ? mx : l + slot * w;
            left = Math.max(left, mn);
            right = Math.min(right, mx);
            double f = Math.min(1.0, Math.max(0.0, (rank - before + 0.5) / k));
            return left + f * (right - left);
        }
        return mx;
    }
}
