package brink.model;

import brink.scenario.ActionSpec;
import brink.scenario.LadderSpec.CombatLevel;
import brink.scenario.TriggerSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 5, crisis and escalation, in this order each day: scheduled actions; exercises and other periods that
 * begin or end; events fixed on today's date; responses that come due; stochastic events; the ladder calming;
 * triggers.
 * Every change is logged with the event that caused it.
 */
final class Crisis implements Steppable {
    private static final long serialVersionUID = 1L;
    private final World world;
    private int nextAction;
    private int nextDated;
    /** seq of the log line that opened the latest occurrence of each period type (cause of what it provokes). */
    private final int[] periodCause;

    private final double[][] willingnessCache;
    private final int[][] willingnessStamp;
    private final double[][] willingnessResolve;

    /** per event: the gamma mixing distribution of its salvo (null for Poisson salvos or no salvo). */
    private final org.apache.commons.math3.distribution.GammaDistribution[] salvoGamma;

    Crisis(World world) {
        this.world = world;
        salvoGamma = new org.apache.commons.math3.distribution.GammaDistribution[world.events.length];
        for (EventType e : world.events) {
            if (e.spec.salvo() != null) {
                salvoGamma[e.index] = Draws.salvoGamma(world.random, e.spec.salvo().mean(), e.spec.salvo().dispersion());
            }
        }
        int n = world.actors.length;
        willingnessCache = new double[n][n + 1];
        willingnessStamp = new int[n][n + 1];
        willingnessResolve = new double[n][n + 1];
        for (int[] row : willingnessStamp) {
            java.util.Arrays.fill(row, -1);
        }
        this.periodCause = new int[world.periodTypes.size()];
        java.util.Arrays.fill(periodCause, -1);
    }

    @Override
    public void step(SimState state) {
        World w = world;
        int d = w.day;
        if (w.theatre.monthStart[d]) {
            java.util.Arrays.fill(w.missilesThisMonth, 0);
            java.util.Arrays.fill(w.launchDaysThisMonth, 0);
        }
        while (nextAction < w.actions.length && w.actions[nextAction].day() <= d) {
            Theatre.ScheduledAction a = w.actions[nextAction++];
            String what = Levers.apply(w, a.spec());
            String detail = a.spec().detail().isEmpty() ? what : a.spec().detail() + " (" + what + ")";
            log(a.spec().actor(), null, a.id(), detail, w.ladder.rung, w.ladder.rung, -1);
        }
        for (int k = w.theatre.periodsFrom[d]; k < w.theatre.periodsFrom[d + 1]; k++) {
            Period p = w.periods[w.theatre.periodChanges[k]];
            if (p.startDay() == d) {
                int before = w.ladder.rung;
                int after = p.raiseTo() == null ? before : Math.max(before, p.raiseTo());
                LoggedEvent e = changeRung(after, names(p.actors()), p.target(), p.type() + " begins",
                        p.detail(), -1);
                periodCause[p.typeIndex()] = e.seq();
            } else if (p.endDay() + 1 == d) {
                log(names(p.actors()), p.target() < 0 ? null : w.actors[p.target()].id, p.type() + " ends", p.detail(),
                        w.ladder.rung, w.ladder.rung, periodCause[p.typeIndex()]);
            }
        }
        while (nextDated < w.datedEvents.length && w.datedEvents[nextDated].day() <= d) {
            fire(w.events[w.datedEvents[nextDated++].event()], -1); // decided in advance: no decision rule
        }
        while (!w.pending.isEmpty() && w.pending.peek().day() <= d) {
            World.Pending p = w.pending.poll();
            respond(w.events[p.event()], p.cause());
        }
        for (EventType e : w.events) {
            if (e.spec.enabled() && e.spec.rate() > 0 && e.possibleAt(w.ladder.rung)) {
                spontaneous(e);
            }
        }
        calm();
        checkTriggers();
        w.ladder.daysAt[w.ladder.rung]++;
    }

    private void spontaneous(EventType e) {
        World w = world;
        int rung = w.ladder.rung;
        int day = w.day;
        double rate = e.spec.rate() * e.rungFactor[rung] * w.theatre.eventDayFactor[e.index][day];
        if (e.consumes >= 0 && e.spec.halfStock() != null) {
            double h = e.spec.halfStock();
            double s = w.actors[e.actor].forces[e.consumes].getStock();
            double s0 = e.initialStock;
            rate *= s0 > 0 ? (s / (s + h)) / (s0 / (s0 + h)) : 0.0;
        }
        int climb = e.rungAfter(rung, w.ladder.size()) - rung;
        if (climb > 0) {
            rate *= Decision.escalationFactor(willingness(e), climb);
        }
        if (rate > 0 && w.random.nextDouble() < -Math.expm1(-rate * Time.DT)) {
            int type = w.theatre.eventCauseType[e.index][day];
            fire(e, type < 0 ? -1 : periodCause[type]);
        }
    }

    private void respond(EventType e, int cause) {
        World w = world;
        if (!e.spec.enabled() || !e.possibleAt(w.ladder.rung)) {
            return;
        }
        int climb = e.rungAfter(w.ladder.rung, w.ladder.size()) - w.ladder.rung;
        if (climb > 0) {
            double accept = Math.min(1.0, Decision.escalationFactor(willingness(e), climb));
            if (w.random.nextDouble() >= accept) {
                return;
            }
        }
        fire(e, cause);
    }

    /**
     * Against a rival target, the dyadic balance (both sides' allies by credibility); otherwise the actor's index.
     * Cached per actor and target until the next assessment or a change of resolve.
     */
    private double willingness(EventType e) {
        World w = world;
        int slot = e.target < 0 ? w.actors.length : e.target;
        Actor a = w.actors[e.actor];
        if (willingnessStamp[e.actor][slot] == w.picture.stamp && willingnessResolve[e.actor][slot] == a.resolve) {
            return willingnessCache[e.actor][slot];
        }
        boolean dyadic = e.target >= 0 && w.rivalry[e.actor][e.target] > 0;
        double balance = dyadic ? w.dyadBalance(e.actor, e.target) : w.forceBalance(e.actor);
        double value = Decision.willingness(a.resolve, a.riskTolerance, balance);
        willingnessCache[e.actor][slot] = value;
        willingnessStamp[e.actor][slot] = w.picture.stamp;
        willingnessResolve[e.actor][slot] = a.resolve;
        return value;
    }

    private void fire(EventType e, int cause) {
        World w = world;
        String detail = e.spec.detail();
        if (e.consumes >= 0) {
            Force f = w.actors[e.actor].forces[e.consumes];
            int available = (int) Math.floor(f.getStock());
            if (available < 1) {
                return; // nothing left to launch
            }
            int n = 1;
            if (e.spec.salvo() != null) {
                n = Draws.salvo(w.random, e.spec.salvo().mean(), salvoGamma[e.index], e.spec.salvo().max());
            }
            n = Math.min(n, available);
            f.takeFromTheatreFirst(n);
            int year = w.yearOf[w.day];
            w.missiles[e.actor][year] += n;
            w.missilesThisMonth[e.actor] += n;
            if (w.lastLaunchDay[e.actor] != w.day) {
                w.lastLaunchDay[e.actor] = w.day;
                w.launchDays[e.actor][year]++;
                w.launchDaysThisMonth[e.actor]++;
            }
            detail = (detail.isEmpty() ? "" : detail + ": ") + n + (n == 1 ? " missile" : " missiles");
        }
        int after = e.rungAfter(w.ladder.rung, w.ladder.size());
        LoggedEvent logged = changeRung(after, w.actors[e.actor].id, e.target, e.spec.type(), detail, cause);
        for (EventType.Response r : e.responses) {
            if (w.random.nextDouble() < r.probability()) {
                int delay = r.minDelay() + (r.maxDelay() > r.minDelay() ? w.random.nextInt(r.maxDelay() - r.minDelay() + 1) : 0);
                w.pending.add(new World.Pending(w.day + delay, w.pendingOrder++, r.event(), logged.seq()));
            }
        }
    }

    /** Moves the ladder, logs the event, and opens or closes clashes and wars as the rung requires. */
    private LoggedEvent changeRung(int after, String actor, int target, String type, String detail, int cause) {
        World w = world;
        Ladder l = w.ladder;
        int before = l.rung;
        l.moveTo(after, w.day);
        LoggedEvent e = log(actor, target < 0 ? null : w.actors[target].id, type, detail, before, after, cause);
        combatTransitions(before, after, actor, e.seq());
        return e;
    }

    private void combatTransitions(int before, int after, String actor, int cause) {
        World w = world;
        CombatLevel was = w.ladder.combat[before];
        CombatLevel now = w.ladder.combat[after];
        if (now == CombatLevel.CLASH && after > before) {
            w.clashes++;
            w.clashDaysLeft = w.combat.clashDays();
            log(actor, null, "clash", "forces engage for " + w.combat.clashDays() + " days", after, after, cause);
        }
        if (now == CombatLevel.WAR && was != CombatLevel.WAR) {
            w.war = true;
            w.atWar = true;
            scaleCommitments(w.combat.warCommitment());
            log(actor, null, "war begins", "theatre forces reinforced x" + w.combat.warCommitment(), after, after, cause);
        } else if (was == CombatLevel.WAR && now != CombatLevel.WAR) {
            w.atWar = false;
            scaleCommitments(1.0 / w.combat.warCommitment());
            log(actor, null, "war ends", "", after, after, cause);
        }
    }

    private void scaleCommitments(double factor) {
        if (world.combatSides == null || factor <= 0) {
            return;
        }
        for (int[] side : world.combatSides) {
            for (int a : side) {
                for (Force f : world.actors[a].forces) {
                    f.commitment *= factor;
                }
            }
        }
    }

    private void calm() {
        World w = world;
        Ladder l = w.ladder;
        if (l.rung == 0 || l.lastClimbDay == w.day) {
            return;
        }
        double days = l.calmDays[l.rung];
        if (Double.isFinite(days) && w.random.nextDouble() < -Math.expm1(-1.0 / days)) {
            int to = l.calmTo[l.rung];
            changeRung(to, "", -1, "de-escalation", "tension eases to " + l.names[to], -1);
        }
    }

    private void checkTriggers() {
        World w = world;
        for (World.Trigger t : w.triggers) {
            boolean holds = holds(t.spec.when());
            if (holds && !t.held && !(t.spec.once() && t.fired)) {
                t.fired = true;
                int cause = log("", null, t.id, t.spec.detail(), w.ladder.rung, w.ladder.rung, -1).seq();
                for (ActionSpec a : t.spec.then()) {
                    log(a.actor(), null, a.type().name().toLowerCase(), Levers.apply(w, a), w.ladder.rung, w.ladder.rung, cause);
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
            while (!w.balances[b].id().equals(c.balance())) {
                b++;
            }
            double r = w.balanceRatio(b, w.domains.length);
            if (c.below() != null && r >= c.below() || c.above() != null && r <= c.above()) {
                return false;
            }
        }
        return true;
    }

    private String names(int[] actors) {
        StringBuilder s = new StringBuilder();
        for (int a : actors) {
            s.append(s.length() == 0 ? "" : "+").append(world.actors[a].id);
        }
        return s.toString();
    }

    private LoggedEvent log(String actor, String target, String type, String detail, int before, int after, int cause) {
        return world.logEvent(world.day, actor == null ? "" : actor, target == null ? "" : target, type, detail,
                before, after, cause);
    }
}
