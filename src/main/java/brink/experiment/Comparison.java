package brink.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Paired comparison of scenarios run with common random numbers, outcome by outcome of the first scenario's catalogue
 * ({@link Outcomes}; per-year outcomes only for the chosen years, headlines always). For each outcome and scenario it
 * keeps (streaming, Welford) the mean and variance of the value, and of its difference from the first scenario in the
 * same replication. The 95 % interval of the paired difference is, for a probability (0 or 1 per run), Newcombe's
 * hybrid score interval for paired proportions (method 10 of Newcombe 1998, with the correlation term as Fagerland,
 * Lydersen and Laake give it), which keeps its coverage when the event is rare and few pairs differ; for any other
 * outcome mean(d) +- t(0.975, n-1) sd(d)/sqrt(n), widened when fewer than ten pairs differed (a few changes say little
 * about the size of those not seen, e.g. days at war when a war ends differently in one pair of a hundred): each
 * direction is then bounded by the Wilson upper limit of the share of pairs that changed that way times the largest
 * change or spread of values seen. When no pair differed at all, the interval is the change that would have shown: if
 * pairs differed with probability above 1 - 0.05^(1/n) (about 3/n), at least one of n would have with 95 % confidence,
 * so the mean change is within that share of the largest change one pair can show (1 for a probability; the spread of
 * the values seen; when nothing varied, the run's length for days, one unit for other counts). The unpaired (Welch)
 * interval is given too, to show what pairing gains.
 */
public final class Comparison implements Ensemble.Pairing {

    /** One outcome of one scenario in comparison.csv; {@code differing}: the pairs whose values differ. */
    public record Row(Outcome outcome, String scenario, double value, double difference, double low, double high,
                      double unpairedLow, double unpairedHigh, long n, long differing) {
        /** Whether every pair gave the same value, so that the interval is the change that would have shown. */
        public boolean noPairDiffered() {
            return differing == 0 && !Double.isNaN(low);
        }
    }

    private final List<String> scenarios;
    private final int[] atYears;
    private final Map<String, Welford[]> values = new LinkedHashMap<>();
    private final Map<String, Welford[]> differences = new LinkedHashMap<>();
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
    private final Map<String, PairTally[]> tallies = new LinkedHashMap<>();
    private int runDays;

    /** @param atYears the years (1 = end of the first year) at which balance ratios are compared */
    public Comparison(List<String> scenarios, int[] atYears) {
        this.scenarios = List.copyOf(scenarios);
        this.atYears = atYears.clone();
    }

    @Override
    public void replication(List<RunShape> shapes, RunRecord[] runs) {
        if (outcomes.isEmpty()) {
            for (Outcome o : shapes.get(0).outcomes()) {
                if (o.headline() || compared(o)) {
                    outcomes.put(o.name(), o);
                }
            }
        }
        for (Outcome o : outcomes.values()) {
            Welford[] v = values.computeIfAbsent(o.name(), k -> newArray(runs.length));
            Welford[] d = differences.computeIfAbsent(o.name(), k -> newArray(runs.length));
            PairTally[] tally = tallies.computeIfAbsent(o.name(), k -> newTallies(runs.length));
            double x0 = o.value().applyAsDouble(runs[0].summary());
            for (int s = 0; s < runs.length; s++) {
                Outcome own = s == 0 ? o : Outcomes.named(shapes.get(s).outcomes(), o.name());
                if (own != null) {
                    double x = own.value().applyAsDouble(runs[s].summary());
                    v[s].add(x);
                    d[s].add(x - x0);
                    tally[s].add(x0, x);
                }
            }
        }
        if (runDays == 0) {
            runDays = shapes.get(0).layout().days();
        }
    }

    /** A per-year outcome is compared only at the chosen years. */
    private boolean compared(Outcome o) {
        int y = o.about().year();
        return y == 0 || java.util.Arrays.stream(atYears).anyMatch(a -> a == y);
    }

    private static PairTally[] newTallies(int n) {
        PairTally[] t = new PairTally[n];
        for (int i = 0; i < n; i++) {
            t[i] = new PairTally();
        }
        return t;
    }

    private static Welford[] newArray(int n) {
        Welford[] w = new Welford[n];
        for (int i = 0; i < n; i++) {
            w[i] = new Welford();
        }
        return w;
    }

    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        for (Map.Entry<String, Welford[]> e : values.entrySet()) {
            Welford[] v = e.getValue();
            Welford[] d = differences.get(e.getKey());
            for (int s = 0; s < v.length; s++) {
                long n = v[s].n;
                if (n == 0) {
                    continue;
                }
                double diff = d[s].mean;
                double half = n > 1 ? t(n - 1) * Math.sqrt(d[s].variance() / n) : Double.NaN;
                PairTally tally = tallies.get(e.getKey())[s];
                Outcome outcome = outcomes.get(e.getKey());
                double[] interval = n > 1 ? interval(outcome.unit(), tally, diff, half, n, runDays)
                        : new double[] {Double.NaN, Double.NaN};
                double ua = v[s].variance() / n;
                double ub = v[0].variance() / n;
                double welchDf = (ua + ub) * (ua + ub) / (ua * ua / Math.max(1, n - 1) + ub * ub / Math.max(1, n - 1));
                double unpairedHalf = n > 1 ? (ua + ub == 0 ? 0 : t(welchDf) * Math.sqrt(ua + ub)) : Double.NaN;
                boolean reference = s == 0;
                out.add(new Row(outcome, scenarios.get(s), v[s].mean, diff,
                        reference ? Double.NaN : interval[0], reference ? Double.NaN : interval[1],
                        reference ? Double.NaN : v[s].mean - v[0].mean - unpairedHalf,
                        reference ? Double.NaN : v[s].mean - v[0].mean + unpairedHalf, n, tally.differing()));
            }
        }
        return out;
    }

    /** The paired difference's 95 % interval: see the class comment. */
    static double[] interval(Outcome.Unit unit, PairTally tally, double diff, double tHalf, long n, int runDays) {
        if (tally.differing() == 0) {
            double x = detectableShare(n) * largestUnseen(unit, tally, runDays);
            return new double[] {-x, x};
        }
        if (unit == Outcome.Unit.PROBABILITY) {
            return pairedProportions(tally.both, tally.referenceOnly, tally.scenarioOnly, tally.neither);
        }
        double low = diff - tHalf;
        double high = diff + tHalf;
        if (tally.differing() < FEW_DIFFERING) {
            // a few differing pairs say little about the size of the changes not seen: bound each direction by the
            // share of pairs that may change that way (Wilson) times the largest change or spread seen
            double largest = Math.max(tally.largestChange, tally.range());
            double[] upShare = wilson(tally.up, n);
            double[] downShare = wilson(tally.down, n);
            double smallestUp = tally.up > 0 ? tally.smallestUp : 0;
            double smallestDown = tally.down > 0 ? tally.smallestDown : 0;
            high = Math.max(high, upShare[1] * largest - downShare[0] * smallestDown);
            low = Math.min(low, -(downShare[1] * largest - upShare[0] * smallestUp));
        }
        return new double[] {low, high};
    }

    /** Below this many differing pairs the t interval is widened to what the unseen pairs could hold. */
    static final int FEW_DIFFERING = 10;

    /**
     * The largest change one pair could show when none did: 1 for a probability; the spread of the values seen; when
     * nothing varied at all, the run's length for days (a war unseen in every run could last it), else one unit.
     */
    private static double largestUnseen(Outcome.Unit unit, PairTally tally, int runDays) {
        if (unit == Outcome.Unit.PROBABILITY) {
            return 1.0;
        }
        if (tally.range() > 0) {
            return tally.range();
        }
        return unit == Outcome.Unit.DAYS && runDays > 0 ? runDays : unitStep(unit);
    }

    /** The smallest change one pair can show in a unit counted in whole numbers (else 0: a continuous outcome). */
    private static double unitStep(Outcome.Unit unit) {
        return unit == Outcome.Unit.COUNT || unit == Outcome.Unit.COUNT_IN_YEAR || unit == Outcome.Unit.DAYS ? 1.0 : 0.0;
    }

    /** The share of pairs that could differ unseen in n pairs, with 95 % confidence: 1 - 0.05^(1/n), about 3/n. */
    public static double detectableShare(long n) {
        return -Math.expm1(Math.log(0.05) / n);
    }

    /**
     * Newcombe's hybrid score interval (square-and-add of Wilson intervals, with the correlation of paired data) for
     * p_scenario - p_reference from the paired 2x2 table: a both, b the reference only, c the scenario only, d neither.
     */
    public static double[] pairedProportions(long a, long b, long c, long d) {
        double n = a + b + c + d;
        double pRef = (a + b) / n;
        double pScen = (a + c) / n;
        double[] ref = wilson(a + b, n);
        double[] scen = wilson(a + c, n);
        double psi = 0;
        double margins = (double) (a + b) * (c + d) * (a + c) * (b + d);
        if (margins > 0) {
            double k = (double) a * d - (double) b * c;
            psi = k > n / 2 ? (k - n / 2) / Math.sqrt(margins) : k >= 0 ? 0 : k / Math.sqrt(margins);
        }
        double diff = pScen - pRef;
        double down = Math.sqrt(sq(pScen - scen[0]) + sq(ref[1] - pRef) - 2 * psi * (pScen - scen[0]) * (ref[1] - pRef));
        double up = Math.sqrt(sq(scen[1] - pScen) + sq(pRef - ref[0]) - 2 * psi * (scen[1] - pScen) * (pRef - ref[0]));
        return new double[] {Math.max(-1, diff - down), Math.min(1, diff + up)};
    }

    private static double sq(double x) {
        return x * x;
    }

    /** Wilson's 95 % score interval for k successes in n. */
    static double[] wilson(double k, double n) {
        double z = 1.959963984540054;
        double p = k / n;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    private static double t(double df) {
        return df > 0 && Double.isFinite(df) ? new TDistribution(df).inverseCumulativeProbability(0.975) : 1.959963984540054;
    }

    /** Running mean and variance (Welford), added in replication order. */
    static final class Welford {
        long n;
        double mean;
        double m2;

        void add(double x) {
            n++;
            double delta = x - mean;
            mean += delta / n;
            m2 += delta * (x - mean);
        }

        double variance() {
            return n > 1 ? m2 / (n - 1) : 0.0;
        }
    }
}
