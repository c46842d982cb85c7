package brink.analysis;

import brink.experiment.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Approximate Bayesian computation by rejection: parameter sets drawn from the priors (the --vary ranges) are kept
 * when the model, run at them, lands within {@code tolerance} of every observed range of the scenario's targets. The
 * distance of one target is 0 inside its range and otherwise the gap to the nearer end in widths of the range; a
 * sample's distance is the largest over its targets (targets the run cannot speak to are left out). What is kept
 * approximates the posterior: the values of the ASSUMPTION numbers consistent with the record.
 */
public final class Abc {
    private Abc() {
    }

    /** An observed range. */
    public record Target(String id, double low, double high) {
    }

    /** One field's prior range and, over the accepted samples, its median and 5-95 % range. */
    public record Summary(int parameter, double priorLow, double priorHigh, double median, double p05, double p95) {
    }

    public record Posterior(List<Integer> accepted, double[] distances, List<Summary> summaries) {
    }

    /** 0 inside [low, high]; otherwise the gap to the nearer end in widths of the range (NaN: the run cannot say). */
    public static double distance(double model, double low, double high) {
        if (!Double.isFinite(model)) {
            return Double.NaN;
        }
        if (model >= low && model <= high) {
            return 0;
        }
        double width = high > low ? high - low : Math.max(Math.abs(high), 1e-12);
        return (model < low ? low - model : model - high) / width;
    }

    public static Posterior reject(List<SampleResult> results, List<Target> targets, List<Parameter> parameters, double tolerance) {
        double[] d = new double[results.size()];
        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < d.length; i++) {
            double worst = 0;
            for (int t = 0; t < targets.size(); t++) {
                double x = distance(results.get(i).targets()[t], targets.get(t).low(), targets.get(t).high());
                if (!Double.isNaN(x)) {
                    worst = Math.max(worst, x);
                }
            }
            d[i] = worst;
            if (worst <= tolerance) {
                accepted.add(i);
            }
        }
        List<Summary> summaries = new ArrayList<>();
        for (int j = 0; j < parameters.size(); j++) {
            Parameter p = parameters.get(j);
            int col = j;
            double[] v = accepted.stream().mapToDouble(i -> results.get(i).values()[col]).sorted().toArray();
            double lo = p.scale() == Parameter.Scale.LEVELS ? p.levels().stream().mapToDouble(x -> x).min().orElseThrow() : p.low();
            double hi = p.scale() == Parameter.Scale.LEVELS ? p.levels().stream().mapToDouble(x -> x).max().orElseThrow() : p.high();
            summaries.add(new Summary(j, lo, hi, Quantiles.of(v, 0.5), Quantiles.of(v, 0.05), Quantiles.of(v, 0.95)));
        }
        return new Posterior(List.copyOf(accepted), d, List.copyOf(summaries));
    }


    /** The indexes of the {@code n} samples closest to the record, nearest first. */
    public static int[] closest(double[] distances, int n) {
        Integer[] idx = new Integer[distances.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(distances[a], distances[b]));
        return Arrays.stream(idx).limit(n).mapToInt(Integer::intValue).toArray();
    }
}
