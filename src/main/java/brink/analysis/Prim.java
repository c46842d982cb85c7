package brink.analysis;

import brink.experiment.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999) as the EMA Workbench uses it for scenario discovery: a
 * box in parameter space is peeled, alpha of its points at a time from the low or the high end of one parameter,
 * choosing each time the peel that leaves the highest density of cases of interest, until the box holds less than
 * the minimum mass. Each box on the way is a point of the peeling trajectory (coverage against density). The box
 * offered is the one of highest coverage whose density reaches the threshold (or, if none does, the densest); the
 * parameters it restricts are tested with the Workbench's quasi-p-value (a one-sided binomial test of the box's
 * density against that of the box without the restriction).
 */
public final class Prim {
    /** Share of the box's points removed at each peel, the smallest box, the density a chosen box must reach. */
    public record Settings(double peelAlpha, double massMin, double threshold) {
        public static final Settings DEFAULT = new Settings(0.05, 0.05, 0.8);
    }

    /** A box: a [low, high] range per parameter, with what it holds. */
    public record Box(int step, double[] low, double[] high, double coverage, double density, double mass, int points, int cases) {
    }

    /** One parameter of the chosen box: its range, whether the box restricts it, and the quasi-p-value if so. */
    public record Limit(int parameter, double low, double high, boolean restricted, double qp) {
    }

    public record Result(List<Box> trajectory, int chosen, List<Limit> limits, int cases, int points) {
        public Box box() {
            return trajectory.get(chosen);
        }
    }

    private Prim() {
    }

    public static Result run(double[][] x, boolean[] y, Settings settings) {
        int n = x.length;
        if (n == 0) {
            throw new IllegalArgumentException("no samples");
        }
        int k = x[0].length;
        int totalCases = 0;
        for (boolean b : y) {
            totalCases += b ? 1 : 0;
        }
        double[] low = new double[k];
        double[] high = new double[k];
        for (int j = 0; j < k; j++) {
            int d = j;
            low[j] = Arrays.stream(x).mapToDouble(r -> r[d]).min().orElseThrow();
            high[j] = Arrays.stream(x).mapToDouble(r -> r[d]).max().orElseThrow();
        }
        double[] fullLow = low.clone();
        double[] fullHigh = high.clone();
        List<Box> trajectory = new ArrayList<>();
        trajectory.add(box(0, x, y, low, high, totalCases));
        while (true) {
            List<Integer> in = inside(x, low, high);
            double bestMean = -1;
            double[] bestLow = null;
            double[] bestHigh = null;
            int bestSize = -1;
            for (int j = 0; j < k; j++) {
                int d = j;
                double[] values = in.stream().mapToDouble(i -> x[i][d]).sorted().toArray();
                if (values[0] == values[values.length - 1]) {
                    continue; // nothing to peel along a parameter the box has narrowed to one value
                }
                double lowCut = Quantiles.of(values, settings.peelAlpha());
                double highCut = Quantiles.of(values, 1 - settings.peelAlpha());
                for (int side = 0; side < 2; side++) {
                    double[] l = low.clone();
                    double[] h = high.clone();
                    if (side == 0) {
                        l[j] = nextAbove(values, lowCut);
                    } else {
                        h[j] = nextBelow(values, highCut);
                    }
                    if (l[j] > h[j]) {
                        continue;
                    }
                    int count = 0;
                    int cases = 0;
                    for (int i : in) {
                        if (x[i][j] >= l[j] && x[i][j] <= h[j]) {
                            count++;
                            cases += y[i] ? 1 : 0;
                        }
                    }
                    if (count == 0 || count == in.size()) {
                        continue;
                    }
                    double mean = (double) cases / count;
                    if (mean > bestMean || mean == bestMean && count > bestSize) {
                        bestMean = mean;
                        bestLow = l;
                        bestHigh = h;
                        bestSize = count;
                    }
                }
            }
            if (bestLow == null || (double) bestSize / n < settings.massMin()) {
                break;
            }
            low = bestLow;
            high = bestHigh;
            trajectory.add(box(trajectory.size(), x, y, low, high, totalCases));
        }
        int chosen = -1;
        for (int b = 0; b < trajectory.size(); b++) {
            Box box = trajectory.get(b);
            if (box.density() >= settings.threshold() && (chosen < 0 || box.coverage() > trajectory.get(chosen).coverage())) {
                chosen = b;
            }
        }
        if (chosen < 0) {
            chosen = 0;
            for (int b = 1; b < trajectory.size(); b++) {
                if (trajectory.get(b).density() > trajectory.get(chosen).density()) {
                    chosen = b;
                }
            }
        }
        Box c = trajectory.get(chosen);
        List<Limit> limits = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            boolean restricted = c.low()[j] > fullLow[j] || c.high()[j] < fullHigh[j];
            double qp = Double.NaN;
            if (restricted) {
                double[] l = c.low().clone();
                double[] h = c.high().clone();
                l[j] = fullLow[j];
                h[j] = fullHigh[j];
                Box without = box(-1, x, y, l, h, totalCases);
                // P(at least the box's cases among its points | the density of the box without this restriction)
                qp = c.cases() == 0 ? 1 : upperTail(c.points(), Math.min(1, without.density()), c.cases());
            }
            limits.add(new Limit(j, c.low()[j], c.high()[j], restricted, qp));
        }
        return new Result(List.copyOf(trajectory), chosen, List.copyOf(limits), totalCases, n);
    }

    private static List<Integer> inside(double[][] x, double[] low, double[] high) {
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            boolean ok = true;
            for (int j = 0; j < low.length && ok; j++) {
                ok = x[i][j] >= low[j] && x[i][j] <= high[j];
            }
            if (ok) {
                in.add(i);
            }
        }
        return in;
    }

    private static Box box(int step, double[][] x, boolean[] y, double[] low, double[] high, int totalCases) {
        List<Integer> in = inside(x, low, high);
        int cases = 0;
        for (int i : in) {
            cases += y[i] ? 1 : 0;
        }
        double density = in.isEmpty() ? 0 : (double) cases / in.size();
        double coverage = totalCases == 0 ? 0 : (double) cases / totalCases;
        return new Box(step, low.clone(), high.clone(), coverage, density, (double) in.size() / x.length, in.size(), cases);
    }


    /** The smallest value strictly above the cut (the new lower limit removes the points at or below it). */
    private static double nextAbove(double[] sorted, double cut) {
        for (double v : sorted) {
            if (v > cut) {
                return v;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    private static double nextBelow(double[] sorted, double cut) {
        for (int i = sorted.length - 1; i >= 0; i--) {
            if (sorted[i] < cut) {
                return sorted[i];
            }
        }
        return Double.NEGATIVE_INFINITY;
    }

    /**
     * P(X >= k) for X ~ Binomial(n, p), summed from the upper tail in log space: 1 - P(X <= k - 1) underflows to 0 for a
     * restriction that matters a great deal, where the tail itself is a tiny but real number.
     */
    static double upperTail(int n, double p, int k) {
        if (k <= 0) {
            return 1.0;
        }
        if (k > n || p <= 0) {
            return 0.0;
        }
        BinomialDistribution b = new BinomialDistribution(null, n, p);
        double max = Double.NEGATIVE_INFINITY;
        double[] logs = new double[n - k + 1];
        for (int i = k; i <= n; i++) {
            logs[i - k] = b.logProbability(i);
            max = Math.max(max, logs[i - k]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return 0.0;
        }
        double sum = 0;
        for (double l : logs) {
            sum += Math.exp(l - max);
        }
        return Math.min(1.0, Math.exp(max) * sum);
    }
}
