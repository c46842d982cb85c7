package brink.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.moeaframework.analysis.sensitivity.Sensitivity;
import org.moeaframework.analysis.sensitivity.SobolSensitivityAnalysis;
import org.moeaframework.core.PRNG;

/**
 * Global sensitivity indices of one output over a design's points: Sobol first-order and total indices (MOEA
 * Framework's estimator, with its bootstrap intervals), or the Morris screening measures mu* (the mean absolute
 * elementary effect, Campolongo et al. 2007, with a bootstrap interval over trajectories) and sigma.
 */
public final class Indices {
    private static final int BOOTSTRAP = 1000;

    private Indices() {
    }

    /** First-order S1 and total ST of one parameter, each with its 95 % bootstrap interval. */
    public record Sobol(int parameter, double s1, double s1Low, double s1High, double st, double stLow, double stHigh) {
    }

    /** mu* with its 95 % bootstrap interval, and sigma (the spread of the elementary effects: interactions). */
    public record Morris(int parameter, double muStar, double muStarLow, double muStarHigh, double sigma) {
    }

    public static List<Sobol> sobol(Design.Plan plan, double[] outputs, long seed) {
        if (plan.kind() != Design.Kind.SOBOL) {
            throw new IllegalArgumentException("Sobol indices need a Sobol design");
        }
        SobolSensitivityAnalysis.SobolSensitivityResult r;
        synchronized (PRNG.class) {
            PRNG.setSeed(seed); // the bootstrap draws from MOEA's global generator: seed it for reproducible intervals
            r = plan.sobol().evaluate(outputs);
        }
        List<Sobol> out = new ArrayList<>();
        for (int j = 0; j < plan.parameters(); j++) {
            Sensitivity<?> first = r.getFirstOrder("x" + j);
            Sensitivity<?> total = r.getTotalOrder("x" + j);
            double s1 = first.getSensitivity();
            double st = total.getSensitivity();
            out.add(new Sobol(j, s1, s1 - first.getConfidenceInterval(), s1 + first.getConfidenceInterval(),
                    st, st - total.getConfidenceInterval(), st + total.getConfidenceInterval()));
        }
        return out;
    }

    public static List<Morris> morris(Design.Plan plan, double[] outputs, long seed) {
        if (plan.kind() != Design.Kind.MORRIS) {
            throw new IllegalArgumentException("Morris measures need a Morris design");
        }
        int k = plan.parameters();
        int r = plan.trajectories();
        double[][] effects = new double[k][r]; // effects[j][t]: parameter j's elementary effect on trajectory t
        for (int t = 0; t < r; t++) {
            for (int s = 0; s < k; s++) {
                double[] a = plan.unit()[t * (k + 1) + s];
                double[] b = plan.unit()[t * (k + 1) + s + 1];
                for (int j = 0; j < k; j++) {
                    double dx = b[j] - a[j];
                    if (Math.abs(dx) > 1e-12) {
                        effects[j][t] = (outputs[t * (k + 1) + s + 1] - outputs[t * (k + 1) + s]) / dx;
                    }
                }
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Morris> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double[] e = effects[j];
            double muStar = Arrays.stream(e).map(Math::abs).average().orElse(Double.NaN);
            double mu = Arrays.stream(e).average().orElse(Double.NaN);
            double sigma = r > 1 ? Math.sqrt(Arrays.stream(e).map(x -> (x - mu) * (x - mu)).sum() / (r - 1)) : Double.NaN;
            double[] boot = new double[BOOTSTRAP];
            for (int b = 0; b < BOOTSTRAP; b++) {
                double sum = 0;
                for (int i = 0; i < r; i++) {
                    sum += Math.abs(e[random.nextInt(r)]);
                }
                boot[b] = sum / r;
            }
            Arrays.sort(boot);
            out.add(new Morris(j, muStar, boot[(int) (0.025 * BOOTSTRAP)], boot[(int) (0.975 * BOOTSTRAP) - 1], sigma));
        }
        return out;
    }
}
