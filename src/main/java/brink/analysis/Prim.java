package brink.analysis;

import brink.experiment.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999) as the EMA Workbench's {@code prim.py} does it for
 * scenario discovery. Peeling: a box is peeled, alpha of its points at a time from the low or the high end of one
 * parameter (whole levels at a time for a discrete parameter), choosing the peel that scores best by the objective
 * (lenient1, the Workbench's default: the gain in density per point removed; lenient2; or the original: the density
 * left), until no peel improves the score or the box would hold less than the minimum mass. Pasting: the peeled box is
 * then widened again, paste-alpha of the points just outside at a time, while that raises both the score and the
 * density. Each box on the way is a point of the trajectory (coverage against density). The box offered is the one of
 * highest coverage whose density reaches the threshold (or, if none does, the densest), or the step asked for. The
 * parameters it restricts are tested with the Workbench's quasi-p-value (a one-sided binomial test of the box's density
 * against that of the box without the restriction), for both its sides at once and for each side. Covering finds
 * further boxes among the points no earlier box holds; resampling reruns PRIM on random halves to see how often each
 * restriction comes back.
 */
public final class Prim {
    /** How a candidate box is scored against the box it comes from. */
    public enum Objective {
        /** The gain in density divided by the number of points removed (or added): the Workbench's default. */
        LENIENT1,
        /** The same gain weighted by the new box's size (Friedman and Fisher 1999, eq. 14.6). */
        LENIENT2,
        /** The density of the new box (the first PRIM). */
        ORIGINAL;

        public String text() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The objective named, or null. */
        public static Objective of(String name) {
            for (Objective o : values()) {
                if (o.text().equals(name)) {
                    return o;
                }
            }
            return null;
        }

        double score(int casesOld, int nOld, int casesNew, int nNew) {
            double meanOld = (double) casesOld / nOld;
            double meanNew = nNew == 0 ? 0 : (double) casesNew / nNew;
            if (this == ORIGINAL) {
                return nNew == 0 ? -1 : meanNew;
            }
            if (meanOld == meanNew) {
                return 0;
            }
            double change = Math.abs(nOld - nNew);
            return this == LENIENT1 ? (meanNew - meanOld) / change : nNew * (meanNew - meanOld) / change;
        }
    }

    /**
     * Share of the box's points removed at each peel, share of the points outside added at each paste, the smallest box
     * (a share of all points), the density a chosen box must reach, the objective, whether to paste, and which parameters
     * are discrete (whole numbers or levels: peeled a whole level at a time; null: none).
     */
    public record Settings(double peelAlpha, double pasteAlpha, double massMin, double threshold, Objective objective, boolean paste,
                           boolean[] discrete) {
        public static final Settings DEFAULT = new Settings(0.05, 0.05, 0.05, 0.8, Objective.LENIENT1, true, null);

        /** Peeling and the choice of box as Brink did before the Workbench's options: the original objective, no pasting. */
        public static Settings original(double peelAlpha, double massMin, double threshold) {
            return new Settings(peelAlpha, 0.05, massMin, threshold, Objective.ORIGINAL, false, null);
        }

        public Settings withDiscrete(boolean[] which) {
            return new Settings(peelAlpha, pasteAlpha, massMin, threshold, objective, paste, which);
        }

        boolean discrete(int j) {
            return discrete != null && j < discrete.length && discrete[j];
        }
    }

    /** A box: a [low, high] range per parameter, with what it holds (coverage and mass against all points). */
    public record Box(int step, double[] low, double[] high, double coverage, double density, double mass, int points, int cases) {
    }

    /**
     * One parameter of the chosen box: its range, whether the box restricts it, and the quasi-p-values if so: {@code qp}
     * with both its sides freed, {@code qpLow} and {@code qpHigh} with one side freed (NaN for a side not restricted).
     */
    public record Limit(int parameter, double low, double high, boolean restricted, double qp, double qpLow, double qpHigh) {
    }

    /**
     * A box found: its trajectory, the step chosen, the chosen box's limits, the cases and points of all the data, and the
     * points this search was among (all of them for the first box; those no earlier box holds for the next ones).
     */
    public record Result(List<Box> trajectory, int chosen, List<Limit> limits, int cases, int points, boolean[] among) {
        public Box box() {
            return trajectory.get(chosen);
        }
    }

    private Prim() {
    }

    /** One box among all the points. */
    public static Result run(double[][] x, boolean[] y, Settings settings) {
        if (x.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        boolean[] all = new boolean[x.length];
        Arrays.fill(all, true);
        return run(x, y, settings, all);
    }

    /**
     * Up to {@code boxes} boxes, each among the points no earlier box holds (covering); the search stops early when the
     * remaining points hold no case, or when the box it finds does not reach the threshold (the Workbench's dump box).
     */
    public static List<Result> cover(double[][] x, boolean[] y, Settings settings, int boxes) {
        List<Result> out = new ArrayList<>();
        boolean[] among = new boolean[x.length];
        Arrays.fill(among, true);
        for (int b = 0; b < boxes; b++) {
            int cases = 0;
            for (int i = 0; i < x.length; i++) {
                cases += among[i] && y[i] ? 1 : 0;
            }
            if (cases == 0) {
                break;
            }
            Result r = run(x, y, settings, among.clone());
            if (b > 0 && r.box().density() < settings.threshold()) {
                break;
            }
            out.add(r);
            if (r.box().density() < settings.threshold()) {
                break;
            }
            for (int i = 0; i < x.length; i++) {
                among[i] = among[i] && !inBox(x[i], r.box().low(), r.box().high());
            }
        }
        return out;
    }

    /** The same search with another step of its trajectory chosen (the Workbench's {@code select}). */
    public static Result select(double[][] x, boolean[] y, Result r, int step) {
        if (step < 0 || step >= r.trajectory().size()) {
            throw new IllegalArgumentException("step " + step + " is not on the trajectory (0 to " + (r.trajectory().size() - 1) + ")");
        }
        return new Result(r.trajectory(), step, limits(x, y, r.among(), r.trajectory().get(step)), r.cases(), r.points(), r.among());
    }

    /**
     * How often each parameter is restricted by the box PRIM chooses on random halves of the points ({@code iterations}
     * of them, drawn from {@code seed}): a restriction that comes back in most halves is a property of the data, one that
     * comes and goes is noise.
     */
    public static double[] resample(double[][] x, boolean[] y, Settings settings, int iterations, long seed) {
        int n = x.length;
        int k = x[0].length;
        double[] share = new double[k];
        for (int it = 0; it < iterations; it++) {
            SplittableRandom random = new SplittableRandom(seed + it);
            int[] order = java.util.stream.IntStream.range(0, n).toArray();
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            int half = n / 2;
            double[][] xs = new double[half][];
            boolean[] ys = new boolean[half];
            for (int i = 0; i < half; i++) {
                xs[i] = x[order[i]];
                ys[i] = y[order[i]];
            }
            for (Limit l : run(xs, ys, settings).limits()) {
                share[l.parameter()] += l.restricted() ? 1.0 / iterations : 0;
            }
        }
        return share;
    }

    private static Result run(double[][] x, boolean[] y, Settings settings, boolean[] among) {
        int n = x.length;
        int k = x[0].length;
        int totalCases = 0;
        for (boolean b : y) {
            totalCases += b ? 1 : 0;
        }
        double[][] full = fullRange(x, among);
        double[] low = full[0].clone();
        double[] high = full[1].clone();
        List<Box> trajectory = new ArrayList<>();
        trajectory.add(box(0, x, y, among, low, high, totalCases));
        peel(x, y, among, settings, full, low, high, trajectory, totalCases);
        if (settings.paste()) {
            paste(x, y, among, settings, full, trajectory, totalCases);
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
        return new Result(List.copyOf(trajectory), chosen, limits(x, y, among, trajectory.get(chosen)), totalCases, n, among);
    }

    private static double[][] fullRange(double[][] x, boolean[] among) {
        int k = x[0].length;
        double[] low = new double[k];
        double[] high = new double[k];
        Arrays.fill(low, Double.POSITIVE_INFINITY);
        Arrays.fill(high, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < x.length; i++) {
            if (among[i]) {
                for (int j = 0; j < k; j++) {
                    low[j] = Math.min(low[j], x[i][j]);
                    high[j] = Math.max(high[j], x[i][j]);
                }
            }
        }
        return new double[][] {low, high};
    }

    /** A candidate box: its limits and what it holds. */
    private record Candidate(double[] low, double[] high, int points, int cases, double score, int unrestricted) {
    }

    private static void peel(double[][] x, boolean[] y, boolean[] among, Settings s, double[][] full, double[] low, double[] high,
                             List<Box> trajectory, int totalCases) {
        int n = x.length;
        int k = low.length;
        while (true) {
            List<Integer> in = inside(x, among, low, high);
            int casesOld = cases(y, in);
            Candidate best = null;
            for (int j = 0; j < k; j++) {
                int d = j;
                double[] values = in.stream().mapToDouble(i -> x[i][d]).sorted().toArray();
                if (values[0] == values[values.length - 1]) {
                    continue; // nothing to peel along a parameter the box has narrowed to one value
                }
                for (int side = 0; side < 2; side++) {
                    double[] l = low.clone();
                    double[] h = high.clone();
                    if (s.discrete(j)) {
                        discretePeel(values, s.peelAlpha(), side, l, h, j);
                    } else if (side == 0) {
                        l[j] = nextAbove(values, Quantiles.of(values, s.peelAlpha()));
                    } else {
                        h[j] = nextBelow(values, Quantiles.of(values, 1 - s.peelAlpha()));
                    }
                    if (l[j] > h[j]) {
                        continue;
                    }
                    Candidate c = candidate(x, y, in, l, h, j, casesOld, in.size(), s.objective(), full);
                    if (c.points() == 0 || c.points() == in.size()) {
                        continue;
                    }
                    if (better(c, best)) {
                        best = c;
                    }
                }
            }
            if (best == null || (double) best.points() / n < s.massMin() || best.score() <= 0) {
                return;
            }
            System.arraycopy(best.low(), 0, low, 0, k);
            System.arraycopy(best.high(), 0, high, 0, k);
            trajectory.add(box(trajectory.size(), x, y, among, low, high, totalCases));
        }
    }

    /**
     * A discrete peel (the Workbench's {@code _discrete_peel}): the cut is the level at or below the alpha quantile; if that
     * is the box's own end, the whole end level goes.
     */
    private static void discretePeel(double[] sorted, double alpha, int side, double[] l, double[] h, int j) {
        if (side == 0) {
            double q = Quantiles.of(sorted, alpha);
            double level = levelAtOrBelow(sorted, q);
            l[j] = level == sorted[0] ? nextAbove(sorted, sorted[0]) : level;
        } else {
            double q = Quantiles.of(sorted, 1 - alpha);
            double level = levelAtOrBelow(sorted, q);
            h[j] = level == sorted[sorted.length - 1] ? nextBelow(sorted, sorted[sorted.length - 1]) : level;
        }
    }

    private static double levelAtOrBelow(double[] sorted, double q) {
        double level = sorted[0];
        for (double v : sorted) {
            if (v <= q) {
                level = v;
            }
        }
        return level;
    }

    private static void paste(double[][] x, boolean[] y, boolean[] among, Settings s, double[][] full, List<Box> trajectory,
                              int totalCases) {
        int n = x.length;
        int k = full[0].length;
        while (true) {
            Box current = trajectory.get(trajectory.size() - 1);
            List<Integer> in = inside(x, among, current.low(), current.high());
            if (in.isEmpty()) {
                return;
            }
            int casesOld = cases(y, in);
            Candidate best = null;
            for (int j = 0; j < k; j++) {
                for (int side = 0; side < 2; side++) {
                    boolean restricted = side == 0 ? current.low()[j] > full[0][j] : current.high()[j] < full[1][j];
                    if (!restricted) {
                        continue;
                    }
                    double[] outside = outsideValues(x, among, current, j, side);
                    if (outside.length == 0) {
                        continue;
                    }
                    double[] l = current.low().clone();
                    double[] h = current.high().clone();
                    if (side == 0) {
                        double q = Quantiles.of(outside, 1 - s.pasteAlpha());
                        l[j] = firstAtOrAbove(outside, q);
                    } else {
                        double q = Quantiles.of(outside, s.pasteAlpha());
                        h[j] = levelAtOrBelow(outside, q);
                    }
                    Candidate c = candidate(x, y, inside(x, among, l, h), l, h, j, casesOld, in.size(), s.objective(), full);
                    if (better(c, best)) {
                        best = c;
                    }
                }
            }
            if (best == null) {
                return;
            }
            double meanOld = (double) casesOld / in.size();
            double meanNew = (double) best.cases() / best.points();
            // the Workbench's rule: a paste must keep the mass, grow the box, and raise both the score and the density
            if ((double) best.points() / n < s.massMin() || best.points() <= in.size() || best.score() <= 0 || meanNew <= meanOld) {
                return;
            }
            trajectory.add(box(trajectory.size(), x, y, among, best.low(), best.high(), totalCases));
        }
    }

    /** The sorted values of parameter j of the points outside the box on that side only (inside it on every other). */
    private static double[] outsideValues(double[][] x, boolean[] among, Box b, int j, int side) {
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!among[i]) {
                continue;
            }
            boolean ok = side == 0 ? x[i][j] < b.low()[j] : x[i][j] > b.high()[j];
            for (int d = 0; d < x[i].length && ok; d++) {
                ok = d == j || x[i][d] >= b.low()[d] && x[i][d] <= b.high()[d];
            }
            if (ok) {
                v.add(x[i][j]);
            }
        }
        return v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double firstAtOrAbove(double[] sorted, double q) {
        for (double v : sorted) {
            if (v >= q) {
                return v;
            }
        }
        return sorted[sorted.length - 1];
    }

    /** The points of {@code from} inside [l, h] along j, scored against the box they come from (casesOld of nOld points). */
    private static Candidate candidate(double[][] x, boolean[] y, List<Integer> from, double[] l, double[] h, int j, int casesOld,
                                       int nOld, Objective objective, double[][] full) {
        int count = 0;
        int cases = 0;
        for (int i : from) {
            if (x[i][j] >= l[j] && x[i][j] <= h[j]) {
                count++;
                cases += y[i] ? 1 : 0;
            }
        }
        int unrestricted = 0;
        for (int d = 0; d < l.length; d++) {
            unrestricted += l[d] <= full[0][d] && h[d] >= full[1][d] ? 1 : 0;
        }
        return new Candidate(l, h, count, cases, objective.score(casesOld, nOld, cases, count), unrestricted);
    }

    /** The higher score; on a tie the box restricting fewer parameters (the Workbench's rule), then the larger one. */
    private static boolean better(Candidate c, Candidate best) {
        if (best == null || c.score() > best.score()) {
            return true;
        }
        if (c.score() < best.score()) {
            return false;
        }
        return c.unrestricted() > best.unrestricted() || c.unrestricted() == best.unrestricted() && c.points() > best.points();
    }

    private static List<Limit> limits(double[][] x, boolean[] y, boolean[] among, Box c) {
        double[][] full = fullRange(x, among);
        List<Limit> limits = new ArrayList<>();
        for (int j = 0; j < full[0].length; j++) {
            boolean lowRestricted = c.low()[j] > full[0][j];
            boolean highRestricted = c.high()[j] < full[1][j];
            double qp = Double.NaN;
            double qpLow = Double.NaN;
            double qpHigh = Double.NaN;
            if (lowRestricted || highRestricted) {
                qp = qp(x, y, among, c, j, true, true, full);
                qpLow = lowRestricted ? qp(x, y, among, c, j, true, false, full) : Double.NaN;
                qpHigh = highRestricted ? qp(x, y, among, c, j, false, true, full) : Double.NaN;
            }
            limits.add(new Limit(j, c.low()[j], c.high()[j], lowRestricted || highRestricted, qp, qpLow, qpHigh));
        }
        return List.copyOf(limits);
    }

    /** P(at least the box's cases among its points | the density of the box with the side(s) of parameter j freed). */
    private static double qp(double[][] x, boolean[] y, boolean[] among, Box c, int j, boolean freeLow, boolean freeHigh,
                             double[][] full) {
        double[] l = c.low().clone();
        double[] h = c.high().clone();
        if (freeLow) {
            l[j] = full[0][j];
        }
        if (freeHigh) {
            h[j] = full[1][j];
        }
        List<Integer> in = inside(x, among, l, h);
        double density = in.isEmpty() ? 0 : (double) cases(y, in) / in.size();
        return c.cases() == 0 ? 1 : upperTail(c.points(), Math.min(1, density), c.cases());
    }

    private static boolean inBox(double[] p, double[] low, double[] high) {
        for (int j = 0; j < low.length; j++) {
            if (p[j] < low[j] || p[j] > high[j]) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> inside(double[][] x, boolean[] among, double[] low, double[] high) {
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (among[i] && inBox(x[i], low, high)) {
                in.add(i);
            }
        }
        return in;
    }

    private static int cases(boolean[] y, List<Integer> in) {
        int c = 0;
        for (int i : in) {
            c += y[i] ? 1 : 0;
        }
        return c;
    }

    private static Box box(int step, double[][] x, boolean[] y, boolean[] among, double[] low, double[] high, int totalCases) {
        List<Integer> in = inside(x, among, low, high);
        int cases = cases(y, in);
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
