package brink.model;

import brink.scenario.LadderSpec;
import brink.scenario.LadderSpec.CombatLevel;
import java.util.List;

/**
 * A track of ordered levels and where a run stands on it: the escalation ladder (rungs ordered by severity) or the
 * signalling track (levels of threat). It keeps the level now, the highest reached and the day each level (or a
 * higher one) was first reached, and the days spent at each.
 */
public final class Ladder {
    final String[] names;
    final double[] alert;
    /** the chance of stepping down on a quiet day at each level: 1 - exp(-1 / calmDays), 0 where it never calms. */
    final double[] calmChance;
    final int[] calmTo;
    final CombatLevel[] combat;
    int rung;
    int highest;
    int dayHighestFirst;
    final int[] daysAt;
    /** firstDay[r]: the first day the track stood at level r or higher (-1: not yet). */
    final int[] firstDay;
    /** the day the track last rose, so that it does not calm on the same day. */
    int lastClimbDay = -1;

    private Ladder(int n, int start) {
        names = new String[n];
        alert = new double[n];
        calmChance = new double[n];
        calmTo = new int[n];
        combat = new CombatLevel[n];
        rung = start;
        highest = start;
        daysAt = new int[n];
        firstDay = new int[n];
        java.util.Arrays.fill(firstDay, -1);
        for (int r = 0; r <= start; r++) {
            firstDay[r] = 0;
        }
    }

    /** The escalation ladder of a scenario. */
    Ladder(LadderSpec spec) {
        this(spec.rungs().size(), spec.start());
        for (int i = 0; i < names.length; i++) {
            LadderSpec.Rung r = spec.rungs().get(i);
            names[i] = r.name();
            alert[i] = r.alert();
            calmChance[i] = calmChance(r.calmDays());
            calmTo[i] = r.calmTo() == null ? Math.max(0, i - 1) : r.calmTo();
            combat[i] = r.combat();
        }
    }

    /** The signalling track of a scenario: one calm level when the scenario declares none. */
    static Ladder signals(List<LadderSpec.Signal> levels) {
        List<LadderSpec.Signal> l = levels.isEmpty() ? List.of(new LadderSpec.Signal("no threats", 0.0, null)) : levels;
        Ladder t = new Ladder(l.size(), 0);
        for (int i = 0; i < l.size(); i++) {
            t.names[i] = l.get(i).name();
            t.alert[i] = l.get(i).alert();
            t.calmChance[i] = calmChance(l.get(i).calmDays());
            t.calmTo[i] = Math.max(0, i - 1);
            t.combat[i] = CombatLevel.NONE;
        }
        return t;
    }

    private static double calmChance(Double calmDays) {
        return calmDays == null ? 0.0 : -Math.expm1(-1.0 / calmDays);
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

    /** The first day the track stood at level r or higher, or -1. */
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

    public CombatLevel combat(int r) {
        return combat[r];
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
