package brink.model;

/**
 * What a run counts as it goes, for its outcomes: units each firer used up and its firing days, per year and in the
 * month so far; occurrences of each event per year; clashes, wars and days at war.
 */
final class Tally {
    final int[][] fired;
    final int[][] firingDays;
    final int[] firedThisMonth;
    final int[] firingDaysThisMonth;
    /** firingDaysInMonth[f][m]: firing days of firer f in calendar month m (0 = January) over the whole run. */
    final int[][] firingDaysInMonth;
    private final int[] lastFiringDay;
    final int[][] events;
    int clashes;
    /** Clashes with losses (those that engaged forces), a subset of {@link #clashes}. */
    int lethalClashes;
    int wars;
    int warDays;

    Tally(int firers, int eventTypes, int years) {
        fired = new int[firers][years];
        firingDays = new int[firers][years];
        firedThisMonth = new int[firers];
        firingDaysThisMonth = new int[firers];
        firingDaysInMonth = new int[firers][12];
        lastFiringDay = new int[firers];
        java.util.Arrays.fill(lastFiringDay, -1);
        events = new int[eventTypes][years];
    }

    void newMonth() {
        java.util.Arrays.fill(firedThisMonth, 0);
        java.util.Arrays.fill(firingDaysThisMonth, 0);
    }

    /**
     * {@code units} used by firer f on {@code day} (of year {@code year}, in calendar month {@code month}, 0-11); a
     * firing day counts once however many.
     */
    void fired(int f, int units, int day, int year, int month) {
        fired[f][year] += units;
        firedThisMonth[f] += units;
        if (lastFiringDay[f] != day) {
            lastFiringDay[f] = day;
            firingDays[f][year]++;
            firingDaysThisMonth[f]++;
            firingDaysInMonth[f][month]++;
        }
    }

    void event(int e, int year) {
        events[e][year]++;
    }
}
