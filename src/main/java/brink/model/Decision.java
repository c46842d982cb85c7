package brink.model;

/**
 * How an actor decides to climb the ladder. Willingness W = resolve * FBI^(1 - riskTolerance): a resolved actor
 * is willing; an unfavourable balance (FBI below 1) deters it, less so the more risk it tolerates. Against a rival
 * target the balance is dyadic: own and allies' power against the target's and its allies', allies weighted by
 * alliance strength, i.e. their credibility. An action that would climb k steps (rungs of the ladder plus levels of the
 * signalling track) has its rate (or its acceptance) multiplied by W^k;
 * actions that keep or lower the rung are not scaled.
 */
public final class Decision {
    private Decision() {
    }

    /** log W = log(resolve) + (1 - riskTolerance) x log FBI; the model works in logarithms (one exp per use). */
    public static double logWillingness(double resolve, double riskTolerance, double logForceBalance) {
        return Math.log(resolve) + (1.0 - riskTolerance) * logForceBalance;
    }

    /** W^k from log W: the factor on the rate (or acceptance) of an action that climbs k steps. */
    public static double escalationFactor(double logWillingness, int rungsClimbed) {
        return rungsClimbed <= 0 ? 1.0 : Math.exp(rungsClimbed * logWillingness);
    }

    /**
     * The largest {@link #escalationFactor} an actor of this resolve and risk tolerance can have for k steps, whatever
     * the balance: the force-balance index lies between 1/{@link ForceBalance#BOUND} and {@link ForceBalance#BOUND}. A
     * hair above it (one part in a billion), so that rounding in the exact factor can never take it past the bound.
     */
    public static double largestEscalationFactor(double resolve, double riskTolerance, int rungsClimbed) {
        if (rungsClimbed <= 0) {
            return 1.0;
        }
        double logW = Math.log(resolve) + Math.abs(1.0 - riskTolerance) * Math.log(ForceBalance.BOUND);
        return Math.exp(rungsClimbed * logW) * (1.0 + 1e-9);
    }
}
