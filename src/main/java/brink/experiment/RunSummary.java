package brink.experiment;

/**
 * One replication's raw results, from which the outcome catalogue ({@link Outcomes}) takes every value: the ladder
 * (highest rung, the day it was first reached, days at each rung, the year in which each rung or a higher one was
 * first reached, -1 if never), what each firer used up and its firing days per year, each event's occurrences per
 * year, clashes (and those with losses), wars and days at war, each balance's overall ratio at the end of each year, each firer's firing days
 * per calendar month over the run, and each actor's budget at the start and at the end of each year.
 */
public record RunSummary(
        int replication,
        long seed,
        int highestRung,
        int dayHighestFirst,
        int[] daysAtRung,
        int[] firstYearAtLeast,
        int[][] fired,
        int[][] firingDays,
        int[][] events,
        int clashes,
        int lethalClashes,
        int wars,
        int warDays,
        double[][] balanceAtYearEnd,
        int[][] firingDaysInMonth,
        double[] budgetAtStart,
        double[][] budgetAtYearEnd) implements java.io.Serializable {
}
