package brink.model;

import brink.scenario.ActionSpec;

/** Applies a scenario action (a scheduled push, drawdown or ceasefire, or a trigger's response) to the world. */
final class Levers {
    private Levers() {
    }

    /** Changes the lever and returns a one-line description for the event log. */
    static String apply(World w, ActionSpec a) {
        w.leverChanges++;
        Actor actor = a.actor() == null ? null : w.actors[w.theatre.actorIndex.get(a.actor())];
        int domain = a.domain() == null ? -1 : java.util.List.of(w.theatre.domains).indexOf(a.domain());
        String where = a.domain() == null ? "all domains" : a.domain();
        switch (a.type()) {
            case PRODUCTION -> {
                if (a.commodity() != null) {
                    int c = java.util.List.of(w.theatre.commodities).indexOf(a.commodity());
                    actor.commodityProduction[c] *= a.factor();
                    return a.commodity() + " production x" + num(a.factor());
                }
                forEachForce(actor, domain, f -> f.productionFactor *= a.factor());
                return "production x" + num(a.factor()) + " (" + where + ")";
            }
            case QUALITY_GROWTH -> {
                forEachForce(actor, domain, f -> f.qualityGrowth += a.value());
                return "new-unit quality growth " + (a.value() >= 0 ? "+" : "") + num(a.value()) + "/yr (" + where + ")";
            }
            case COMMITMENT -> {
                forEachForce(actor, domain, f -> f.commitment *= a.factor());
                return "theatre commitment x" + num(a.factor()) + " (" + where + ")";
            }
            case BUDGET -> {
                actor.budget *= a.factor();
                return "budget x" + num(a.factor());
            }
            case BUDGET_SPLIT -> {
                for (int d = 0; d < w.theatre.domains.length; d++) {
                    actor.targetSplit[d] = a.split().getOrDefault(w.theatre.domains[d], 0.0);
                }
                return "budget split moves towards " + a.split();
            }
            case REACTION -> {
                actor.reaction *= a.factor();
                return "arms-race reaction x" + num(a.factor());
            }
            case SINK -> {
                for (Sink s : w.sinks) {
                    if (s.id.equals(a.sink())) {
                        s.factor *= a.factor();
                    }
                }
                return a.factor() == 0 ? "war elsewhere ends (" + a.sink() + ")" : a.sink() + " x" + num(a.factor());
            }
            case TRANSFER -> {
                for (Transfer t : w.transfers) {
                    if (t.id.equals(a.transfer())) {
                        t.factor *= a.factor();
                    }
                }
                return a.factor() == 0 ? "transfer stops (" + a.transfer() + ")" : a.transfer() + " x" + num(a.factor());
            }
            case RATE -> {
                for (EventType e : w.theatre.events) {
                    if (e.id.equals(a.event())) {
                        w.eventRate[e.index] = a.value();
                    }
                }
                return a.event() + " at " + num(a.value()) + " a year";
            }
            case EXERCISE -> {
                // the calendar took it in when the run was laid out (Theatre); here it is only logged
                return a.period() + (a.value() == 0 ? " not held" : " held at intensity " + num(a.value())) + " from " + a.date();
            }
            case RESOLVE -> {
                actor.resolve = a.value();
                return "resolve set to " + num(a.value());
            }
            default -> throw new IllegalStateException("unhandled action " + a.type());
        }
    }

    private static void forEachForce(Actor actor, int domain, java.util.function.Consumer<Force> change) {
        for (int d = 0; d < actor.forces.length; d++) {
            if (domain < 0 || d == domain) {
                change.accept(actor.forces[d]);
            }
        }
    }

    /** Three significant digits, no trailing zeros after a point, never an exponent: 150 stays 150, 0.12345 is 0.123. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
