package brink.model;

/**
 * The force-balance index: the weighted geometric mean over domains of friendly over hostile theatre combat
 * power. 1 means parity; 2 means twice the hostile power on (weighted) average; it is symmetric in the sense
 * that swapping sides gives the reciprocal. Each domain ratio is bounded to [1/10, 10] so that a domain where
 * one side has (almost) nothing counts as a strong advantage without swamping every other domain.
 */
public final class ForceBalance {
    static final double BOUND = 10.0;
    private static final double TINY = 1e-9;

    private ForceBalance() {
    }

    public static double ratio(double friendly, double hostile) {
        double r = (friendly + TINY) / (hostile + TINY);
        return Math.min(BOUND, Math.max(1.0 / BOUND, r));
    }

    public static double index(double[] friendly, double[] hostile, double[] weights) {
        return Math.exp(logIndex(friendly, hostile, weights));
    }

    /** The logarithm of the index: the weighted mean of the domains' log ratios (0, parity, when no domain counts). */
    public static double logIndex(double[] friendly, double[] hostile, double[] weights) {
        double logSum = 0;
        double wSum = 0;
        for (int d = 0; d < weights.length; d++) {
            if (weights[d] <= 0 || friendly[d] <= 0 && hostile[d] <= 0) {
                continue; // a domain nobody fields says nothing about the balance
            }
            logSum += weights[d] * Math.log(ratio(friendly[d], hostile[d]));
            wSum += weights[d];
        }
        return wSum == 0 ? 0.0 : logSum / wSum;
    }
}
