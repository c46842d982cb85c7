package brink.experiment;

/**
 * The seed of replication i of an ensemble with base seed S is splitmix64(S + (i + 1) * 0x9E3779B97F4A7C15):
 * well spread for neighbouring i and S, fixed whatever the thread count, and the same for every scenario
 * (common random numbers when scenarios are compared).
 */
public final class Seeds {
    public static final long DEFAULT = 20250101L;

    private Seeds() {
    }

    public static long replication(long base, int i) {
        long z = base + (i + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
