package brink.model;

import brink.scenario.ScenarioSpec.Law;

/**
 * Lanchester attrition between two forces A and B. Square law (aimed fire): dA/dt = -beta*B, dB/dt = -alpha*A.
 * Linear law (area fire): dA/dt = -beta*A*B, dB/dt = -alpha*A*B. alpha is A's effectiveness against B, beta B's
 * against A. Used by theatre combat and by stand-alone battles alike.
 */
public final class Lanchester {
    private Lanchester() {
    }

    /** A and B after {@code dt} days, by RK4 in steps of at most {@code maxStep}; neither goes below zero. */
    public static double[] advance(double a, double b, double alpha, double beta, Law law, double dt, double maxStep) {
        int steps = Math.max(1, (int) Math.ceil(dt / maxStep - 1e-9));
        double h = dt / steps;
        double[] s = {a, b};
        for (int i = 0; i < steps && s[0] > 0 && s[1] > 0; i++) {
            rk4(s, alpha, beta, law, h);
        }
        return s;
    }

    private static void rk4(double[] s, double alpha, double beta, Law law, double h) {
        double a = s[0];
        double b = s[1];
        double a1 = da(a, b, beta, law);
        double b1 = db(a, b, alpha, law);
        double a2 = da(a + 0.5 * h * a1, b + 0.5 * h * b1, beta, law);
        double b2 = db(a + 0.5 * h * a1, b + 0.5 * h * b1, alpha, law);
        double a3 = da(a + 0.5 * h * a2, b + 0.5 * h * b2, beta, law);
        double b3 = db(a + 0.5 * h * a2, b + 0.5 * h * b2, alpha, law);
        double a4 = da(a + h * a3, b + h * b3, beta, law);
        double b4 = db(a + h * a3, b + h * b3, alpha, law);
        s[0] = Math.max(0.0, a + h / 6 * (a1 + 2 * a2 + 2 * a3 + a4));
        s[1] = Math.max(0.0, b + h / 6 * (b1 + 2 * b2 + 2 * b3 + b4));
    }

    static double da(double a, double b, double beta, Law law) {
        return law == Law.SQUARE ? -beta * b : -beta * a * b;
    }

    static double db(double a, double b, double alpha, Law law) {
        return law == Law.SQUARE ? -alpha * a : -alpha * a * b;
    }
}
