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

    /** The mean paired difference of f (treatment minus reference), its standard error and the reference's mean size. */
    private record Difference(double mean, double se, double scale, int n) {
        static <T> Difference of(List<T> treatment, List<T> reference, ToDoubleFunction<T> f) {
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
            double var = 0;
            for (double x : d) {
                var += (x - mean) * (x - mean);
            }
            return new Difference(mean, Math.sqrt(var / (n - 1) / n), scale / n, n);
        }
    }

    static <T> void assertHigher(String what, List<T> treatment, List<T> reference, ToDoubleFunction<T> f) {
        Difference d = Difference.of(treatment, reference, f);
        String report = String.format(Locale.ROOT, "%s: mean paired difference %.4g, standard error %.3g (%.1f SE), n = %d",
                what, d.mean(), d.se(), d.se() > 0 ? d.mean() / d.se() : Double.POSITIVE_INFINITY, d.n());
        System.out.println("[paired] " + report);
        assertTrue(d.mean() > Z * d.se() && d.mean() > 1e-9 * Math.max(1.0, d.scale()), report);
    }

    static <T> void assertLower(String what, List<T> treatment, List<T> reference, ToDoubleFunction<T> f) {
        assertHigher(what + " (reversed)", reference, treatment, f);
    }

    /** The mean paired difference is smaller than {@code bound} in size, by more than three standard errors. */
    static <T> void assertWithin(String what, List<T> treatment, List<T> reference, ToDoubleFunction<T> f, double bound) {
        Difference d = Difference.of(treatment, reference, f);
        String report = String.format(Locale.ROOT, "%s: mean paired difference %.4g, standard error %.3g, bound +-%.3g, n = %d",
                what, d.mean(), d.se(), bound, d.n());
        System.out.println("[paired] " + report);
        assertTrue(Math.abs(d.mean()) + Z * d.se() < bound, report);
    }

    /** The mean of {@code f} over the runs. */
    static <T> double mean(List<T> runs, ToDoubleFunction<T> f) {
        return runs.stream().mapToDouble(f).average().orElse(Double.NaN);
    }
}
