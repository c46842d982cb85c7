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
 * difference is the truth. 2,000 compares are drawn from it (with replacement, fixed seed), each gives its interval as
 * brink compare computes it, and the share that holds the truth must be at least 93 % for every headline outcome, at
 * compare's default of 200 pairs and at 50 pairs. The plain t interval's coverage is printed beside it: for rare events
 * it collapses to [0, 0] when the pairs happen to agree (0.17-0.29 for the probabilities of a clash or a war at 50 pairs,
 * 0.21 for days at war).
 * <p>
 * Known shortfall at 50 pairs, told to the user by {@link BottomLine#fewPairsWarning}: two year-10 balances, which a war
 * in a few per cent of runs moves far (0.90-0.91 measured); no interval from 50 pairs that have seen no war can know how
 * far. They are listed in {@link #SHORT_AT_50}; the test fails if another outcome falls short, or if one of these starts
 * to meet 93 % (then the list and the warning are out of date).
 */
class PairedCoverageTest {
    private static final int COMPARES = 2000;
    private static final java.util.Set<String> SHORT_AT_50 = java.util.Set.of("balance_axis-vs-coalition_y10",
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
    void fewDifferingPairsWidenTheIntervalToWhatUnseenPairsCouldHold() {
        // 200 pairs of days at war: one war lasted 8 days less in the scenario, another war (300 days) the same in both
        PairTally tally = new PairTally();
        tally.add(20, 12);
        tally.add(300, 300);
        for (int i = 0; i < 198; i++) {
            tally.add(0, 0);
        }
        double[] ci = Comparison.interval(Outcome.Unit.DAYS, tally, -8.0 / 200, 0.08, 200, 3650);
        // the t interval would be -0.04 +- 0.08; a war 300 days shorter in 1.9 % of pairs (Wilson upper for 0 of 200)
        // is as likely as not to go unseen
        assertTrue(ci[1] > 300 * 0.018, "upper " + ci[1]);
        assertTrue(ci[0] < -300 * 0.02, "lower " + ci[0]);
        PairTally nothing = new PairTally();
        for (int i = 0; i < 50; i++) {
            nothing.add(0, 0);
        }
        double[] none = Comparison.interval(Outcome.Unit.DAYS, nothing, 0, 0, 50, 3650);
        assertEquals(0.0582 * 3650, none[1], 1);
    }

    @Test
    void everyHeadlineOutcomeKeepsItsCoverageAtTheDefaultPairs() {
        assertEquals(java.util.Set.of(), coverage(200, java.util.Set.of()));
    }

    @Test
    void everyHeadlineOutcomeButTwoBalancesKeepsItsCoverageAtFiftyPairs() {
        assertEquals(java.util.Set.of(), coverage(50, SHORT_AT_50));
    }

    /** The outcomes whose coverage is not as expected: short of 93 % unlike {@code known}, or listed but not short. */
    private static java.util.Set<String> coverage(int pairs, java.util.Set<String> known) {
        List<ShippedEnsembles.Observation> ref = ShippedEnsembles.run("baseline.yaml", 10, 1000);
        List<ShippedEnsembles.Observation> scen = ShippedEnsembles.run("us-drawdown.yaml", 10, 1000);
        int runDays = ref.get(0).index().shape().layout().days();
        java.util.Set<String> wrong = new java.util.TreeSet<>();
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
            double tq = new org.apache.commons.math3.distribution.TDistribution(pairs - 1).inverseCumulativeProbability(0.975);
            for (int k = 0; k < COMPARES; k++) {
                PairTally tally = new PairTally();
                double sum = 0;
                double sumSq = 0;
                for (int j = 0; j < pairs; j++) {
                    int i = random.nextInt(size);
                    double d = x1[i] - x0[i];
                    sum += d;
                    sumSq += d * d;
                    tally.add(x0[i], x1[i]);
                }
                double mean = sum / pairs;
                double var = Math.max(0, (sumSq - pairs * mean * mean) / (pairs - 1));
                double half = tq * Math.sqrt(var / pairs);
                double[] ci = Comparison.interval(o.unit(), tally, mean, half, pairs, runDays);
                covered += ci[0] <= truth + 1e-12 && truth - 1e-12 <= ci[1] ? 1 : 0;
                tCovered += mean - half <= truth + 1e-12 && truth - 1e-12 <= mean + half ? 1 : 0;
            }
            double coverage = (double) covered / COMPARES;
            System.out.printf(Locale.ROOT, "[coverage %d pairs] %s: %.3f (plain t interval %.3f), truth %+.4f%n", pairs, o.name(),
                    coverage, (double) tCovered / COMPARES, truth);
            if ((coverage < 0.93) != known.contains(o.name())) {
                wrong.add(o.name() + String.format(Locale.ROOT, " %.3f", coverage));
            }
        }
        return wrong;
    }
}
