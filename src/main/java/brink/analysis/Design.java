package brink.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.moeaframework.analysis.parameter.ParameterSet;
import org.moeaframework.analysis.parameter.SampledDouble;
import org.moeaframework.analysis.sample.Sample;
import org.moeaframework.analysis.sample.Samples;
import org.moeaframework.analysis.sensitivity.SobolSensitivityAnalysis;
import org.moeaframework.core.PRNG;
import org.moeaframework.util.sequence.LatinHypercube;

/**
 * Where a sweep samples the parameter space, in the unit cube: a full grid, a Latin hypercube (MOEA Framework), the
 * Saltelli-Sobol design of MOEA Framework's {@code SobolSensitivityAnalysis} (n(2k+2) points for n base samples), or
 * Morris trajectories (r trajectories of k+1 points on a 4-level grid, one coordinate changing per step).
 */
public final class Design {
    public enum Kind { GRID, LHS, SOBOL, MORRIS }

    /** Morris: levels of the grid and the step between a trajectory's points (p / (2 (p - 1)), Morris 1991). */
    static final int MORRIS_LEVELS = 4;
    static final double MORRIS_DELTA = MORRIS_LEVELS / (2.0 * (MORRIS_LEVELS - 1));
    /** Bootstrap resamples for the Sobol indices' intervals. */
    static final int SOBOL_RESAMPLES = 1000;

    private Design() {
    }

    /** A design's points (rows in the unit cube, one coordinate per parameter) and what the analysis needs back. */
    public record Plan(Kind kind, int parameters, double[][] unit, SobolSensitivityAnalysis sobol, int trajectories) {
        public int size() {
            return unit.length;
        }
    }

    /**
     * @param samples grid: points per parameter (levels: all of them); lhs: points; sobol: base samples n; morris:
     *                trajectories r
     */
    /**
     * How many samples the design would have, worked out before it is built (exactly, or Long.MAX_VALUE when it would
     * not even fit a long): a grid of 10^6 x 10^6 or a Sobol design of 10^6 base samples must be refused, not built.
     */
    public static long size(Kind kind, List<Parameter> parameters, int samples) {
        int k = parameters.size();
        try {
            return switch (kind) {
                case GRID -> {
                    long total = 1;
                    for (Parameter p : parameters) {
                        total = Math.multiplyExact(total, p.scale() == Parameter.Scale.LEVELS ? p.levels().size() : samples);
                    }
                    yield total;
                }
                case LHS -> samples;
                case SOBOL -> Math.multiplyExact((long) samples, 2L * k + 2);
                case MORRIS -> Math.multiplyExact((long) samples, (long) k + 1);
            };
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    public static Plan plan(Kind kind, List<Parameter> parameters, int samples, long seed) {
        int k = parameters.size();
        return switch (kind) {
            case GRID -> new Plan(kind, k, grid(parameters, samples), null, 0);
            case LHS -> {
                synchronized (PRNG.class) {
                    PRNG.setSeed(seed);
                    yield new Plan(kind, k, new LatinHypercube().generate(samples, k), null, 0);
                }
            }
            case SOBOL -> sobol(k, samples, seed);
            case MORRIS -> new Plan(kind, k, morris(k, samples, seed), null, samples);
        };
    }

    private static double[][] grid(List<Parameter> parameters, int perParameter) {
        List<double[]> axes = new ArrayList<>();
        for (Parameter p : parameters) {
            int n = p.scale() == Parameter.Scale.LEVELS ? p.levels().size() : perParameter;
            double[] axis = new double[n];
            for (int i = 0; i < n; i++) {
                // levels: the middle of each level's cell; ranges: both ends included
                axis[i] = p.scale() == Parameter.Scale.LEVELS ? (i + 0.5) / n : n == 1 ? 0.5 : (double) i / (n - 1);
            }
            axes.add(axis);
        }
        int total = 1;
        for (double[] a : axes) {
            total = Math.multiplyExact(total, a.length);
        }
        double[][] out = new double[total][axes.size()];
        for (int row = 0; row < total; row++) {
            int rest = row;
            for (int j = axes.size() - 1; j >= 0; j--) {
                double[] a = axes.get(j);
                out[row][j] = a[rest % a.length];
                rest /= a.length;
            }
        }
        return out;
    }

    private static Plan sobol(int k, int n, long seed) {
        List<org.moeaframework.analysis.parameter.Parameter<?>> unit = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            unit.add(new SampledDouble("x" + j, 0, 1));
        }
        ParameterSet set = new ParameterSet(unit);
        SobolSensitivityAnalysis analysis = new SobolSensitivityAnalysis(set, n, SOBOL_RESAMPLES);
        Samples samples = analysis.generateSamples();
        double[][] out = new double[samples.size()][k];
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            for (int j = 0; j < k; j++) {
                out[i][j] = s.getDouble("x" + j);
            }
        }
        return new Plan(Kind.SOBOL, k, out, analysis, 0);
    }

    /** r trajectories; each starts at a random grid point and moves every coordinate once, by +-delta, in random order. */
    private static double[][] morris(int k, int r, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] out = new double[r * (k + 1)][];
        double step = 1.0 / (MORRIS_LEVELS - 1);
        for (int t = 0; t < r; t++) {
            double[] x = new double[k];
            for (int j = 0; j < k; j++) {
                // a start from which +delta stays inside: levels 0 .. p/2 - 1
                x[j] = random.nextInt(MORRIS_LEVELS / 2) * step;
            }
            int[] order = new int[k];
            for (int j = 0; j < k; j++) {
                order[j] = j;
            }
            for (int j = k - 1; j > 0; j--) {
                int swap = random.nextInt(j + 1);
                int tmp = order[j];
                order[j] = order[swap];
                order[swap] = tmp;
            }
            boolean[] down = new boolean[k];
            for (int j = 0; j < k; j++) {
                down[j] = random.nextBoolean();
                if (down[j]) {
                    x[j] += MORRIS_DELTA; // start high, step down
                }
            }
            out[t * (k + 1)] = x.clone();
            for (int s = 0; s < k; s++) {
                int j = order[s];
                x[j] += down[j] ? -MORRIS_DELTA : MORRIS_DELTA;
                out[t * (k + 1) + s + 1] = x.clone();
            }
        }
        return out;
    }
}
