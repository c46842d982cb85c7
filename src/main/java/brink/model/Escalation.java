package brink.model;

import brink.scenario.LadderSpec.CombatLevel;

/**
 * The ladder's and the signalling track's dynamics: moving them when something happens (and opening or closing
 * clashes and wars as the rung requires), calming them on quiet days, and counting days. Every move is logged with
 * its cause.
 */
final class Escalation {
    private final World world;
    private final RandomStreams.Stream ladderCalm;
    private final RandomStreams.Stream signalCalm;
    /** Whether a clash causes losses: its own stream, so that the draw leaves every other one alone. */
    private final RandomStreams.Stream clashLosses;

    Escalation(World world) {
        this.world = world;
        this.ladderCalm = world.streams.stream("ladder/calm");
        this.signalCalm = world.streams.stream("signals/calm");
        this.clashLosses = world.streams.stream("combat/lethal");
    }

    /** Moves the ladder to {@code rung} and the track to {@code signal}, logs the event, and starts or ends combat. */
    LoggedEvent move(LoggedEvent.Kind kind, String period, int rung, int signal, String actor, int target, String type, String detail,
                     int cause) {
        World w = world;
        int before = w.ladder.rung;
        int signalBefore = w.signals.rung;
        w.ladder.moveTo(rung, w.day);
        w.signals.moveTo(signal, w.day);
        LoggedEvent e = log(kind, period, actor, target < 0 ? null : w.actors[target].id, type, detail, before, rung, signalBefore, signal,
                cause);
        combatTransitions(before, rung, actor, e.seq());
        return e;
    }

    /** Logs something that moves neither the ladder nor the track. */
    LoggedEvent note(LoggedEvent.Kind kind, String period, String actor, String target, String type, String detail, int cause) {
        World w = world;
        return log(kind, period, actor, target, type, detail, w.ladder.rung, w.ladder.rung, w.signals.rung, w.signals.rung, cause);
    }

    private LoggedEvent log(LoggedEvent.Kind kind, String period, String actor, String target, String type, String detail, int before,
                            int after, int signalBefore, int signalAfter, int cause) {
        return world.logEvent(kind, period, actor, target, type, detail, before, after, signalBefore, signalAfter, cause);
    }

    private void combatTransitions(int before, int after, String actor, int cause) {
        World w = world;
        CombatLevel was = w.ladder.combat[before];
        CombatLevel now = w.ladder.combat[after];
        if (now == CombatLevel.CLASH && after > before) {
            w.tally.clashes++;
            double share = w.theatre.combat.lethalShare();
            if (share >= 1 || clashLosses.batch(w.day, w.tally.clashes).nextDouble() < share) {
                w.tally.lethalClashes++;
                w.clashDaysLeft = w.theatre.combat.clashDays();
                note(LoggedEvent.Kind.COMBAT, "", actor, null, "clash", "forces engage for " + w.theatre.combat.clashDays()
                        + " days, with losses", cause);
            } else {
                note(LoggedEvent.Kind.COMBAT, "", actor, null, "clash", "an exchange of fire without losses", cause);
            }
        }
        if (now == CombatLevel.WAR && was != CombatLevel.WAR) {
            w.tally.wars++;
            w.atWar = true;
            setWarFactor(w.theatre.combat.warCommitment());
            note(LoggedEvent.Kind.COMBAT, "", actor, null, "war begins", "theatre forces reinforced x" + w.theatre.combat.warCommitment(), cause);
        } else if (was == CombatLevel.WAR && now != CombatLevel.WAR) {
            w.atWar = false;
            setWarFactor(1.0);
            note(LoggedEvent.Kind.COMBAT, "", actor, null, "war ends", "", cause);
        }
    }

    /** The fighting actors' theatre shares are multiplied by {@code factor} during a war, and restored after it. */
    private void setWarFactor(double factor) {
        if (world.theatre.combatSides == null) {
            return;
        }
        for (int[] side : world.theatre.combatSides) {
            for (int a : side) {
                for (Force f : world.actors[a].forces) {
                    f.warFactor = factor;
                }
            }
        }
    }

    /** On a day without a climb, each track steps down with the probability its calm time gives. */
    void calm() {
        World w = world;
        Ladder l = w.ladder;
        if (l.rung > 0 && l.lastClimbDay != w.day && ladderCalm.uniform(w.day) < l.calmChance[l.rung]) {
            int to = l.calmTo[l.rung];
            move(LoggedEvent.Kind.EASING, "", to, w.signals.rung, "", -1, "de-escalation", "tension eases to " + l.names[to], -1);
        }
        Ladder s = w.signals;
        if (s.rung > 0 && s.lastClimbDay != w.day && signalCalm.uniform(w.day) < s.calmChance[s.rung]) {
            int to = s.calmTo[s.rung];
            move(LoggedEvent.Kind.EASING, "", w.ladder.rung, to, "", -1, "threats subside", "the signalling track eases to " + s.names[to], -1);
        }
    }

    void countDay() {
        world.ladder.daysAt[world.ladder.rung]++;
        world.signals.daysAt[world.signals.rung]++;
    }
}
