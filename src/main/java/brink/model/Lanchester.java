package brink.model;

import brink.scenario.ScenarioSpec.Law;

/**
 * Lanchester attrition between two forces A and B. Square law (aimed fire): dA/dt = -beta*B + pA, dB/dt = -alpha*A + pB.
 * Linear law (area fire): dA/dt = -beta*A*B + pA, dB/dt = -alpha*A*B + pB. alpha is A's effectiveness against B, beta
 * B's against A; pA and pB are reinforcement rates (units per day, 0 in theatre combat). Used by theatre combat and by
 * stand-alone battles alike.
 */
public final class Lanchester {
    private Lanchester() {
    }

    /** A and B after {@code dt} days, by RK4 in steps of at most {@code maxStep}; neither goes below zero. */
    public static double[] advance(double a, double b, double alpha, double beta, Law law, double dt, double maxStep) {
        return advance(a, b, alpha, beta, 0, 0, law, dt, maxStep);
    }

    /**
     * The same with reinforcement rates {@code pa} and {@code pb} (units per day) held over the {@code dt} days. Without
     * them a side at zero ends the fight; with them the fight goes on while units keep arriving.
     */
    public static double[] advance(double a, double b, double alpha, double beta, double pa, double pb, Law law, double dt,
                                   double maxStep) {
        int steps = Math.max(1, (int) Math.ceil(dt / maxStep - 1e-9));
        double h = dt / steps;
        double[] s = {a, b};
        boolean arriving = pa > 0 || pb > 0;
        for (int i = 0; i < steps && (arriving || s[0] > 0 && s[1] > 0); i++) {
            rk4(s, alpha, beta, pa, pb, law, h);
        }
        return s;
    }

    private static void rk4(double[] s, double alpha, double beta, double pa, double pb, Law law, double h) {
        double a = s[0];
        double b = s[1];
        double a1 = da(a, b, beta, law) + pa;
        double b1 = db(a, b, alpha, law) + pb;
        double a2 = da(a + 0.5 * h * a1, b + 0.5 * h * b1, beta, law) + pa;
        double b2 = db(a + 0.5 * h * a1, b + 0.5 * h * b1, alpha, law) + pb;
        double a3 = da(a + 0.5 * h * a2, b + 0.5 * h * b2, beta, law) + pa;
        double b3 = db(a + 0.5 * h * a2, b + 0.5 * h * b2, alpha, law) + pb;
        double a4 = da(a + h * a3, b + h * b3, beta, law) + pa;
        double b4 = db(a + h * a3, b + h * b3, alpha, law) + pb;
        s[0] = Math.max(0.0, a + h / 6 * (a1 + 2 * a2 + 2 * a3 + a4));
        s[1] = Math.max(0.0, b + h / 6 * (b1 + 2 * b2 + 2 * b3 + b4));
    }

    /** Attrition of A by B alone (no reinforcement). */
    static double da(double a, double b, double beta, Law law) {
        return law == Law.SQUARE ? -beta * b : -beta * a * b;
    }

    static double db(double a, double b, double alpha, Law law) {
        return law == Law.SQUARE ? -alpha * a : -alpha * a * b;
    }
}
