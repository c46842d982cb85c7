package brink.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/** Random draws the model needs, all from the model's one generator. */
final class Draws {
    private Draws() {
    }

    /** Lets Commons Math's distributions draw from MASON's generator, so one seed drives everything. */
    static final class Adapter implements RandomGenerator {
        private final MersenneTwisterFast random;

        Adapter(MersenneTwisterFast random) {
            this.random = random;
        }

        @Override public void setSeed(int seed) {
            random.setSeed(seed);
        }

        @Override public void setSeed(int[] seed) {
            random.setSeed(seed);
        }

        @Override public void setSeed(long seed) {
            random.setSeed(seed);
        }

        @Override public void nextBytes(byte[] bytes) {
            random.nextBytes(bytes);
        }

        @Override public int nextInt() {
            return random.nextInt();
        }

        @Override public int nextInt(int n) {
            return random.nextInt(n);
        }

        @Override public long nextLong() {
            return random.nextLong();
        }

        @Override public boolean nextBoolean() {
            return random.nextBoolean();
        }

        @Override public float nextFloat() {
            return random.nextFloat();
        }

        @Override public double nextDouble() {
            return random.nextDouble();
        }

        @Override public double nextGaussian() {
            return random.nextGaussian();
        }
    }

    /** Poisson by Knuth's multiplication method: exact, and fast for the small means used here. */
    static int poisson(MersenneTwisterFast random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 50) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double p = random.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= random.nextDouble();
            k++;
        }
        return k;
    }

    /**
     * Missiles on one launch day: 1 + Poisson(mean - 1), or negative binomial (a Poisson whose mean is drawn from
     * {@code gamma}, made once per event by {@link #salvoGamma}) when dispersion > 0.
     */
    static int salvo(MersenneTwisterFast random, double mean, GammaDistribution gamma, int max) {
        double lambda = gamma != null ? gamma.sample() : mean - 1.0;
        return Math.min(max, 1 + poisson(random, lambda));
    }

    /** The gamma mixing distribution of a salvo (mean - 1, dispersion), drawing from the model's generator; or null. */
    static GammaDistribution salvoGamma(MersenneTwisterFast random, double mean, double dispersion) {
        double lambda = mean - 1.0;
        if (dispersion <= 0 || lambda <= 0) {
            return null;
        }
        double shape = 1.0 / dispersion;
        return new GammaDistribution(new Adapter(random), shape, lambda / shape);
    }

    static double lognormal(MersenneTwisterFast random, double sigma) {
        return sigma <= 0 ? 1.0 : Math.exp(sigma * random.nextGaussian() - 0.5 * sigma * sigma);
    }
}
