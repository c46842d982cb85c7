package brink.model;

import brink.scenario.ActionSpec;
import brink.scenario.TriggerSpec;
import java.util.Locale;

/** Triggers: actions taken when a condition (a rung, a balance, a date) becomes true, checked after the day's events. */
final class Triggers {
    private final World world;
    private final Escalation escalation;

    Triggers(World world, Escalation escalation) {
        this.world = world;
        this.escalation = escalation;
    }

    void check() {
        World w = world;
        for (World.Trigger t : w.triggers) {
            boolean holds = holds(t.spec.when());
            if (holds && !t.held && !(t.spec.once() && t.fired)) {
                t.fired = true;
                int cause = escalation.note(LoggedEvent.Kind.TRIGGER, "", "", null, t.id, t.spec.detail(), -1).seq();
                for (ActionSpec a : t.spec.then()) {
                    escalation.note(LoggedEvent.Kind.ACTION, "", a.actor(), null, a.type().name().toLowerCase(Locale.ROOT), Levers.apply(w, a), cause);
                }
            }
            t.held = holds;
        }
    }

    private boolean holds(TriggerSpec.Condition c) {
        World w = world;
        if (c.rungAtLeast() != null && w.ladder.rung < c.rungAtLeast()) {
            return false;
        }
        if (c.after() != null && w.date(w.day).isBefore(c.after())) {
            return false;
        }
        if (c.balance() != null) {
            int b = 0;
            while (!w.theatre.balances[b].id().equals(c.balance())) {
                b++;
            }
            double r = w.balanceRatio(b, w.theatre.domains.length);
            if (c.below() != null && r >= c.below() || c.above() != null && r <= c.above()) {
                return false;
            }
        }
        return true;
    }
}
