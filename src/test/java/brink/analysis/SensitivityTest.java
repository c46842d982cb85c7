package brink.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The sensitivity analysis against known answers before it is trusted on the model: MOEA Framework's Sobol estimator on
 * the Ishigami function (analytic indices) and on a linear model, Morris on a function with an inert input, and the
 * designs' own properties.
 */
class SensitivityTest {
    private static double[] evaluate(Design.Plan plan, List<Parameter> ps, ToDoubleFunction<double[]> f) {
        double[] y = new double[plan.size()];
        for (int i = 0; i < plan.size(); i++) {
            double[] x = new double[ps.size()];
            for (int j = 0; j < ps.size(); j++) {
                x[j] = ps.get(j).value(plan.unit()[i][j]);
            }
            y[i] = f.applyAsDouble(x);
        }
        return y;
    }

    /** Ishigami: sin x1 + 7 sin^2 x2 + 0.1 x3^4 sin x1 on [-pi, pi]^3. */
    private static double ishigami(double[] x) {
        return Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    @Test
    void sobolIndicesOfTheIshigamiFunctionMatchTheAnalyticValues() {
        List<Parameter> ps = List.of(Parameter.uniform("x1", -Math.PI, Math.PI), Parameter.uniform("x2", -Math.PI, Math.PI),
                Parameter.uniform("x3", -Math.PI, Math.PI));
        Design.Plan plan = Design.plan(Design.Kind.SOBOL, ps, 4096, 1);
        assertEquals(4096 * (2 * 3 + 2), plan.size(), "n(2k+2) points");
        List<Indices.Sobol> s = Indices.sobol(plan, evaluate(plan, ps, SensitivityTest::ishigami), 1);
        // analytic (a = 7, b = 0.1): S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437
        double[] s1 = {0.3139, 0.4424, 0};
        double[] st = {0.5576, 0.4424, 0.2437};
        for (int j = 0; j < 3; j++) {
            System.out.printf(java.util.Locale.ROOT, "[sobol] ishigami x%d: S1 %.3f [%.3f, %.3f] (%.3f), ST %.3f [%.3f, %.3f] (%.3f)%n",
                    j + 1, s.get(j).s1(), s.get(j).s1Low(), s.get(j).s1High(), s1[j], s.get(j).st(), s.get(j).stLow(),
                    s.get(j).stHigh(), st[j]);
            assertEquals(s1[j], s.get(j).s1(), 0.05, "S1 of x" + (j + 1));
            assertEquals(st[j], s.get(j).st(), 0.05, "ST of x" + (j + 1));
            assertTrue(s.get(j).s1Low() <= s.get(j).s1() && s.get(j).s1() <= s.get(j).s1High(), "an interval around S1");
        }
    }

    @Test
    void sobolIndicesOfALinearModelAreItsShareOfTheVariance() {
        // y = 1 x1 + 2 x2 + 3 x3 on [0, 1]^3: S1 = ST = a_j^2 / 14
        List<Parameter> ps = List.of(Parameter.uniform("a", 0, 1), Parameter.uniform("b", 0, 1), Parameter.uniform("c", 0, 1));
        Design.Plan plan = Design.plan(Design.Kind.SOBOL, ps, 2048, 2);
        List<Indices.Sobol> s = Indices.sobol(plan, evaluate(plan, ps, x -> x[0] + 2 * x[1] + 3 * x[2]), 2);
        for (int j = 0; j < 3; j++) {
            double expected = (j + 1) * (j + 1) / 14.0;
            assertEquals(expected, s.get(j).s1(), 0.03, "S1 of parameter " + j);
            assertEquals(expected, s.get(j).st(), 0.03, "ST of parameter " + j);
        }
    }

    @Test
    void morrisFindsTheInertInput() {
        // y = 5 x1 + x2^2 + 0 x3 + x1 x2: x3 cannot matter; x1 matters most; x2 acts non-linearly (sigma > 0)
        List<Parameter> ps = List.of(Parameter.uniform("x1", 0, 1), Parameter.uniform("x2", 0, 1), Parameter.uniform("x3", 0, 1));
        Design.Plan plan = Design.plan(Design.Kind.MORRIS, ps, 40, 3);
        assertEquals(40 * 4, plan.size(), "r(k+1) points");
        List<Indices.Morris> m = Indices.morris(plan, evaluate(plan, ps, x -> 5 * x[0] + x[1] * x[1] + x[0] * x[1]), 3);
        assertEquals(0, m.get(2).muStar(), 1e-12, "the inert input has no effect at all");
        assertEquals(0, m.get(2).muStarHigh(), 1e-12);
        assertTrue(m.get(0).muStar() > m.get(1).muStar() && m.get(1).muStar() > 0.5, m.toString());
        assertTrue(m.get(1).sigma() > 0.1, "x2's effect depends on where it is measured: " + m.get(1));
        assertTrue(m.get(0).muStarLow() <= m.get(0).muStar() && m.get(0).muStar() <= m.get(0).muStarHigh());
    }

    @Test
    void gridAndLatinHypercubeCoverTheirRanges() {
        List<Parameter> ps = List.of(Parameter.uniform("a", 0.5, 1.5), Parameter.parse("b=1,2,4"));
        Design.Plan grid = Design.plan(Design.Kind.GRID, ps, 3, 0);
        assertEquals(9, grid.size(), "3 points of a x the 3 levels of b");
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (double[] u : grid.unit()) {
            seen.add(Parameter.fmt(ps.get(0).value(u[0])) + "/" + Parameter.fmt(ps.get(1).value(u[1])));
        }
        assertEquals(java.util.Set.of("0.5/1", "0.5/2", "0.5/4", "1/1", "1/2", "1/4", "1.5/1", "1.5/2", "1.5/4"), seen);
        Design.Plan lhs = Design.plan(Design.Kind.LHS, List.of(ps.get(0)), 10, 5);
        boolean[] strata = new boolean[10];
        for (double[] u : lhs.unit()) {
            strata[(int) Math.floor(u[0] * 10)] = true;
        }
        for (boolean b : strata) {
            assertTrue(b, "a Latin hypercube puts one point in each of the 10 strata");
        }
        double[][] again = Design.plan(Design.Kind.LHS, List.of(ps.get(0)), 10, 5).unit();
        assertTrue(java.util.Arrays.deepEquals(lhs.unit(), again), "the same seed gives the same design");
        assertEquals(10.0, Parameter.parse("r=1:100:log").value(0.5), 1e-9, "log-uniform: the geometric middle");
    }
}
