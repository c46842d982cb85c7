package brink.model;

/**
 * The calendar part of the crisis process: actions scheduled on a date (a leader's push, a drawdown, a ceasefire) and
 * periods (exercises, parades) beginning and ending. It remembers which log line opened the latest period of each
 * type, as the cause of what that period provokes.
 */
final class ScheduledChanges {
    private final World world;
    private final Escalation escalation;
    private int nextAction;
    private final int[] periodCause;

    ScheduledChanges(World world, Escalation escalation) {
        this.world = world;
        this.escalation = escalation;
        this.periodCause = new int[world.theatre.periodTypes.size()];
        java.util.Arrays.fill(periodCause, -1);
    }

    void apply() {
        World w = world;
        Theatre t = w.theatre;
        int d = w.day;
        while (nextAction < t.actions.length && t.actions[nextAction].day() <= d) {
            Theatre.ScheduledAction a = t.actions[nextAction++];
            String what = Levers.apply(w, a.spec());
            String detail = a.spec().detail().isEmpty() ? what : a.spec().detail() + " (" + what + ")";
            escalation.note(LoggedEvent.Kind.ACTION, "", a.spec().actor(), null, a.id(), detail, -1);
        }
        for (int k = t.periodsFrom[d]; k < t.periodsFrom[d + 1]; k++) {
            Period p = t.periods[t.periodChanges[k]];
            String target = p.target() < 0 ? null : w.actors[p.target()].id;
            if (p.startDay() == d) {
                int before = w.ladder.rung;
                int after = p.raises() == null ? before : Math.max(before, p.raises());
                LoggedEvent e = escalation.move(LoggedEvent.Kind.PERIOD_BEGINS, p.type(), after, w.signals.rung, names(p.actors()), p.target(),
                        p.type() + " begins",
                        p.intensity() == 1.0 ? p.detail() : p.detail() + scaled(p.intensity()), -1);
                periodCause[p.typeIndex()] = e.seq();
            } else if (p.endDay() + 1 == d) {
                escalation.note(LoggedEvent.Kind.PERIOD_ENDS, p.type(), names(p.actors()), target, p.type() + " ends", p.detail(), periodCause[p.typeIndex()]);
            }
        }
    }

    private static String scaled(double intensity) {
        return intensity < 1.0 ? String.format(java.util.Locale.ROOT, " (scaled down: intensity %.2g)", intensity)
                : String.format(java.util.Locale.ROOT, " (enlarged: intensity %.2g)", intensity);
    }

    /** The log line that opened the latest period of this type (-1: none yet). */
    int causeOf(int periodType) {
        return periodType < 0 ? -1 : periodCause[periodType];
    }

    private String names(int[] actors) {
        StringBuilder s = new StringBuilder();
        for (int a : actors) {
            s.append(s.length() == 0 ? "" : "+").append(world.actors[a].id);
        }
        return s.toString();
    }
}
