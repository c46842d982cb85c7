package brink.model;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.GammaDistribution;

/** Random draws the model needs, each from the generator of the stream it belongs to (see {@link RandomStreams}). */
final class Draws {
    private Draws() {
    }

    /**
     * Lets a Commons Math distribution draw from whichever generator is current: a distribution is built once per
     * event, and pointed at the batch generator of each occurrence before it samples.
     */
    static final class Source implements org.apache.commons.math3.random.RandomGenerator {
        private RandomGenerator random = new java.util.SplittableRandom(0);

        void use(RandomGenerator r) {
            this.random = r;
        }

        @Override public void setSeed(int seed) {
            throw new UnsupportedOperationException("streams are seeded by RandomStreams");
        }

        @Override public void setSeed(int[] seed) {
            throw new UnsupportedOperationException("streams are seeded by RandomStreams");
        }

        @Override public void setSeed(long seed) {
            throw new UnsupportedOperationException("streams are seeded by RandomStreams");
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
    static int poisson(RandomGenerator random, double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean > 50) {
            return (int) Math.max(0, Math.min(Integer.MAX_VALUE, Math.round(mean + Math.sqrt(mean) * random.nextGaussian())));
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
     * Units used on one occurrence: 1 + Poisson(mean - 1), or negative binomial (a Poisson whose mean is drawn from
     * {@code gamma}, made once per event by {@link #salvoGamma}, drawing from {@code source}) when dispersion > 0.
     */
    static int salvo(RandomGenerator random, Source source, double mean, GammaDistribution gamma, int max) {
        double lambda = mean - 1.0;
        if (gamma != null) {
            source.use(random);
            lambda = gamma.sample();
        }
        return Math.min(max, 1 + poisson(random, lambda));
    }

    /** The gamma mixing distribution of a salvo (mean - 1, dispersion), drawing from {@code source}; or null. */
    static GammaDistribution salvoGamma(Source source, double mean, double dispersion) {
        double lambda = mean - 1.0;
        if (dispersion <= 0 || lambda <= 0) {
            return null;
        }
        double shape = 1.0 / dispersion;
        return new GammaDistribution(source, shape, lambda / shape);
    }

    static double lognormal(RandomGenerator random, double sigma) {
        return sigma <= 0 ? 1.0 : Math.exp(sigma * random.nextGaussian() - 0.5 * sigma * sigma);
    }
}
