package brink.model;

/**
 * Richardson's arms race for n actors: dB_i/dt = sum_j C_ij B_j - a_i B_i + g_i + e_i, where C couples each
 * actor to its rivals' theatre spending, a is fatigue, g grievance and e any extra drive held fixed over a step.
 * Integrated with the classical fourth-order Runge-Kutta method, so that with noise off it follows the
 * closed-form solution of the linear system to within rounding for a daily step.
 */
public final class Richardson {
    private Richardson() {
    }

    /** The right-hand side for budgets {@code b}, written into {@code out}. */
    public static void derivative(double[] b, double[][] coupling, double[] fatigue, double[] drive, double[] out) {
        int n = b.length;
        for (int i = 0; i < n; i++) {
            double s = drive[i] - fatigue[i] * b[i];
            double[] row = coupling[i];
            for (int j = 0; j < n; j++) {
                s += row[j] * b[j];
            }
            out[i] = s;
        }
    }

    /**
     * Advances {@code b} by {@code dt} (years) in place; {@code work} must hold 5 arrays of length n.
     * Budgets are floored at zero: a state cannot spend less than nothing.
     */
    public static void step(double[] b, double[][] coupling, double[] fatigue, double[] drive, double dt, double[][] work) {
        int n = b.length;
        double[] k1 = work[0];
        double[] k2 = work[1];
        double[] k3 = work[2];
        double[] k4 = work[3];
        double[] tmp = work[4];
        derivative(b, coupling, fatigue, drive, k1);
        for (int i = 0; i < n; i++) {
            tmp[i] = b[i] + 0.5 * dt * k1[i];
        }
        derivative(tmp, coupling, fatigue, drive, k2);
        for (int i = 0; i < n; i++) {
            tmp[i] = b[i] + 0.5 * dt * k2[i];
        }
        derivative(tmp, coupling, fatigue, drive, k3);
        for (int i = 0; i < n; i++) {
            tmp[i] = b[i] + dt * k3[i];
        }
        derivative(tmp, coupling, fatigue, drive, k4);
        for (int i = 0; i < n; i++) {
            b[i] = Math.max(0.0, b[i] + dt / 6.0 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]));
        }
    }
}
