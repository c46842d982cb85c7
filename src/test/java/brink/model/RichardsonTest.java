package brink.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The arms race in the running model reproduces Richardson's closed-form solution when noise is off. */
class RichardsonTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "a={0} b={1} k={2} l={3} g={4} h={5}")
    @CsvSource({
        "0.3, 0.2, 0.15, 0.25, 1.0, 0.5",   // stable: kl < ab, budgets settle
        "0.1, 0.1, 0.4, 0.5, 0.2, 0.1",     // runaway race: kl > ab
        "0.5, 0.05, 0.0, 0.3, 0.5, -0.2"    // one-sided reaction, a negative grievance (budgets stay positive)
    })
    void budgetsFollowTheClosedFormDaily(double a, double b, double k, double l, double g, double h) throws Exception {
        assertTrue(worstError(a, b, k, l, g, h, "day") <= 1e-6);
    }

    @ParameterizedTest(name = "a={0} b={1} k={2} l={3} g={4} h={5}")
    @CsvSource({
        "0.3, 0.2, 0.15, 0.25, 1.0, 0.5",
        "0.1, 0.1, 0.4, 0.5, 0.2, 0.1",
        "0.5, 0.05, 0.0, 0.3, 0.5, -0.2"
    })
    void monthlyStepsMatchTheClosedFormAtEachMonthStart(double a, double b, double k, double l, double g, double h)
            throws Exception {
        assertTrue(worstError(a, b, k, l, g, h, "month") <= 1e-6);
    }

    /** Largest relative error over 10 years, at every day (daily steps) or wherever a step has just been taken. */
    private double worstError(double a, double b, double k, double l, double g, double h, String step) throws Exception {
        double x0 = 10;
        double y0 = 8;
        Path file = TestFiles.write(dir, "richardson.yaml", """
                info: {title: Richardson, represents: two-actor arms race}
                start: 2025-01-01
                years: 10
                domains: {armor: {}}
                actors:
                  X: {name: X, budget: {amount: %s, split: {armor: 1}, reaction: %s, fatigue: %s, grievance: %s}}
                  Y: {name: Y, budget: {amount: %s, split: {armor: 1}, reaction: %s, fatigue: %s, grievance: %s}}
                relations:
                  xy: {between: [X, Y], type: rivalry, strength: 1}
                ladder: {rungs: [{name: peace}]}
                steps: {economy: %s}
                """.formatted(x0, k, a, g, y0, l, b, h, step));
        Scenario s = ScenarioLoader.load(file);
        BrinkModel model = new BrinkModel(s, 1);
        model.start();
        double worst = 0;
        int covered = 0;
        for (int day = 1; day <= s.days(); day++) {
            covered += model.world().theatre().economyDays[day - 1];
            model.schedule.step(model);
            if (covered != day) {
                continue; // a monthly step has already integrated days ahead: compare at the end of what it covered
            }
            double t = day * Time.DT;
            double[] exact = closedForm(a, b, k, l, g, h, x0, y0, t);
            double x = model.world().actors().get(0).getBudget();
            double y = model.world().actors().get(1).getBudget();
            worst = Math.max(worst, Math.max(Math.abs(x - exact[0]) / Math.abs(exact[0]), Math.abs(y - exact[1]) / Math.abs(exact[1])));
        }
        System.out.println("[richardson] " + step + " steps, largest relative error: " + worst);
        return worst;
    }

    @ParameterizedTest
    @CsvSource({"0.3, 0.2, 0.15, 0.25, 1.0, 0.5"})
    void closedFormItselfSolvesTheSystem(double a, double b, double k, double l, double g, double h) {
        // Guards the reference: its numerical derivative matches the right-hand side.
        double t = 3.0;
        double e = 1e-6;
        double[] v = closedForm(a, b, k, l, g, h, 10, 8, t);
        double[] v2 = closedForm(a, b, k, l, g, h, 10, 8, t + e);
        assertEquals(-a * v[0] + k * v[1] + g, (v2[0] - v[0]) / e, 1e-4);
        assertEquals(l * v[0] - b * v[1] + h, (v2[1] - v[1]) / e, 1e-4);
    }

    /** v(t) = v* + exp(Mt)(v0 - v*), M = [[-a, k], [l, -b]], v* = -M^-1 (g, h). Eigenvalues are real here. */
    static double[] closedForm(double a, double b, double k, double l, double g, double h, double x0, double y0, double t) {
        double det = a * b - k * l;
        double xs = (b * g + k * h) / det;
        double ys = (l * g + a * h) / det;
        double tr = -a - b;
        double disc = Math.sqrt(tr * tr - 4 * det);
        double l1 = (tr + disc) / 2;
        double l2 = (tr - disc) / 2;
        double e1 = Math.exp(l1 * t);
        double e2 = Math.exp(l2 * t);
        // exp(Mt) = (e1 (M - l2 I) - e2 (M - l1 I)) / (l1 - l2)
        double m11 = (e1 * (-a - l2) - e2 * (-a - l1)) / (l1 - l2);
        double m12 = (e1 * k - e2 * k) / (l1 - l2);
        double m21 = (e1 * l - e2 * l) / (l1 - l2);
        double m22 = (e1 * (-b - l2) - e2 * (-b - l1)) / (l1 - l2);
        double dx = x0 - xs;
        double dy = y0 - ys;
        return new double[] {xs + m11 * dx + m12 * dy, ys + m21 * dx + m22 * dy};
    }
}
