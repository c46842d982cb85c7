package brink.model;

/**
 * The decision rule's willingness of an event's actor (see {@link Decision}), as its logarithm: against a rival
 * target, from the dyadic balance (both sides' allies by credibility); otherwise from the actor's force-balance index.
 * Cached per actor and target until the next threat assessment or a change of resolve.
 */
final class Willingness {
    private final World world;
    private final double[][] cache;
    private final int[][] stamp;
    private final double[][] resolve;

    Willingness(World world) {
        this.world = world;
        int n = world.actors.length;
        cache = new double[n][n + 1];
        stamp = new int[n][n + 1];
        resolve = new double[n][n + 1];
        for (int[] row : stamp) {
            java.util.Arrays.fill(row, -1);
        }
    }

    /** log W of the event's actor towards its target. */
    double logOf(EventType e) {
        World w = world;
        int slot = e.target < 0 ? w.actors.length : e.target;
        Actor a = w.actors[e.actor];
        if (stamp[e.actor][slot] == w.picture.stamp && resolve[e.actor][slot] == a.resolve) {
            return cache[e.actor][slot];
        }
        boolean dyadic = e.target >= 0 && w.theatre.rivalry[e.actor][e.target] > 0;
        double logBalance = dyadic ? w.picture.logDyadBalance(e.actor, e.target) : w.picture.logForceBalance(e.actor);
        double value = Decision.logWillingness(a.resolve, a.riskTolerance, logBalance);
        cache[e.actor][slot] = value;
        stamp[e.actor][slot] = w.picture.stamp;
        resolve[e.actor][slot] = a.resolve;
        return value;
    }
}
