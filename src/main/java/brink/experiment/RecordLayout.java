package brink.experiment;

import java.time.LocalDate;

/** Which days each {@link Cadence} records, for a run of {@code days} days from {@code start}. */
public final class RecordLayout {
    private final LocalDate start;
    private final int days;
    private final int[][] dayOfPoint = new int[Cadence.values().length][];
    private final int[][] pointOfDay = new int[Cadence.values().length][];

    public RecordLayout(LocalDate start, int days, int dailyDays) {
        this.start = start;
        this.days = days;
        for (Cadence c : Cadence.values()) {
            int[] map = new int[days];
            int n = 0;
            for (int d = 0; d < days; d++) {
                boolean monthEnd = start.plusDays(d + 1).getDayOfMonth() == 1;
                boolean take = switch (c) {
                    case DAILY -> true;
                    case STANDARD -> d == 0 || d < dailyDays || monthEnd || d == days - 1;
                    case MONTHLY -> monthEnd;
                };
                map[d] = take ? n++ : -1;
            }
            int[] back = new int[n];
            for (int d = 0; d < days; d++) {
                if (map[d] >= 0) {
                    back[map[d]] = d;
                }
            }
            pointOfDay[c.ordinal()] = map;
            dayOfPoint[c.ordinal()] = back;
        }
    }

    public int points(Cadence c) {
        return dayOfPoint[c.ordinal()].length;
    }

    /** The point index of {@code day} in cadence {@code c}, or -1 if that cadence does not record that day. */
    public int pointOf(Cadence c, int day) {
        return pointOfDay[c.ordinal()][day];
    }

    public int dayOf(Cadence c, int point) {
        return dayOfPoint[c.ordinal()][point];
    }

    public int days() {
        return days;
    }

    public LocalDate date(int day) {
        return start.plusDays(day);
    }

    /** Whole years from the start to {@code day}. */
    public int yearOf(int day) {
        return (int) java.time.temporal.ChronoUnit.YEARS.between(start, start.plusDays(day));
    }
}
