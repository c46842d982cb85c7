package brink.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import brink.scenario.Problem;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reinforcement rates P(t) in stand-alone battles, as the classic fits of Lanchester's law to historical battles use
 * them: checked against the closed form of the square law with a constant rate, against an independent fine-step
 * integration of the linear law with a rate and a wave, and against a wave as the rate's interval shrinks.
 */
class ReinforcementRateTest {
    @TempDir
    Path dir;

    private Battle.Result battle(String law, double a0, double b0, double alpha, double beta, int days, String extra)
            throws Exception {
        return TestBattles.run(dir, law, a0, b0, alpha, beta, days, extra);
    }

    /**
     * Square law with A reinforced at P a day: dA/dt = -beta B + P, dB/dt = -alpha A. With w = sqrt(alpha beta):
     * B(t) = P/beta + (B0 - P/beta) cosh(wt) - (alpha A0 / w) sinh(wt), A(t) = A0 cosh(wt) - (w/alpha)(B0 - P/beta) sinh(wt).
     */
    static double[] squareWithRate(double a0, double b0, double alpha, double beta, double p, double t) {
        double w = Math.sqrt(alpha * beta);
        double c = b0 - p / beta;
        return new double[] {a0 * Math.cosh(w * t) - w / alpha * c * Math.sinh(w * t),
            p / beta + c * Math.cosh(w * t) - alpha * a0 / w * Math.sinh(w * t)};
    }

    private static void assertFollows(Battle.Result r, DoubleFunction<double[]> exact, double tolerance) {
        for (int d = 0; d < r.times().length; d++) {
            double[] e = exact.apply(r.times()[d]);
            for (int s = 0; s < 2; s++) {
                double rel = Math.abs(r.strengths()[d][s] - e[s]) / Math.abs(e[s]);
                assertTrue(rel <= tolerance, "day " + d + " side " + s + ": " + r.strengths()[d][s] + " vs " + e[s]);
            }
        }
    }

    @Test
    void squareLawWithAConstantRateMatchesTheClosedForm() throws Exception {
        Battle.Result r = battle("square", 1000, 1200, 0.05, 0.03, 15, "rates: [{side: A, from: 0, to: 15, perDay: 40}]");
        assertFollows(r, t -> squareWithRate(1000, 1200, 0.05, 0.03, 40, t), 1e-6);
        double[] without = LanchesterTest.square(1000, 1200, 0.05, 0.03, 15);
        assertTrue(r.strengths()[15][0] > without[0] + 500, "the rate did something: " + r.strengths()[15][0] + " vs " + without[0]);
    }

    @Test
    void aRateOverAnIntervalOfFractionalDaysMatchesThePiecewiseClosedForm() throws Exception {
        Battle.Result r = battle("square", 1000, 1200, 0.05, 0.03, 12, "rates: [{side: A, from: 2.5, to: 7.5, perDay: 60}]");
        double[] at25 = LanchesterTest.square(1000, 1200, 0.05, 0.03, 2.5);
        double[] at75 = squareWithRate(at25[0], at25[1], 0.05, 0.03, 60, 5);
        assertFollows(r, t -> t <= 2.5 ? LanchesterTest.square(1000, 1200, 0.05, 0.03, t)
                : t <= 7.5 ? squareWithRate(at25[0], at25[1], 0.05, 0.03, 60, t - 2.5)
                : LanchesterTest.square(at75[0], at75[1], 0.05, 0.03, t - 7.5), 1e-6);
    }

    /** An independent integration of the same ODE: explicit midpoint in steps of 1e-4 days, the rate and wave inline. */
    private static double[] fineStepLinear(double a, double b, double alpha, double beta, double days) {
        double h = 1e-4;
        int steps = (int) Math.round(days / h);
        for (int i = 0; i < steps; i++) {
            double t = i * h;
            if (Math.abs(t - 6) < h / 2) {
                b += 300; // the wave at day 6
            }
            double pa = t >= 1 - h / 2 && t < 4 - h / 2 ? 250 : 0; // 250 a day from day 1 to day 4
            double am = a + 0.5 * h * (-beta * a * b + pa);
            double bm = b + 0.5 * h * (-alpha * a * b);
            a += h * (-beta * am * bm + pa);
            b += h * (-alpha * am * bm);
        }
        return new double[] {a, b};
    }

    @Test
    void linearLawWithARateAndAWaveMatchesAFineStepIntegration() throws Exception {
        Battle.Result r = battle("linear", 1000, 1100, 1e-4, 8e-5, 10,
                "rates: [{side: A, from: 1, to: 4, perDay: 250}]\nreinforcements: [{day: 6, side: B, units: 300}]");
        for (int d : new int[] {1, 3, 4, 6, 10}) {
            double[] e = fineStepLinear(1000, 1100, 1e-4, 8e-5, d);
            if (d == 6) {
                e[1] += 300; // series.csv's day 6 includes the wave that joins at the start of day 6
            }
            for (int s = 0; s < 2; s++) {
                assertEquals(e[s], r.strengths()[d][s], 1e-5 * e[s], "day " + d + " side " + s);
            }
        }
    }

    @Test
    void aRateOverAShorterAndShorterIntervalBecomesAWave() throws Exception {
        double wave = battle("square", 400, 600, 0.06, 0.03, 14, "reinforcements: [{day: 4, side: A, units: 150}]").strengths()[14][0];
        double previous = Double.MAX_VALUE;
        for (double width : new double[] {0.5, 0.05, 0.005}) {
            double rate = battle("square", 400, 600, 0.06, 0.03, 14,
                    "rates: [{side: A, from: 4, to: " + (4 + width) + ", perDay: " + 150 / width + "}]").strengths()[14][0];
            double gap = Math.abs(rate - wave);
            assertTrue(gap < previous, "the gap shrinks with the interval: " + gap + " after " + previous);
            previous = gap;
        }
        assertTrue(previous < 0.5, "within half a unit of the wave at an interval of 0.005 days: " + previous);
    }

    @Test
    void noiseScalesLossesNotArrivals() throws Exception {
        Path f = TestFiles.write(dir, "noisy.yaml", """
                kind: battle
                info: {title: noisy, represents: arrivals are exact}
                battle:
                  law: square
                  days: 10
                  noise: 0.5
                  sides:
                    - {name: A, strength: 100, effectiveness: 0.05}
                    - {name: B, strength: 100, effectiveness: 0}
                  rates: [{side: A, from: 0, to: 10, perDay: 20}]
                """);
        Battle.Result r = Battle.run(ScenarioLoader.load(f).spec().battle(), 7);
        for (int d = 0; d <= 10; d++) {
            assertEquals(100 + 20 * d, r.strengths()[d][0], 1e-9, "A loses nothing (B has no effectiveness): day " + d);
        }
        assertTrue(r.strengths()[10][1] < 100, "B still takes (noisy) losses");
    }

    @Test
    void badRatesAreRefusedWithTheirField() throws Exception {
        String base = """
                kind: battle
                info: {title: bad, represents: bad rates}
                battle:
                  law: square
                  days: 10
                  sides:
                    - {name: A, strength: 100, effectiveness: 0.05}
                    - {name: B, strength: 100, effectiveness: 0.05}
                  rates:
                """;
        for (String[] c : List.of(
                new String[] {"    - {side: C, from: 0, to: 5, perDay: 10}", "battle.rates[0].side", "no side named 'C'"},
                new String[] {"    - {side: A, from: 5, to: 5, perDay: 10}", "battle.rates[0].to", "before it starts"},
                new String[] {"    - {side: A, from: 2, to: 11, perDay: 10}", "battle.rates[0].to", "after the battle ends"},
                new String[] {"    - {side: A, from: 2, to: 4, perDay: -1}", "battle.rates[0].perDay", ""},
                new String[] {"    - {side: A, from: 2, to: 4}", "battle.rates[0].perDay", ""})) {
            Path f = TestFiles.write(dir, "bad.yaml", base + c[0] + "\n");
            List<Problem> ps = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f), c[0]).problems();
            assertTrue(ps.stream().anyMatch(p -> p.toString().contains(c[1]) && p.toString().contains(c[2])
                    && p.toString().contains("bad.yaml:10")), c[0] + " -> " + ps);
        }
    }
}
