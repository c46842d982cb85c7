package brink.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Regret, satisficing and the paired difference against a hand computation on a tiny design (3 policies, 4 futures). */
class RobustnessTest {
    // the probability of war of policies A, B, C in futures 1-4
    private static final double[][] WAR = {
        {0.02, 0.10, 0.04, 0.30},
        {0.05, 0.06, 0.05, 0.08},
        {0.01, 0.20, 0.02, 0.40}};

    @Test
    void regretIsTheDistanceFromTheBestPolicyInTheSameFuture() {
        // best per future: 0.01 (C), 0.06 (B), 0.02 (C), 0.08 (B)
        double[][] r = Robustness.regret(WAR, Robustness.Direction.MINIMISE);
        assertArrayEquals(new double[] {0.01, 0.04, 0.02, 0.22}, r[0], 1e-12);
        assertArrayEquals(new double[] {0.04, 0.00, 0.03, 0.00}, r[1], 1e-12);
        assertArrayEquals(new double[] {0.00, 0.14, 0.00, 0.32}, r[2], 1e-12);
        double[][] max = Robustness.regret(WAR, Robustness.Direction.MAXIMISE);
        assertArrayEquals(new double[] {0.03, 0.10, 0.01, 0.10}, max[0], 1e-12);
    }

    @Test
    void summariesByHand() {
        List<Robustness.Summary> s = Robustness.summarise(List.of("A", "B", "C"), "any_war", Robustness.Direction.MINIMISE, WAR,
                Robustness.Threshold.parse("any_war<0.05"));
        Robustness.Summary a = s.get(0);
        Robustness.Summary b = s.get(1);
        Robustness.Summary c = s.get(2);
        assertEquals(0.115, a.mean(), 1e-12);
        assertEquals(0.06, b.mean(), 1e-12);
        assertEquals((0.04 + 0.03) / 4, b.meanRegret(), 1e-12);
        assertEquals(0.04, b.maxRegret(), 1e-12);
        assertEquals(0.32, c.maxRegret(), 1e-12);
        // satisficing war < 5 %: A in futures 1 and 3, B in none (0.05 is not below), C in 1 and 3
        assertEquals(0.5, a.satisficing(), 1e-12);
        assertEquals(0.0, b.satisficing(), 1e-12);
        // B has the best mean: A's paired difference from it is (-0.03, 0.04, -0.01, 0.22), mean 0.055
        assertEquals(0.055, a.differenceFromBest(), 1e-12);
        assertEquals(0.0, b.differenceFromBest(), 1e-12);
        assertEquals(0.0, b.differenceLow(), 1e-12);
        // deviations -0.085, -0.015, -0.065, 0.165: sum of squares 0.0389, sd sqrt(0.0389 / 3) = 0.11387;
        // t(0.975, 3) = 3.182446, half = 3.182446 * 0.11387 / 2 = 0.18119
        assertEquals(0.055 - 0.18119, a.differenceLow(), 1e-4);
        assertEquals("B", Robustness.byMaxRegret(s).get(0).policy(), "minimax regret picks B, though C is best in two futures");
        // A's values sorted 0.02, 0.04, 0.10, 0.30: p05 at 0.15 of the way from the first to the second, p50 halfway
        assertEquals(0.023, a.p05(), 1e-12);
        assertEquals(0.07, a.p50(), 1e-12);
    }

    @Test
    void thresholdsAndDirectionsAreReadOrRefused() {
        assertEquals(new Robustness.Threshold("clashes", "<=", 4), Robustness.Threshold.parse(" clashes <= 4 "));
        assertThrows(IllegalArgumentException.class, () -> Robustness.Threshold.parse("any_war = 0.05"));
        assertEquals(Robustness.Direction.MAXIMISE, Robustness.Direction.of("max"));
        assertThrows(IllegalArgumentException.class, () -> Robustness.Direction.of("up"));
    }
}
