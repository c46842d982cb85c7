package brink.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The paired intervals of brink compare keep their 95 % coverage where differences are rare. The large reference is
 * 1,000 ten-year pairs of the baseline and us-drawdown (the same runs as the direction tests); its mean paired
 * difference is the truth. 2,000 compares of 50 pairs are drawn from it (with replacement, fixed seed), each gives
 * its interval as brink compare computes it, and the share that holds the truth must be at least 93 % for every
 * headline outcome. The plain t interval's coverage is printed beside it: for rare events it collapses to [0, 0] when
 * the 50 pairs happen to agree (0.17-0.29 for the probabilities of a clash or a war).
 * <p>
 * Not yet met (the issue stays open): outcomes whose differences are rare and large, where no interval from 50 pairs
 * can know the size of a difference it has not seen: days at war (a war in a few per cent of runs, lasting months) and
 * two year-10 balances (a war moves them far). They are listed in {@link #KNOWN_SHORT}; the test fails if another
 * outcome falls short, or if one of these starts to meet 93 % (then the list is out of date).
 */
class PairedCoverageTest {
    private static final int PAIRS = 50;
    private static final int COMPARES = 2000;
    private static final java.util.Set<String> KNOWN_SHORT = java.util.Set.of("days_at_war", "balance_axis-vs-coalition_y10",
            "balance_dprk-vs-rok_y10");

    @Test
    void newcombeAgreesWithAPublishedValue() {
        // Fagerland, Lydersen and Laake, the contingencytables R package (Newcombe square-and-add, paired 2x2), the
        // table (59, 6, 16, 80): p1 - p2 = -0.0621, 95 % CI -0.1186 to -0.0046. Here the difference is the other way round.
        double[] ci = Comparison.pairedProportions(59, 6, 16, 80);
        assertEquals(0.0046, ci[0], 1e-4);
        assertEquals(0.1186, ci[1], 1e-4);
        double[] none = Comparison.pairedProportions(50, 0, 0, 0);
        assertTrue(none[0] < 0 && none[1] > 0, "every pair an event: still an interval");
        assertEquals(0.0582, Comparison.detectableShare(50), 1e-4); // 1 - 0.05^(1/50)
    }

    @Test
    void everyHeadlineOutcomeKeepsItsCoverage() {
        List<ShippedEnsembles.Observation> ref = ShippedEnsembles.run("baseline.yaml", 10, 1000);
        List<ShippedEnsembles.Observation> scen = ShippedEnsembles.run("us-drawdown.yaml", 10, 1000);
        StringBuilder failed = new StringBuilder();
        SplittableRandom random = new SplittableRandom(7);
        for (Outcome o : ref.get(0).index().shape().outcomes()) {
            if (!o.headline()) {
                continue;
            }
            int size = ref.size();
            double[] x0 = new double[size];
            double[] x1 = new double[size];
            double truth = 0;
            for (int i = 0; i < size; i++) {
                x0[i] = ref.get(i).outcome(o.name());
                x1[i] = scen.get(i).outcome(o.name());
                truth += (x1[i] - x0[i]) / size;
            }
            int covered = 0;
            int tCovered = 0;
            for (int k = 0; k < COMPARES; k++) {
                long[] table = new long[5];
                double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
                double sum = 0;
                double sumSq = 0;
                for (int j = 0; j < PAIRS; j++) {
                    int i = random.nextInt(size);
                    double d = x1[i] - x0[i];
                    sum += d;
                    sumSq += d * d;
                    table[x0[i] >= 0.5 ? (x1[i] >= 0.5 ? 0 : 1) : (x1[i] >= 0.5 ? 2 : 3)]++;
                    table[4] += d != 0 ? 1 : 0;
                    range[0] = Math.min(range[0], Math.min(x0[i], x1[i]));
                    range[1] = Math.max(range[1], Math.max(x0[i], x1[i]));
                }
                double mean = sum / PAIRS;
                double var = Math.max(0, (sumSq - PAIRS * mean * mean) / (PAIRS - 1));
                double half = 2.009575237129235 * Math.sqrt(var / PAIRS); // t(0.975, 49)
                double[] ci = Comparison.interval(o.unit(), table, mean, half, PAIRS, range);
                covered += ci[0] <= truth + 1e-12 && truth - 1e-12 <= ci[1] ? 1 : 0;
                tCovered += mean - half <= truth + 1e-12 && truth - 1e-12 <= mean + half ? 1 : 0;
            }
            double coverage = (double) covered / COMPARES;
            String line = String.format(Locale.ROOT, "%s: coverage %.3f (plain t interval %.3f), truth %+.4f", o.name(), coverage,
                    (double) tCovered / COMPARES, truth);
            System.out.println("[coverage] " + line);
            if ((coverage < 0.93) != KNOWN_SHORT.contains(o.name())) {
                failed.append(line).append(KNOWN_SHORT.contains(o.name()) ? " (listed as short: remove it from KNOWN_SHORT)" : "")
                        .append('\n');
            }
        }
        assertTrue(failed.isEmpty(), "coverage not as recorded (93 % asked, known shortfalls listed):\n" + failed);
    }
}
