package brink.gui;

import brink.experiment.Outcome;
import brink.experiment.Outcomes;
import brink.experiment.Replication;
import brink.experiment.RunSummary;
import brink.model.Actor;
import brink.model.Force;
import brink.model.Ladder;
import brink.model.World;
import java.util.List;

/**
 * What the Console's inspectors show: one per actor (money, character, and per domain stock, quality, readiness
 * and posture) and one for the ladder. Names are short so that values stay in sight; units are in the tooltips.
 */
final class Inspectors {
    private Inspectors() {
    }

    static Readout actor(World w, int index) {
        Actor a = w.actors().get(index);
        Readout r = new Readout()
                .text("Name", "the actor's name in the scenario", a::getName)
                .number("Budget", "defence budget, US$ bn per year", a::getBudget)
                .number("Resolve", "willingness to act, 0-1", a::getResolve)
                .number("Risk tolerance", "0-1: how little the balance of forces restrains it", a::getRiskTolerance)
                .number("Balance", "force-balance index: own side's theatre combat power / rivals' (1 = parity)",
                        () -> w.forceBalance(index));
        List<String> domains = w.domains();
        for (int d = 0; d < domains.size(); d++) {
            Force f = a.force(d);
            int domain = d;
            String name = domains.get(d);
            String unit = w.scenario().spec().domains().get(name).unit();
            r.number(name + " stock", unit + ", in the theatre and elsewhere", f::getStock)
                    .number(name + " in theatre", unit + " in the theatre", f::getTheatre)
                    .number(name + " posture", "share of the stock in the theatre now, 0-1", () -> share(f))
                    .number(name + " target", "share of the stock the actor aims to keep in the theatre, 0-1", f::getTargetShare)
                    .number(name + " quality", "average technology level of the stock (1 = reference)", f::getQuality)
                    .number(name + " readiness", "share ready to fight, 0-1", f::getReadiness)
                    .number(name + " power", "theatre combat power: units x quality x readiness", f::getPower)
                    .number(name + " budget", "share of the budget spent on " + name + ", 0-1", () -> a.budgetShare(domain));
        }
        return r;
    }

    private static double share(Force f) {
        return f.getStock() > 0 ? f.getTheatre() / f.getStock() : 0;
    }

    static Readout ladder(World w) {
        Ladder l = w.ladder();
        return new Readout()
                .text("Date", "the simulated day", () -> w.date(w.getDay()).toString())
                .whole("Rung", "the rung the ladder stands on (0 = lowest)", l::getRung)
                .text("Rung name", "the scenario's name for the rung", l::getRungName)
                .whole("Highest", "the highest rung reached so far", l::getHighest)
                .text("Highest on", "the day the highest rung was first reached", () -> w.date(l.getDayHighestFirst()).toString())
                .text("Signal", "the signalling track: threats that raise tension without being rungs", () -> w.signals().getRungName())
                .whole("Clashes", "clashes started so far (exchanges of fire, with or without losses)", w::clashes)
                .whole("Clashes with losses", "clashes that caused losses so far", w::lethalClashes)
                .whole("Wars", "wars started so far", w::wars)
                .whole("Days at war", "days at war so far", w::warDays)
                .text("Days per rung", "days spent at each rung so far", () -> daysAt(l));
    }

    /**
     * This run's headline outcomes so far, from the same catalogue as runs.csv (balances at year ends are left out:
     * the GUI does not keep them).
     */
    static Readout outcomes(World w) {
        Readout r = new Readout();
        for (Outcome o : Outcomes.of(Replication.context(w))) {
            if (o.headline() && o.unit() != Outcome.Unit.RATIO) {
                String label = o.label().replaceFirst(" within .*$", " so far");
                r.text(label, o.definition() + " (" + o.unit().text() + ")",
                        () -> show(o, Replication.summarize(w, 0, 0, null)));
            }
        }
        return r;
    }

    private static String show(Outcome o, RunSummary s) {
        double v = o.value().applyAsDouble(s);
        return o.unit() == Outcome.Unit.PROBABILITY ? (v > 0 ? "yes" : "no") : o.unit().show(v);
    }

    private static String daysAt(Ladder l) {
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < l.size(); r++) {
            if (l.daysAt(r) > 0) {
                s.append(s.length() == 0 ? "" : ", ").append(l.name(r)).append(' ').append(l.daysAt(r));
            }
        }
        return s.toString();
    }
}
