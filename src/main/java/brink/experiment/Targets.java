package brink.experiment;

import brink.scenario.Problem;
import brink.scenario.Scenario;
import brink.scenario.TargetSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The model against the record: each of a scenario's {@code targets:} checked on a run's replications. The model's
 * value is the mean of the per-run values, with its 95 % confidence interval (Wilson's for a 0/1 outcome, Student's t
 * otherwise) and the 5th-95th percentile of the values (the spread of single runs). The verdict compares the mean's
 * interval with the observed range: inside (the whole interval in the range), below or above (the whole interval out
 * of it), or on the edge (the interval straddles a bound: these replications cannot tell). A target {@code against: band}
 * compares the observed range with where 90 % of single runs fall instead (one year of the record is one history):
 * inside when the two overlap, below or above when the whole band is below or above the range. A target the run cannot
 * speak to (an outcome its scenario does not have, years beyond its horizon) is reported as such.
 */
public final class Targets {
    private Targets() {
    }

    /** Where the model's mean lies against the observed range. */
    public enum Verdict {
        INSIDE("inside"), BELOW("below"), ABOVE("above"), EDGE("on the edge"), CANNOT_SAY("cannot say");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /**
     * One target checked: the model's mean with its 95 % confidence interval (meanLow, meanHigh), the 5-95 % of single
     * runs (low, high), the observed range, the verdict (and why not, if it cannot say), what the target is for and its note.
     */
    public record Result(String id, String what, String period, String source, double mean, double meanLow, double meanHigh,
                         double low, double high, double observedLow, double observedHigh, Verdict verdict, String reason,
                         TargetSpec.Use use, String note, TargetSpec.Against against) {
        public boolean inside() {
            return verdict == Verdict.INSIDE;
        }

        public boolean calibration() {
            return use == TargetSpec.Use.CALIBRATION;
        }
    }

    private static Result cannotSay(String id, TargetSpec t, String what, String reason) {
        return new Result(id, what, t.period(), t.source(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                t.observed().get(0), t.observed().get(1), Verdict.CANNOT_SAY, reason, t.use(), t.note(), t.against());
    }

    /** The 95 % confidence interval of the mean of the values (see {@link #meanInterval}). */
    public static double[] interval(double[] values) {
        return meanInterval(values);
    }

    /** The 95 % confidence interval of the mean of the values: Wilson's score interval when every value is 0 or 1. */
    static double[] meanInterval(double[] values) {
        int n = values.length;
        double mean = Arrays.stream(values).average().orElse(Double.NaN);
        boolean binary = Arrays.stream(values).allMatch(v -> v == 0 || v == 1);
        double z = 1.959963984540054;
        if (binary) {
            double centre = (mean + z * z / (2 * n)) / (1 + z * z / n);
            double half = z / (1 + z * z / n) * Math.sqrt(mean * (1 - mean) / n + z * z / (4.0 * n * n));
            return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
        }
        if (n < 2) {
            return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        double var = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (n - 1);
        double t = new org.apache.commons.math3.distribution.TDistribution(n - 1).inverseCumulativeProbability(0.975);
        double half = t * Math.sqrt(var / n);
        return new double[] {mean - half, mean + half};
    }

    /** The outcomes a target reads, by name; null when the target is well formed. */
    private static List<String> names(TargetSpec t) {
        List<String> out = new ArrayList<>();
        List<String> terms = new ArrayList<>(t.share());
        terms.add(t.outcome());
        for (String n : terms) {
            if (n.contains("{y}")) {
                for (int y = t.years().get(0); y <= t.years().get(1); y++) {
                    out.add(n.replace("{y}", String.valueOf(y)));
                }
            } else {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Targets naming outcomes the scenario has at no horizon (a typo, an actor it lacks), as located problems; years
     * beyond the horizon are not a problem here (a shorter run simply cannot say).
     */
    public static List<Problem> problems(Scenario s) {
        List<Problem> ps = new ArrayList<>();
        if (s.spec().targets().isEmpty() || s.spec().kind() != brink.scenario.ScenarioSpec.Kind.THEATRE) {
            return ps;
        }
        List<Outcome> catalogue = Replication.catalogue(s);
        // a per-year outcome is named by its year's suffix, "_y" + year: the same name with {y} stands for any year
        List<String> known = catalogue.stream().map(o -> o.about().year() == 0 ? o.name()
                : o.name().substring(0, o.name().length() - String.valueOf(o.about().year()).length()) + "{y}").distinct().toList();
        s.spec().targets().forEach((id, t) -> {
            List<String> terms = new ArrayList<>(t.share());
            terms.add(t.outcome());
            for (int i = 0; i < terms.size(); i++) {
                String n = terms.get(i);
                boolean ok = known.contains(n) || catalogue.stream().anyMatch(o -> o.name().equals(n));
                if (!ok) {
                    String path = "targets." + id + (i < t.share().size() ? ".share[" + i + "]" : ".outcome");
                    String near = brink.scenario.Suggestion.closest(n, known);
                    ps.add(new Problem(s.locate(path), path, "no outcome named '" + n + "'" + (near != null ? ", did you mean '"
                            + near + "'?" : ""), "an outcome of the catalogue (docs/GUIDE.md, Outcomes), '{y}' for the year"));
                }
            }
        });
        return ps;
    }

    /** Checks every target of {@code s} on the runs. */
    public static List<Result> check(Scenario s, RunShape shape, List<RunSummary> runs) {
        List<Result> out = new ArrayList<>();
        for (Map.Entry<String, TargetSpec> e : s.spec().targets().entrySet()) {
            out.add(check(e.getKey(), e.getValue(), shape, runs));
        }
        return out;
    }

    static Result check(String id, TargetSpec t, RunShape shape, List<RunSummary> runs) {
        double lo = t.observed().get(0);
        double hi = t.observed().get(1);
        String what = describe(t);
        if (!t.years().isEmpty() && t.years().get(1) > shape.years()) {
            return cannotSay(id, t, what, "the run has " + shape.years() + " year(s); the target needs years " + t.years().get(0)
                    + "-" + t.years().get(1));
        }
        List<Outcome> numerator = new ArrayList<>();
        List<Outcome> terms = new ArrayList<>();
        List<String> wanted = names(t);
        int shareTerms = t.share().size();
        for (int i = 0; i < wanted.size(); i++) {
            Outcome o = Outcomes.named(shape.outcomes(), wanted.get(i));
            if (o == null) {
                return cannotSay(id, t, what, "this run has no outcome " + wanted.get(i) + " (an actor, event or balance the scenario lacks?)");
            }
            (i < shareTerms ? numerator : terms).add(o);
        }
        double[] values = runs.stream().mapToDouble(r -> value(t, numerator, terms, r, shape.years()))
                .filter(Double::isFinite).toArray();
        if (values.length == 0) {
            return cannotSay(id, t, what, "no replication gave a value (a share of nothing?)");
        }
        double mean = Arrays.stream(values).average().orElse(Double.NaN);
        double[] ci = meanInterval(values);
        Arrays.sort(values);
        double p05 = Quantiles.of(values, 0.05);
        double p95 = Quantiles.of(values, 0.95);
        Verdict v = t.against() == TargetSpec.Against.BAND ? band(p05, p95, lo, hi)
                : ci[1] < lo ? Verdict.BELOW : ci[0] > hi ? Verdict.ABOVE : ci[0] >= lo && ci[1] <= hi ? Verdict.INSIDE : Verdict.EDGE;
        return new Result(id, what, t.period(), t.source(), mean, ci[0], ci[1], p05, p95, lo, hi, v, "", t.use(), t.note(), t.against());
    }

    /** The record against the band of single runs: inside when they overlap. */
    static Verdict band(double p05, double p95, double lo, double hi) {
        return p95 < lo ? Verdict.BELOW : p05 > hi ? Verdict.ABOVE : Verdict.INSIDE;
    }

    private static double value(TargetSpec t, List<Outcome> numerator, List<Outcome> terms, RunSummary r, int years) {
        double sum = 0;
        for (Outcome o : terms) {
            sum += o.value().applyAsDouble(r);
        }
        if (!numerator.isEmpty()) {
            double top = 0;
            for (Outcome o : numerator) {
                top += o.value().applyAsDouble(r);
            }
            return sum > 0 ? top / sum : Double.NaN;
        }
        double v = sum / terms.size();
        return t.perYear() ? v / years : v;
    }

    /** A target's numbers as the table shows them: three significant digits, no trailing zeros ("0.24", "37.4", "0"). */
    public static String show(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }


    /** What the target checks, in words: "DPRK_missile_fired_y{y}, mean of years 1-3". */
    public static String describe(TargetSpec t) {
        StringBuilder s = new StringBuilder();
        if (!t.share().isEmpty()) {
            s.append("share of ").append(String.join(" + ", t.share())).append(" in ").append(t.outcome());
        } else {
            s.append(t.outcome());
        }
        if (!t.years().isEmpty()) {
            s.append(t.years().get(0).equals(t.years().get(1)) ? ", year " + t.years().get(0)
                    : ", mean of years " + t.years().get(0) + "-" + t.years().get(1));
        }
        if (t.perYear()) {
            s.append(", per year");
        }
        if (t.against() == TargetSpec.Against.BAND) {
            s.append(", single runs");
        }
        return s.toString();
    }
}
