package brink.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** PRIM finds a planted box: cases of interest where x0 is in [0.2, 0.5] and x1 above 0.7; x2 is noise. */
class PrimTest {
    @Test
    void findsThePlantedBoxAndOnlyItsParameters() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 2000;
        double[][] x = new double[n][3];
        boolean[] y = new boolean[n];
        int inBox = 0;
        int casesInPlanted = 0;
        int cases = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = random.nextDouble();
            }
            boolean planted = x[i][0] >= 0.2 && x[i][0] <= 0.5 && x[i][1] >= 0.7;
            inBox += planted ? 1 : 0;
            // 5 % of the labels flipped: real data is never clean
            y[i] = random.nextDouble() < 0.05 ? !planted : planted;
            cases += y[i] ? 1 : 0;
            casesInPlanted += y[i] && planted ? 1 : 0;
        }
        // the planted box itself: with 5 % noise its coverage is well below 1 (the flipped labels outside it count)
        double plantedCoverage = (double) casesInPlanted / cases;
        Prim.Result r = Prim.run(x, y, Prim.Settings.DEFAULT);
        Prim.Box b = r.box();
        System.out.printf(java.util.Locale.ROOT, "[prim] box x0 [%.3f, %.3f], x1 [%.3f, %.3f], x2 [%.3f, %.3f]; coverage %.2f, density %.2f, "
                + "%d steps; qp %s%n", b.low()[0], b.high()[0], b.low()[1], b.high()[1], b.low()[2], b.high()[2], b.coverage(),
                b.density(), r.trajectory().size(), r.limits());
        assertEquals(0.2, b.low()[0], 0.05, "x0's lower edge");
        assertEquals(0.5, b.high()[0], 0.05, "x0's upper edge");
        assertEquals(0.7, b.low()[1], 0.05, "x1's lower edge");
        assertTrue(b.density() >= 0.8 && b.coverage() >= 0.9 * plantedCoverage,
                "dense, and covering about as much as the planted box (" + plantedCoverage + "): " + b);
        assertTrue(r.limits().get(0).restricted() && r.limits().get(0).qp() < 0.01, "x0 matters");
        assertTrue(r.limits().get(1).restricted() && r.limits().get(1).qp() < 0.01, "x1 matters");
        Prim.Limit noise = r.limits().get(2);
        assertTrue(!noise.restricted() || noise.qp() > 0.05, "x2 does not: " + noise);
        assertTrue(inBox > 100, "the planted box holds cases");
        // the trajectory: density rises as the box shrinks, coverage falls
        assertTrue(r.trajectory().get(0).coverage() == 1.0 && r.trajectory().get(0).mass() == 1.0);
        assertTrue(r.trajectory().get(r.trajectory().size() - 1).density() > r.trajectory().get(0).density());
    }

    @Test
    void noCasesGiveTheWholeSpaceAndNoRestriction() {
        double[][] x = {{0, 0}, {1, 1}, {0.5, 0.2}, {0.3, 0.9}};
        Prim.Result r = Prim.run(x, new boolean[4], Prim.Settings.DEFAULT);
        assertEquals(0, r.cases());
        assertFalse(r.box().density() > 0);
    }
}
