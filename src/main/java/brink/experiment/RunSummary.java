package brink.experiment;

/**
 * One replication's outcome, for runs.csv: the ladder (highest rung, the day it was first reached, days at each
 * rung), launches per year of each launcher (missiles and launch days), clashes, war, final balance ratios.
 */
public record RunSummary(
        int replication,
        long seed,
        int highestRung,
        int dayHighestFirst,
        int[] daysAtRung,
        int[][] missiles,
        int[][] launchDays,
        int clashes,
        boolean war,
        double[] finalBalances) {
}
