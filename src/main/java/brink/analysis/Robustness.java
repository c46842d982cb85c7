package brink.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Which policy holds up across futures we cannot rule out (robust decision making, as RAND's RDM and the EMA Workbench
 * measure it), from each policy's mean outcome in each future, all run with the same random streams:
 * <ul>
 * <li><b>regret</b> of a policy in a future: how much worse its outcome is than that of the best policy in the same
 * future (0 for the best);</li>
 * <li><b>satisficing</b>: the share of futures in which the outcome meets a threshold ({@code any_war < 0.05});</li>
 * <li>the <b>paired difference</b> from the policy with the best mean over the futures, with a 95 % t interval over
 * the futures (the pairing removes what the futures share).</li>
 * </ul>
 * Pure functions over arrays {@code values[policy][future]}; tested against a hand computation.
 */
public final class Robustness {
    private Robustness() {
    }

    /** Whether an outcome is better low (the risk of war) or high. */
    public enum Direction {
        MINIMISE, MAXIMISE;

        public String text() {
            return this == MINIMISE ? "min" : "max";
        }

        public static Direction of(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "min", "minimise", "minimize" -> MINIMISE;
                case "max", "maximise", "maximize" -> MAXIMISE;
                default -> throw new IllegalArgumentException("a direction is min or max, got '" + text + "'");
            };
        }
    }

    /** A threshold an outcome meets: {@code any_war < 0.05} or {@code clashes <= 4}. */
    public record Threshold(String outcome, String operator, double value) {
        public boolean met(double v) {
            return switch (operator) {
                case "<" -> v < value;
                case "<=" -> v <= value;
                case ">" -> v > value;
                case ">=" -> v >= value;
                default -> throw new IllegalStateException(operator);
            };
        }

        /** Reads {@code OUTCOME<VALUE} (or <=, >, >=); a malformed one is an IllegalArgumentException for the user. */
        public static Threshold parse(String text) {
            java.util.regex.Matcher m = brink.scenario.ExperimentSpec.THRESHOLD.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException("--satisfy '" + text + "': expected OUTCOME<VALUE, e.g. \"any_war<0.05\" (also <=, >, >=)");
            }
            return new Threshold(m.group(1), m.group(2), Double.parseDouble(m.group(3)));
        }

        @Override
        public String toString() {
            return outcome + " " + operator + " " + brink.scenario.Setting.number(value);
        }
    }

    /** One policy's record on one outcome over the futures. */
    public record Summary(String policy, String outcome, Direction direction, double mean, double p05, double p50, double p95,
                          double meanRegret, double p90Regret, double maxRegret, double satisficing, double differenceFromBest,
                          double differenceLow, double differenceHigh) {
    }

    /** regret[p][f]: how much worse policy p did in future f than the best policy in f (never below 0). */
    public static double[][] regret(double[][] values, Direction d) {
        int policies = values.length;
        int futures = values[0].length;
        double[][] out = new double[policies][futures];
        for (int f = 0; f < futures; f++) {
            double best = d == Direction.MINIMISE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            for (double[] v : values) {
                best = d == Direction.MINIMISE ? Math.min(best, v[f]) : Math.max(best, v[f]);
            }
            for (int p = 0; p < policies; p++) {
                out[p][f] = Math.abs(values[p][f] - best);
            }
        }
        return out;
    }

    /** Each policy's summary on one outcome; {@code threshold} may be null (no satisficing share). */
    public static List<Summary> summarise(List<String> policies, String outcome, Direction d, double[][] values, Threshold threshold) {
        double[][] regret = regret(values, d);
        int best = 0;
        for (int p = 1; p < values.length; p++) {
            double m = mean(values[p]);
            if (d == Direction.MINIMISE ? m < mean(values[best]) : m > mean(values[best])) {
                best = p;
            }
        }
        List<Summary> out = new ArrayList<>();
        for (int p = 0; p < values.length; p++) {
            double[] v = values[p];
            double satisficing = Double.NaN;
            if (threshold != null) {
                satisficing = Arrays.stream(v).filter(threshold::met).count() / (double) v.length;
            }
            double[] diff = new double[v.length];
            for (int f = 0; f < v.length; f++) {
                diff[f] = v[f] - values[best][f];
            }
            double[] ci = meanInterval(diff);
            out.add(new Summary(policies.get(p), outcome, d, mean(v), percentile(v, 5), percentile(v, 50), percentile(v, 95),
                    mean(regret[p]), percentile(regret[p], 90), Arrays.stream(regret[p]).max().orElse(Double.NaN), satisficing,
                    mean(diff), ci[0], ci[1]));
        }
        return out;
    }

    /** The policies ordered by their largest regret (minimax regret), then by their mean regret. */
    public static List<Summary> byMaxRegret(List<Summary> summaries) {
        List<Summary> out = new ArrayList<>(summaries);
        out.sort(java.util.Comparator.comparingDouble(Summary::maxRegret).thenComparingDouble(Summary::meanRegret));
        return out;
    }

    static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }

    /** The 95 % t interval of the mean; [x, x] when every value is x (a policy against itself). */
    static double[] meanInterval(double[] v) {
        int n = v.length;
        double m = mean(v);
        if (n < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(ss / (n - 1) / n);
        return new double[] {m - half, m + half};
    }

    /** Percentile p (0-100), linear interpolation between order statistics (NumPy's default). */
    static double percentile(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        double h = (s.length - 1) * p / 100.0;
        int lo = (int) Math.floor(h);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }
}
