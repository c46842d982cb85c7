package brink.model;

import brink.scenario.LadderSpec;
import brink.scenario.LadderSpec.CombatLevel;

/** The escalation ladder's state: the rung now, and what a run reports about it. */
public final class Ladder {
    final String[] names;
    final double[] alert;
    final double[] calmDays;
    final int[] calmTo;
    final CombatLevel[] combat;
    int rung;
    int highest;
    int dayHighestFirst;
    final int[] daysAt;
    /** firstDay[r]: the first day the ladder stood at rung r or higher (-1: not yet). */
    final int[] firstDay;
    /** the day an escalation last happened, so that the ladder does not calm on the same day. */
    int lastClimbDay = -1;

    Ladder(LadderSpec spec) {
        int n = spec.rungs().size();
        names = new String[n];
        alert = new double[n];
        calmDays = new double[n];
        calmTo = new int[n];
        combat = new CombatLevel[n];
        for (int i = 0; i < n; i++) {
            LadderSpec.Rung r = spec.rungs().get(i);
            names[i] = r.name();
            alert[i] = r.alert();
            calmDays[i] = r.calmDays() == null ? Double.POSITIVE_INFINITY : r.calmDays();
            calmTo[i] = r.calmTo() == null ? Math.max(0, i - 1) : r.calmTo();
            combat[i] = r.combat();
        }
        rung = spec.start();
        highest = rung;
        daysAt = new int[n];
        firstDay = new int[n];
        java.util.Arrays.fill(firstDay, -1);
        for (int r = 0; r <= rung; r++) {
            firstDay[r] = 0;
        }
    }

    public int getRung() {
        return rung;
    }

    public String getRungName() {
        return names[rung];
    }

    public int getHighest() {
        return highest;
    }

    public int getDayHighestFirst() {
        return dayHighestFirst;
    }

    /** The first day the ladder stood at rung r or higher, or -1. */
    public int firstDayAtLeast(int r) {
        return firstDay[r];
    }

    public int daysAt(int r) {
        return daysAt[r];
    }

    public int size() {
        return names.length;
    }

    public String name(int r) {
        return names[r];
    }

    void moveTo(int r, int day) {
        if (r > rung) {
            lastClimbDay = day;
        }
        rung = r;
        if (r > highest) {
            for (int k = highest + 1; k <= r; k++) {
                firstDay[k] = day;
            }
            highest = r;
            dayHighestFirst = day;
        }
    }
}
