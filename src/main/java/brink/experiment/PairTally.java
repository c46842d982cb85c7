package brink.experiment;

/**
 * What the paired interval of one outcome needs beyond the mean and variance of the differences: the paired 2x2 table
 * of a probability, how many pairs differed and which way, the smallest change each way, the largest change, and the
 * range of the values in both scenarios. Added pair by pair, in replication order.
 */
public final class PairTally {
    long both;
    long referenceOnly;
    long scenarioOnly;
    long neither;
    long up;
    long down;
    double smallestUp = Double.POSITIVE_INFINITY;
    double smallestDown = Double.POSITIVE_INFINITY;
    double largestChange;
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;

    /** One pair: the reference's value and the scenario's. */
    public void add(double reference, double scenario) {
        boolean r = reference >= 0.5;
        boolean s = scenario >= 0.5;
        if (r && s) {
            both++;
        } else if (r) {
            referenceOnly++;
        } else if (s) {
            scenarioOnly++;
        } else {
            neither++;
        }
        double d = scenario - reference;
        if (d > 0) {
            up++;
            smallestUp = Math.min(smallestUp, d);
        } else if (d < 0) {
            down++;
            smallestDown = Math.min(smallestDown, -d);
        }
        if (Double.isFinite(d)) {
            largestChange = Math.max(largestChange, Math.abs(d));
        }
        for (double x : new double[] {reference, scenario}) {
            if (Double.isFinite(x)) {
                lowest = Math.min(lowest, x);
                highest = Math.max(highest, x);
            }
        }
    }

    /** Pairs whose two values differ. */
    public long differing() {
        return up + down;
    }

    /** The spread of the values seen in both scenarios (0 when nothing varied). */
    double range() {
        return highest > lowest ? highest - lowest : 0.0;
    }
}
