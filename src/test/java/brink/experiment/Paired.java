package brink.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Paired comparison of two scenarios run with the same seeds: the mean difference must point the expected way
 * by more than three standard errors of the paired differences (the replication noise).
 */
final class Paired {
    static final double Z = 3.0;

    private Paired() {
    }

    static <T> void assertHigher(String what, List<T> treatment, List<T> reference, ToDoubleFunction<T> f) {
        int n = Math.min(treatment.size(), reference.size());
        double[] d = new double[n];
        double mean = 0;
        double scale = 0;
        for (int i = 0; i < n; i++) {
            d[i] = f.applyAsDouble(treatment.get(i)) - f.applyAsDouble(reference.get(i));
            mean += d[i];
            scale += Math.abs(f.applyAsDouble(reference.get(i)));
        }
        mean /= n;
        scale /= n;
        double var = 0;
        for (double x : d) {
            var += (x - mean) * (x - mean);
        }
        double se = Math.sqrt(var / (n - 1) / n);
        String report = String.format(Locale.ROOT, "%s: mean paired difference %.4g, standard error %.3g (%.1f SE), n = %d",
                what, mean, se, se > 0 ? mean / se : Double.POSITIVE_INFINITY, n);
        System.out.println("[paired] " + report);
        assertTrue(mean > Z * se && mean > 1e-9 * Math.max(1.0, scale), report);
    }

    static <T> void assertLower(String what, List<T> treatment, List<T> reference, ToDoubleFunction<T> f) {
        assertHigher(what + " (reversed)", reference, treatment, f);
    }

    /** The mean paired difference is smaller than {@code bound} in size, by more than three standard errors. */
    static <T> void assertWithin(String what, List<T> treatment, List<T> reference, ToDoubleFunction<T> f, double bound) {
        int n = Math.min(treatment.size(), reference.size());
        double[] d = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            d[i] = f.applyAsDouble(treatment.get(i)) - f.applyAsDouble(reference.get(i));
            mean += d[i];
        }
        mean /= n;
        double var = 0;
        for (double x : d) {
            var += (x - mean) * (x - mean);
        }
        double se = Math.sqrt(var / (n - 1) / n);
        String report = String.format(Locale.ROOT, "%s: mean paired difference %.4g, standard error %.3g, bound +-%.3g, n = %d",
                what, mean, se, bound, n);
        System.out.println("[paired] " + report);
        assertTrue(Math.abs(mean) + Z * se < bound, report);
    }

    /** The mean of {@code f} over the runs. */
    static <T> double mean(List<T> runs, ToDoubleFunction<T> f) {
        return runs.stream().mapToDouble(f).average().orElse(Double.NaN);
    }
}
