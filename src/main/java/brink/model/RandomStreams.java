package brink.model;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * The random numbers of one replication, as independent named streams derived from its seed, so that a variant that
 * changes one lever leaves the draws of unrelated processes, events and actors alone (common random numbers hold over
 * the whole horizon, not only until the first draw that differs).
 * <p>
 * The rule (documented in docs/ODD.md): a stream named N (e.g. {@code event/missile-test/occurs}) has the key
 * {@code k = mix(seed XOR fnv1a64(N))}; its draw on day d is the uniform number made of the top 53 bits of
 * {@code mix(k + (d + 1) * 0x9E3779B97F4A7C15)}; and the n-th batch of draws it needs on day d (a salvo, a response's
 * delay) comes from {@code new SplittableRandom(mix(mix(k ^ 0xD1B54A32D192ED03) + (d + 1) * 0x9E3779B97F4A7C15 + n))}.
 * {@code mix} is splitmix64's finalizer. So a draw depends only on the seed, the stream's name, the day and the count
 * within the day: never on how many draws other parts of the model made before it.
 */
public final class RandomStreams {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long BATCH = 0xD1B54A32D192ED03L;
    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** One named stream of this replication. */
    public Stream stream(String name) {
        return new Stream(mix(seed ^ fnv1a64(name)));
    }

    /** A named stream of draws, indexed by day (and by a count within the day). */
    public static final class Stream {
        private final long key;
        private final long batchKey;

        private Stream(long key) {
            this.key = key;
            this.batchKey = mix(key ^ BATCH);
        }

        /** The stream's uniform number in [0, 1) for day {@code day}: the same whatever happened before. */
        public double uniform(int day) {
            return (mix(key + (day + 1L) * GOLDEN) >>> 11) * 0x1.0p-53;
        }

        /** A generator for the {@code n}-th batch of draws this stream needs on day {@code day}. */
        public SplittableRandom batch(int day, int n) {
            return new SplittableRandom(mix(batchKey + (day + 1L) * GOLDEN + n));
        }
    }

    /** splitmix64's finalizer (Steele, Lea and Flood 2014): a bijection that spreads neighbouring inputs apart. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** 64-bit FNV-1a of the name's UTF-8 bytes: a fixed, documented hash (unlike String.hashCode's 32 bits). */
    static long fnv1a64(String name) {
        long h = 0xCBF29CE484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return h;
    }
}
