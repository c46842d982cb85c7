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
 * same replication. The 95 % interval of the paired difference is mean(d) +- t(0.975, n-1) sd(d)/sqrt(n); the
 * unpaired (Welch) interval is given too, to show what pairing gains.
 */
public final class Comparison implements Ensemble.Pairing {
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("_y(\\d+)$");

    /** One outcome of one scenario in comparison.csv. */
    public record Row(Outcome outcome, String scenario, double value, double difference, double low, double high,
                      double unpairedLow, double unpairedHigh, long n) {
    }

    private final List<String> scenarios;
    private final int[] atYears;
    private final Map<String, Welford[]> values = new LinkedHashMap<>();
    private final Map<String, Welford[]> differences = new LinkedHashMap<>();
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

    /** @param atYears the years (1 = end of the first year) at which balance ratios are compared */
    public Comparison(List<String> scenarios, int[] atYears) {
        this.scenarios = List.copyOf(scenarios);
        this.atYears = atYears.clone();
    }

    @Override
    public void replication(List<RunShape> shapes, RunRecord[] runs) {
        if (outcomes.isEmpty()) {
            for (Outcome o : shapes.get(0).outcomes()) {
                if (o.headline() || compared(o.name())) {
                    outcomes.put(o.name(), o);
                }
            }
        }
        for (Outcome o : outcomes.values()) {
            Welford[] v = values.computeIfAbsent(o.name(), k -> newArray(runs.length));
            Welford[] d = differences.computeIfAbsent(o.name(), k -> newArray(runs.length));
            double x0 = o.value().applyAsDouble(runs[0].summary());
            for (int s = 0; s < runs.length; s++) {
                Outcome own = s == 0 ? o : Outcomes.named(shapes.get(s).outcomes(), o.name());
                if (own != null) {
                    double x = own.value().applyAsDouble(runs[s].summary());
                    v[s].add(x);
                    d[s].add(x - x0);
                }
            }
        }
    }

    /** A per-year outcome is compared only at the chosen years. */
    private boolean compared(String name) {
        java.util.regex.Matcher m = YEAR.matcher(name);
        if (!m.find()) {
            return true;
        }
        int y = Integer.parseInt(m.group(1));
        return java.util.Arrays.stream(atYears).anyMatch(a -> a == y);
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
                double ua = v[s].variance() / n;
                double ub = v[0].variance() / n;
                double welchDf = (ua + ub) * (ua + ub) / (ua * ua / Math.max(1, n - 1) + ub * ub / Math.max(1, n - 1));
                double unpairedHalf = n > 1 ? (ua + ub == 0 ? 0 : t(welchDf) * Math.sqrt(ua + ub)) : Double.NaN;
                boolean reference = s == 0;
                out.add(new Row(outcomes.get(e.getKey()), scenarios.get(s), v[s].mean, diff,
                        reference ? Double.NaN : diff - half, reference ? Double.NaN : diff + half,
                        reference ? Double.NaN : v[s].mean - v[0].mean - unpairedHalf,
                        reference ? Double.NaN : v[s].mean - v[0].mean + unpairedHalf, n));
            }
        }
        return out;
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
