package brink.experiment;

/**
 * One replication's outcome, for runs.csv and comparisons: the ladder (highest rung, the day it was first
 * reached, days at each rung, the first day at each rung or higher), launches per year of each launcher
 * (missiles and launch days), clashes, war, each balance's overall ratio at the end of each year and at the end.
 */
public record RunSummary(
        int replication,
        long seed,
        int highestRung,
        int dayHighestFirst,
        int[] daysAtRung,
        int[] firstDayAtLeast,
        int[][] missiles,
        int[][] launchDays,
        int clashes,
        boolean war,
        double[][] balanceAtYearEnd,
        double[] finalBalances) {
}
