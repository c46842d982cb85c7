package brink.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stand-alone battles follow Lanchester's closed forms, with and without reinforcements. */
class LanchesterTest {
    private static final double TOLERANCE = 1e-6;
    @TempDir
    Path dir;

    private Battle.Result battle(String law, double a0, double b0, double alpha, double beta, int days, String reinforcements)
            throws Exception {
        return TestBattles.run(dir, law, a0, b0, alpha, beta, days, "reinforcements: " + reinforcements);
    }

    /** Square law: A(t) = A0 cosh(wt) - sqrt(beta/alpha) B0 sinh(wt), w = sqrt(alpha beta); B likewise. */
    static double[] square(double a0, double b0, double alpha, double beta, double t) {
        double w = Math.sqrt(alpha * beta);
        return new double[] {a0 * Math.cosh(w * t) - Math.sqrt(beta / alpha) * b0 * Math.sinh(w * t),
            b0 * Math.cosh(w * t) - Math.sqrt(alpha / beta) * a0 * Math.sinh(w * t)};
    }

    /** Linear law: alpha A - beta B = C stays constant and A is logistic: A' = C A - alpha A^2. */
    static double[] linear(double a0, double b0, double alpha, double beta, double t) {
        double c = alpha * a0 - beta * b0;
        double a = Math.abs(c) < 1e-15 ? a0 / (1 + alpha * a0 * t)
                : c * a0 * Math.exp(c * t) / (c + alpha * a0 * (Math.exp(c * t) - 1));
        return new double[] {a, (alpha * a - c) / beta};
    }

    private static void assertFollows(Battle.Result r, BiFunction<double[], Double, double[]> exact, double[] start) {
        for (int d = 0; d < r.times().length; d++) {
            double[] e = exact.apply(start, r.times()[d]);
            for (int s = 0; s < 2; s++) {
                double rel = Math.abs(r.strengths()[d][s] - e[s]) / Math.abs(e[s]);
                assertTrue(rel <= TOLERANCE, "day " + d + " side " + s + ": " + r.strengths()[d][s] + " vs " + e[s]);
            }
        }
    }

    @Test
    void squareLawMatchesClosedForm() throws Exception {
        Battle.Result r = battle("square", 1000, 1200, 0.05, 0.03, 20, "[]");
        assertFollows(r, (s, t) -> square(1000, 1200, 0.05, 0.03, t), null);
        // Lanchester's square law: alpha A^2 - beta B^2 is invariant.
        double[] end = r.strengths()[20];
        assertEquals(0.05 * 1000 * 1000 - 0.03 * 1200 * 1200, 0.05 * end[0] * end[0] - 0.03 * end[1] * end[1], 1e-3);
    }

    @Test
    void linearLawMatchesClosedForm() throws Exception {
        Battle.Result r = battle("linear", 1000, 1100, 1e-4, 8e-5, 20, "[]");
        assertFollows(r, (s, t) -> linear(1000, 1100, 1e-4, 8e-5, t), null);
    }

    @Test
    void squareLawWithReinforcementsMatchesPiecewiseClosedForm() throws Exception {
        Battle.Result r = battle("square", 1000, 1200, 0.05, 0.03, 20,
                "[{day: 5, side: A, units: 200}, {day: 12, side: B, units: 150}]");
        double[] at5 = square(1000, 1200, 0.05, 0.03, 5);
        double[] after5 = {at5[0] + 200, at5[1]};
        double[] at12 = square(after5[0], after5[1], 0.05, 0.03, 7);
        double[] after12 = {at12[0], at12[1] + 150};
        assertFollows(r, (s, t) -> t < 5 ? square(1000, 1200, 0.05, 0.03, t)
                : t < 12 ? square(after5[0], after5[1], 0.05, 0.03, t - 5)
                : square(after12[0], after12[1], 0.05, 0.03, t - 12), null);
        assertEquals(after5[0], r.strengths()[5][0], 1e-6 * after5[0], "reinforcements count from their day on");
    }

    @Test
    void linearLawWithReinforcementsMatchesPiecewiseClosedForm() throws Exception {
        Battle.Result r = battle("linear", 1000, 1100, 1e-4, 8e-5, 20, "[{day: 8, side: B, units: 300}]");
        double[] at8 = linear(1000, 1100, 1e-4, 8e-5, 8);
        assertFollows(r, (s, t) -> t < 8 ? linear(1000, 1100, 1e-4, 8e-5, t)
                : linear(at8[0], at8[1] + 300, 1e-4, 8e-5, t - 8), null);
    }

    @Test
    void theLosingSideStopsAtZero() throws Exception {
        Battle.Result r = battle("square", 500, 2000, 0.05, 0.05, 60, "[]");
        double[] end = r.strengths()[60];
        assertEquals(0.0, end[0]);
        assertEquals(Math.sqrt(2000.0 * 2000 - 500.0 * 500), end[1], 2.0, "the winner keeps sqrt(B0^2 - A0^2) at equal effectiveness");
    }
}
