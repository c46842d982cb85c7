package brink.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Paired comparison of scenarios run with common random numbers. For each metric of interest and scenario it keeps
 * (streaming, Welford) the mean and variance of the value, and of its difference from the first scenario in the
 * same replication. The 95 % interval of the paired difference is mean(d) +- t(0.975, n-1) sd(d)/sqrt(n); the
 * unpaired (Welch) interval is given too, to show what pairing gains.
 */
public final class Comparison implements Ensemble.Pairing {
    /** One metric of one scenario in comparison.csv. */
    public record Row(String metric, String scenario, double value, double difference, double low, double high,
                      double unpairedLow, double unpairedHigh, long n) {
    }

    private final List<String> scenarios;
    private final int[] atYears;
    private final Map<String, Welford[]> values = new LinkedHashMap<>();
    private final Map<String, Welford[]> differences = new LinkedHashMap<>();

    /** @param atYears the years (1 = end of the first year) at which balance ratios are compared */
    public Comparison(List<String> scenarios, int[] atYears) {
        this.scenarios = List.copyOf(scenarios);
        this.atYears = atYears.clone();
    }

    @Override
    public void replication(List<RunShape> shapes, RunRecord[] runs) {
        List<Map<String, Double>> perScenario = new ArrayList<>();
        for (int s = 0; s < runs.length; s++) {
            perScenario.add(metrics(shapes.get(s), runs[s].summary(), atYears));
        }
        for (String m : perScenario.get(0).keySet()) {
            Welford[] v = values.computeIfAbsent(m, k -> newArray(runs.length));
            Welford[] d = differences.computeIfAbsent(m, k -> newArray(runs.length));
            double x0 = perScenario.get(0).get(m);
            for (int s = 0; s < runs.length; s++) {
                Double x = perScenario.get(s).get(m);
                if (x != null) {
                    v[s].add(x);
                    d[s].add(x - x0);
                }
            }
        }
    }

    private static Welford[] newArray(int n) {
        Welford[] w = new Welford[n];
        for (int i = 0; i < n; i++) {
            w[i] = new Welford();
        }
        return w;
    }

    /** The metrics of interest of one replication, by name. */
    static Map<String, Double> metrics(RunShape shape, RunSummary r, int[] atYears) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("highest_rung", (double) r.highestRung());
        for (int k = 1; k < shape.rungs().size(); k++) {
            int first = r.firstDayAtLeast()[k];
            int firstYear = first < 0 ? Integer.MAX_VALUE : shape.layout().yearOf(first);
            for (int y = 1; y <= shape.years(); y++) {
                m.put("reached_rung_" + k + "_by_year_" + y, firstYear < y ? 1.0 : 0.0);
            }
        }
        for (int l = 0; l < shape.launchers().size(); l++) {
            for (int y = 1; y <= shape.years(); y++) {
                m.put(shape.launchers().get(l) + "_missiles_y" + y, (double) r.missiles()[l][y - 1]);
            }
            for (int y = 1; y <= shape.years(); y++) {
                m.put(shape.launchers().get(l) + "_launch_days_y" + y, (double) r.launchDays()[l][y - 1]);
            }
        }
        m.put("clashes", (double) r.clashes());
        m.put("war", r.war() ? 1.0 : 0.0);
        for (int b = 0; b < shape.balances().size(); b++) {
            for (int y : atYears) {
                if (y >= 1 && y <= r.balanceAtYearEnd()[b].length) {
                    m.put("balance_" + shape.balances().get(b) + "_year_" + y, r.balanceAtYearEnd()[b][y - 1]);
                }
            }
        }
        return m;
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
                out.add(new Row(e.getKey(), scenarios.get(s), v[s].mean, diff,
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
