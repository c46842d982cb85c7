package brink.experiment;

import java.time.LocalDate;

/**
 * Which instants each {@link Cadence} records, for a run of {@code days} days from {@code start}. Instant t is the
 * state after t simulated days: t = 0 is the starting state the scenario file gives, t = days the end of the run. Its
 * {@link #date} is the calendar day that has just ended (so the starting state carries the eve of the start date and
 * a month's last instant the month's last day).
 * <ul>
 * <li>DAILY: every instant;</li>
 * <li>STANDARD: the start, the first {@code dailyDays} days, each month end and the end;</li>
 * <li>MONTHLY (counts in the month): each month end.</li>
 * </ul>
 */
public final class RecordLayout {
    private final LocalDate start;
    private final int days;
    private final int[][] instantOfPoint = new int[Cadence.values().length][];
    private final int[][] pointOfInstant = new int[Cadence.values().length][];
    /** per instant, the cadences that record it: bit c set for cadence ordinal c */
    private final int[] cadencesAt;

    public RecordLayout(LocalDate start, int days, int dailyDays) {
        this.start = start;
        this.days = days;
        this.cadencesAt = new int[days + 1];
        for (Cadence c : Cadence.values()) {
            int[] map = new int[days + 1];
            int n = 0;
            for (int t = 0; t <= days; t++) {
                boolean monthEnd = t > 0 && start.plusDays(t).getDayOfMonth() == 1;
                boolean take = switch (c) {
                    case DAILY -> true;
                    case STANDARD -> t == 0 || t <= dailyDays || monthEnd || t == days;
                    case MONTHLY -> monthEnd;
                };
                map[t] = take ? n++ : -1;
                if (take) {
                    cadencesAt[t] |= 1 << c.ordinal();
                }
            }
            int[] back = new int[n];
            for (int t = 0; t <= days; t++) {
                if (map[t] >= 0) {
                    back[map[t]] = t;
                }
            }
            pointOfInstant[c.ordinal()] = map;
            instantOfPoint[c.ordinal()] = back;
        }
    }

    public int points(Cadence c) {
        return instantOfPoint[c.ordinal()].length;
    }

    /** The point index of instant t in cadence {@code c}, or -1 if that cadence does not record it. */
    public int pointOf(Cadence c, int t) {
        return pointOfInstant[c.ordinal()][t];
    }

    /** The cadences that record instant t, as bits (bit c for cadence ordinal c): the recorder's daily question. */
    public int cadencesAt(int t) {
        return cadencesAt[t];
    }

    public int instantOf(Cadence c, int point) {
        return instantOfPoint[c.ordinal()][point];
    }

    /** Days simulated; instants run from 0 to this. */
    public int days() {
        return days;
    }

    /** The date of instant t: the calendar day that has just ended (start - 1 for the starting state). */
    public LocalDate date(int t) {
        return start.plusDays(t - 1L);
    }

    /** The date of day index d (0 = the start date), as in events.csv. */
    public LocalDate dayDate(int d) {
        return start.plusDays(d);
    }
}
