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
 * value is the mean of the per-run values, with the 5th-95th percentile of them (the 90 % interval); the verdict is
 * whether the mean lies inside the observed range. A target the run cannot speak to (an outcome its scenario does not
 * have, years beyond its horizon) is reported as such.
 */
public final class Targets {
    private Targets() {
    }

    /** Where the model's mean lies against the observed range. */
    public enum Verdict {
        INSIDE("inside"), BELOW("below"), ABOVE("above"), CANNOT_SAY("cannot say");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** One target checked: the model's mean and 90 % interval, the observed range, the verdict (and why not, if so). */
    public record Result(String id, String what, String period, String source, double mean, double low, double high,
                         double observedLow, double observedHigh, Verdict verdict, String reason) {
        public boolean inside() {
            return verdict == Verdict.INSIDE;
        }
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
        List<String> known = catalogue.stream().map(o -> o.name().replaceAll("_y\\d+$", "_y{y}")).distinct().toList();
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
                            + near + "'?" : ""), "an outcome of the catalogue (README.md, Outcomes), '{y}' for the year"));
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
            return new Result(id, what, t.period(), t.source(), Double.NaN, Double.NaN, Double.NaN, lo, hi, Verdict.CANNOT_SAY,
                    "the run has " + shape.years() + " year(s); the target needs years " + t.years().get(0) + "-" + t.years().get(1));
        }
        List<Outcome> numerator = new ArrayList<>();
        List<Outcome> terms = new ArrayList<>();
        List<String> wanted = names(t);
        int shareTerms = t.share().size();
        for (int i = 0; i < wanted.size(); i++) {
            Outcome o = Outcomes.named(shape.outcomes(), wanted.get(i));
            if (o == null) {
                return new Result(id, what, t.period(), t.source(), Double.NaN, Double.NaN, Double.NaN, lo, hi, Verdict.CANNOT_SAY,
                        "this run has no outcome " + wanted.get(i) + " (an actor, event or balance the scenario lacks?)");
            }
            (i < shareTerms ? numerator : terms).add(o);
        }
        double[] values = runs.stream().mapToDouble(r -> value(t, numerator, terms, r, shape.years()))
                .filter(Double::isFinite).toArray();
        if (values.length == 0) {
            return new Result(id, what, t.period(), t.source(), Double.NaN, Double.NaN, Double.NaN, lo, hi, Verdict.CANNOT_SAY,
                    "no replication gave a value (a share of nothing?)");
        }
        double mean = Arrays.stream(values).average().orElse(Double.NaN);
        Arrays.sort(values);
        double p05 = Quantiles.of(values, 0.05);
        double p95 = Quantiles.of(values, 0.95);
        Verdict v = mean < lo ? Verdict.BELOW : mean > hi ? Verdict.ABOVE : Verdict.INSIDE;
        return new Result(id, what, t.period(), t.source(), mean, p05, p95, lo, hi, v, "");
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
            s.append(", mean of years ").append(t.years().get(0)).append('-').append(t.years().get(1));
        }
        if (t.perYear()) {
            s.append(", per year");
        }
        return s.toString();
    }
}
