package brink.scenario;

import brink.scenario.ScenarioSpec.Kind;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks what a well-shaped scenario must also get right: references, sums, dates and ranges between fields. */
final class Validator {
    private static final double SUM_TOLERANCE = 1e-6;

    private final ScenarioSpec s;
    private final Set<String> actors;
    private final Set<String> domains;
    private final int rungs;
    private final Checks checks;

    Validator(ScenarioSpec spec, Map<String, Location> where, String file, List<Problem> problems) {
        this.s = spec;
        this.actors = spec.actors().keySet();
        this.domains = spec.domains().keySet();
        this.rungs = spec.ladder() == null ? 0 : spec.ladder().rungs().size();
        this.checks = new Checks(where, file, problems);
    }

    void validate() {
        if (s.kind() == Kind.BATTLE) {
            new BattleValidator(s, checks).validate();
            return;
        }
        require(s.battle() == null, "battle", "a theatre scenario does not use a battle block", "remove it, or write kind: battle");
        require(s.start() != null, "start", "is required for a theatre scenario", "the first day, YYYY-MM-DD");
        require(!domains.isEmpty(), "domains", "a theatre scenario needs at least one domain", "e.g. armor, naval");
        require(actors.size() >= 2, "actors", "a theatre scenario needs at least two actors", "a mapping of actor ids");
        require(s.ladder() != null && rungs > 0, "ladder", "a theatre scenario needs a ladder with rungs", "ladder: {rungs: [...]}");
        if (s.ladder() != null) {
            require(s.ladder().start() < Math.max(rungs, 1), "ladder.start", "is not a rung", rungRange());
            Set<String> slugs = new HashSet<>();
            for (int i = 0; i < rungs; i++) {
                LadderSpec.Rung r = s.ladder().rungs().get(i);
                Integer to = r.calmTo();
                require(to == null || to < i, "ladder.rungs[" + i + "].calmTo", "must be a lower rung than " + i,
                        "a rung from 0 to " + (i - 1));
                if (i > 0) {
                    LadderSpec.CombatLevel below = s.ladder().rungs().get(i - 1).combat();
                    require(r.combat().ordinal() >= below.ordinal(), "ladder.rungs[" + i + "].combat",
                            "a rung with combat " + name(r.combat()) + " cannot sit above a rung with combat " + name(below)
                                    + ": rungs are ordered by severity, so a rung above a clash or a war is at least as severe",
                            "put threats and statements on the signalling track (ladder.signals) instead");
                }
                require(slugs.add(Slug.of(r.name())), "ladder.rungs[" + i + "].name",
                        "'" + r.name() + "' gives the same outcome names as another rung", "rung names that differ in letters or digits");
            }
            Set<String> levels = new HashSet<>();
            for (int i = 0; i < s.ladder().signals().size(); i++) {
                require(levels.add(s.ladder().signals().get(i).name()), "ladder.signals[" + i + "].name",
                        "the signal level '" + s.ladder().signals().get(i).name() + "' is named twice", "different names");
            }
        }
        s.actors().forEach(this::actor);
        s.visibility().forEach((who, seen) -> {
            actorRef(who, "visibility." + who);
            for (int i = 0; i < seen.size(); i++) {
                actorRef(seen.get(i), "visibility." + who + "[" + i + "]");
            }
        });
        s.relations().forEach((id, r) -> {
            String p = "relations." + id + ".between";
            require(r.between().size() == 2, p, "must name exactly two actors", "[A, B]");
            for (int i = 0; i < r.between().size(); i++) {
                actorRef(r.between().get(i), p + "[" + i + "]");
            }
            require(r.between().size() != 2 || !r.between().get(0).equals(r.between().get(1)), p,
                    "an actor cannot be related to itself", "two different actors");
        });
        s.blocs().forEach((id, members) -> {
            require(!members.isEmpty(), "blocs." + id, "a bloc needs at least one actor", knownActors());
            // balances look a side up as a bloc first: a bloc named like an actor would hide that actor everywhere
            require(!actors.contains(id), "blocs." + id, "a bloc cannot have the id of an actor ('" + id + "' is an actor): balances "
                    + "naming '" + id + "' would count the bloc, not the actor", "another id, e.g. " + id + "-side");
            for (int i = 0; i < members.size(); i++) {
                actorRef(members.get(i), "blocs." + id + "[" + i + "]");
            }
        });
        s.balances().forEach((id, b) -> {
            blocRef(b.of(), "balances." + id + ".of");
            blocRef(b.against(), "balances." + id + ".against");
        });
        s.sinks().forEach(this::sink);
        s.transfers().forEach(this::transfer);
        s.periods().forEach(this::period);
        s.events().forEach(this::event);
        new ResponseCycles(s, checks).check();
        s.targets().forEach((id, t) -> {
            String p = "targets." + id;
            require(t.observed().size() == 2 && t.observed().get(0) != null && t.observed().get(1) != null
                    && t.observed().get(0) <= t.observed().get(1), p + ".observed", "must be a range [low, high] with low <= high",
                    "[33, 69]");
            require(t.years().isEmpty() || t.years().size() == 2 && t.years().get(0) != null && t.years().get(1) != null
                    && 1 <= t.years().get(0) && t.years().get(0) <= t.years().get(1), p + ".years",
                    "must be [first, last], years counted from 1", "[1, 3]");
            require(t.years().isEmpty() == !t.outcome().contains("{y}") || !t.share().isEmpty(), p + ".years",
                    t.years().isEmpty() ? "is needed for an outcome with {y} in its name" : "is only for an outcome with {y} in its name",
                    "years: [1, 3] with outcome: NAME_y{y}");
        });
        s.actions().forEach((id, a) -> action(a, "actions." + id, true));
        s.triggers().forEach((id, t) -> {
            String p = "triggers." + id;
            if (t.when().balance() != null) {
                require(s.balances().containsKey(t.when().balance()), p + ".when.balance",
                        "no balance named '" + t.when().balance() + "'", "one of " + s.balances().keySet());
            }
            rung(t.when().rungAtLeast(), p + ".when.rungAtLeast");
            inHorizon(t.when().after(), p + ".when.after");
            for (int i = 0; i < t.then().size(); i++) {
                action(t.then().get(i), p + ".then[" + i + "]", false);
            }
        });
        boolean fights = s.ladder() != null && s.ladder().rungs().stream()
                .anyMatch(r -> r.combat() != LadderSpec.CombatLevel.NONE);
        if (fights) {
            require(s.combat().sides().size() == 2, "combat.sides", "a ladder with clash or war rungs needs two sides",
                    "two bloc or actor names, e.g. [DPRK+Russia, coalition]");
        }
        for (int i = 0; i < s.combat().sides().size(); i++) {
            blocRef(s.combat().sides().get(i), "combat.sides[" + i + "]");
        }
    }

    private void actor(String id, ActorSpec a) {
        String p = "actors." + id;
        a.forces().keySet().forEach(d -> domainRef(d, p + ".forces." + d, true));
        a.commodities().keySet().forEach(c -> require(s.commodities().containsKey(c), p + ".commodities." + c,
                "no commodity named '" + c + "'", "declare it under commodities: or use one of " + s.commodities().keySet()));
        split(a.budget().split(), p + ".budget.split");
    }

    private void split(Map<String, Double> split, String p) {
        double sum = 0;
        for (Map.Entry<String, Double> e : split.entrySet()) {
            domainRef(e.getKey(), p + "." + e.getKey(), true);
            double v = e.getValue() == null ? Double.NaN : e.getValue();
            require(v >= 0 && v <= 1, p + "." + e.getKey(), "a share must be between 0 and 1, got " + e.getValue(), "0..1");
            sum += v;
        }
        require(split.isEmpty() || Math.abs(sum - 1) <= SUM_TOLERANCE, p,
                "shares sum to " + Math.round(sum * 1e6) / 1e6 + ", not 1", "shares of the budget per domain adding up to 1");
    }

    private void sink(String id, ScenarioSpec.SinkSpec k) {
        String p = "sinks." + id;
        actorRef(k.actor(), p + ".actor");
        require((k.domain() == null) != (k.commodity() == null), p, "name either a domain or a commodity",
                "domain: armor, or commodity: shells");
        if (k.domain() != null) {
            domainRef(k.domain(), p + ".domain", false);
        }
        if (k.commodity() != null) {
            commodityRef(k.commodity(), p + ".commodity");
        }
        if (k.enabled()) {
            // a switched-off sink does nothing, so its dates need not fall in a variant's horizon (a hindcast's)
            dates(k.start(), k.end(), p);
        }
    }

    private void transfer(String id, TransferSpec t) {
        String p = "transfers." + id;
        actorRef(t.from(), p + ".from");
        actorRef(t.to(), p + ".to");
        require(!t.from().equals(t.to()), p + ".to", "sender and receiver are the same actor", "two different actors");
        boolean tech = TransferSpec.TECHNOLOGY.equals(t.what());
        if (tech) {
            t.quality().keySet().forEach(d -> domainRef(d, p + ".quality." + d, true));
            t.productionBoost().keySet().forEach(d -> domainRef(d, p + ".productionBoost." + d, true));
        } else {
            require(domains.contains(t.what()) || s.commodities().containsKey(t.what()), p + ".what",
                    "'" + t.what() + "' is not a domain, a commodity or technology",
                    "one of " + domains + ", " + s.commodities().keySet() + " or technology");
            require(t.rate() != null || t.containersPerYear() != null && t.unitsPerContainer() != null, p,
                    "needs a yearly rate", "rate: N, or containersPerYear and unitsPerContainer");
        }
        if (t.scaleWithSink() != null) {
            require(s.sinks().containsKey(t.scaleWithSink()), p + ".scaleWithSink",
                    "no sink named '" + t.scaleWithSink() + "'", "one of " + s.sinks().keySet());
        }
        if (t.tiedTo() != null) {
            TransferSpec other = s.transfers().get(t.tiedTo());
            require(other != null && !t.tiedTo().equals(id), p + ".tiedTo", "no other transfer named '" + t.tiedTo() + "'",
                    "one of " + s.transfers().keySet());
            require(other == null || other.tiedTo() == null, p + ".tiedTo",
                    "'" + t.tiedTo() + "' is itself tied to another transfer", "a transfer that is not tied");
        }
        if (t.enabled()) {
            dates(t.start(), t.end(), p);
        }
    }

    private void period(String id, PeriodSpec d) {
        String p = "periods." + id;
        require((d.every() == null) != (d.start() == null), p, "give either every (yearly) or start (once)",
                "every: \"08-18\" or start: 2025-08-18");
        if (d.every() != null) {
            try {
                MonthDay.parse("--" + d.every());
            } catch (DateTimeParseException e) {
                checks.add(at(p + ".every", "'" + d.every() + "' is not a month and day", "MM-DD in quotes, e.g. \"08-18\""));
            }
        }
        inHorizon(d.start(), p + ".start");
        for (int i = 0; i < d.actors().size(); i++) {
            actorRef(d.actors().get(i), p + ".actors[" + i + "]");
        }
        if (d.target() != null) {
            actorRef(d.target(), p + ".target");
        }
        rung(d.raiseTo(), p + ".raiseTo");
    }

    private void event(String id, EventSpec e) {
        String p = "events." + id;
        actorRef(e.actor(), p + ".actor");
        if (e.target() != null) {
            actorRef(e.target(), p + ".target");
        }
        require(e.rungFactor().isEmpty() || e.rungFactor().size() == rungs, p + ".rungFactor",
                "has " + e.rungFactor().size() + " values for " + rungs + " rungs", "one factor per rung, or none");
        for (int i = 0; i < e.rungFactor().size(); i++) {
            Double f = e.rungFactor().get(i);
            require(f != null && f >= 0, p + ".rungFactor[" + i + "]", "must not be negative", "a number of at least 0");
        }
        Set<String> periodTypes = new HashSet<>();
        s.periods().values().forEach(d -> periodTypes.add(d.type()));
        e.periodFactor().forEach((k, v) -> {
            require(periodTypes.contains(k), p + ".periodFactor." + k, "no period has type '" + k + "'", "one of " + periodTypes);
            require(v != null && v >= 0, p + ".periodFactor." + k, "must not be negative", "a number of at least 0");
        });
        if (e.consumes() != null) {
            domainRef(e.consumes(), p + ".consumes", false);
        }
        require(e.salvo() == null || e.consumes() != null, p + ".salvo", "a salvo needs the domain it uses",
                "add consumes: missile");
        for (int i = 0; i < e.dates().size(); i++) {
            inHorizon(e.dates().get(i), p + ".dates[" + i + "]");
        }
        int levels = s.ladder() == null ? 0 : s.ladder().signals().size();
        require(e.signalFactor().isEmpty() || e.signalFactor().size() == levels, p + ".signalFactor",
                "has " + e.signalFactor().size() + " values for " + levels + " signal levels", "one factor per level of ladder.signals, or none");
        for (int i = 0; i < e.signalFactor().size(); i++) {
            Double f = e.signalFactor().get(i);
            require(f != null && f >= 0, p + ".signalFactor[" + i + "]", "must not be negative", "a number of at least 0");
        }
        if (e.signal() != null) {
            require(e.signal() < levels, p + ".signal", levels == 0 ? "the ladder has no signalling track"
                    : "there is no signal level " + e.signal(), levels == 0 ? "declare ladder.signals first"
                    : "a level from 0 to " + (levels - 1));
            // a statement raises tension; it is never counted as a clash or a war
            require(e.raiseTo() == null || e.raiseTo() >= rungs || s.ladder().rungs().get(e.raiseTo()).combat() == LadderSpec.CombatLevel.NONE,
                    p + ".raiseTo", "a statement (an event with a signal) cannot raise the ladder to a clash or a war",
                    "a rung without combat, or leave raiseTo out");
            require(e.step() <= 0, p + ".step", "a statement (an event with a signal) cannot climb the ladder by steps",
                    "0, or a raiseTo to a rung without combat");
        }
        rung(e.raiseTo(), p + ".raiseTo");
        rung(e.lowerTo(), p + ".lowerTo");
        rung(e.minRung(), p + ".minRung");
        rung(e.maxRung(), p + ".maxRung");
        e.responses().forEach((rid, r) -> {
            String rp = p + ".responses." + rid;
            require(s.events().containsKey(r.event()), rp + ".event", "no event named '" + r.event() + "'",
                    "one of " + s.events().keySet());
            require(r.maxDelay() >= r.minDelay(), rp + ".maxDelay", "is smaller than minDelay", "at least minDelay");
        });
    }

    private void action(ActionSpec a, String p, boolean scheduled) {
        ActionSpec.Type t = a.type();
        boolean needsActor = t != ActionSpec.Type.SINK && t != ActionSpec.Type.TRANSFER && t != ActionSpec.Type.EXERCISE
                && t != ActionSpec.Type.RATE;
        if (needsActor) {
            require(a.actor() != null, p + ".actor", "is required for a " + t.name().toLowerCase(java.util.Locale.ROOT) + " action", knownActors());
        }
        if (a.actor() != null) {
            actorRef(a.actor(), p + ".actor");
        }
        require(a.period() == null || t == ActionSpec.Type.EXERCISE, p + ".period", "only an exercise action names a period",
                "remove it, or write type: exercise");
        require(a.event() == null || t == ActionSpec.Type.RATE, p + ".event", "only a rate action names an event",
                "remove it, or write type: rate");
        if (a.domain() != null) {
            domainRef(a.domain(), p + ".domain", false);
        }
        if (a.commodity() != null) {
            commodityRef(a.commodity(), p + ".commodity");
            require(t == ActionSpec.Type.PRODUCTION && a.domain() == null, p + ".commodity",
                    "only a production action can name a commodity, and not together with a domain", "production of one commodity");
        }
        switch (t) {
            case SINK -> require(a.sink() != null && s.sinks().containsKey(a.sink()), p + ".sink",
                    "names no sink of this scenario", "one of " + s.sinks().keySet());
            case TRANSFER -> require(a.transfer() != null && s.transfers().containsKey(a.transfer()), p + ".transfer",
                    "names no transfer of this scenario", "one of " + s.transfers().keySet());
            case BUDGET_SPLIT -> {
                require(!a.split().isEmpty(), p + ".split", "is required for a budgetSplit action", "shares per domain");
                split(a.split(), p + ".split");
            }
            case QUALITY_GROWTH, RESOLVE -> require(a.value() != null, p + ".value", "is required for this action", "a number");
            case RATE -> {
                require(a.event() != null && s.events().containsKey(a.event()), p + ".event",
                        a.event() == null ? "is required for a rate action" : "names no event of this scenario", "one of " + s.events().keySet());
                require(a.value() != null && a.value() >= 0 && a.value() <= 365, p + ".value", a.value() == null
                        ? "is required for a rate action" : "out of range: " + a.value(), "a yearly rate from 0 to 365");
            }
            case EXERCISE -> {
                require(a.period() != null && s.periods().containsKey(a.period()), p + ".period",
                        a.period() == null ? "is required for an exercise action" : "names no period of this scenario",
                        "one of " + s.periods().keySet());
                require(a.value() != null && a.value() >= 0 && a.value() <= 2, p + ".value", a.value() == null
                        ? "is required for an exercise action" : "out of range: " + a.value(),
                        "the intensity from 0 (not held) through 0.5 (scaled down) and 1 (in full) to 2");
                // the calendar (what each period does on each day) is laid out before the run, from dated actions only
                require(scheduled, p + ".type", "an exercise action needs a date, so it cannot be a trigger's response",
                        "a dated action under actions:");
            }
            default -> { }
        }
        if (t != ActionSpec.Type.BUDGET_SPLIT && t != ActionSpec.Type.QUALITY_GROWTH && t != ActionSpec.Type.RESOLVE
                && t != ActionSpec.Type.EXERCISE && t != ActionSpec.Type.RATE) {
            require(a.factor() != null && a.factor() >= 0, p + ".factor", a.factor() == null ? "is required for this action"
                    : "must not be negative", "a multiplier of at least 0");
        }
        if (t == ActionSpec.Type.RESOLVE && a.value() != null) {
            require(a.value() >= 0 && a.value() <= 1, p + ".value", "out of range: " + a.value(), "0..1");
        }
        if (scheduled) {
            require(a.date() != null, p + ".date", "is required for a scheduled action", "YYYY-MM-DD within the horizon");
        }
        inHorizon(a.date(), p + ".date");
    }

    private static String name(LadderSpec.CombatLevel c) {
        return c.name().toLowerCase(java.util.Locale.ROOT);
    }

    private void dates(LocalDate start, LocalDate end, String p) {
        inHorizon(start, p + ".start");
        inHorizon(end, p + ".end");
        require(start == null || end == null || !end.isBefore(start), p + ".end", "is before start", "a date on or after start");
    }

    private void inHorizon(LocalDate d, String p) {
        if (d == null || s.start() == null) {
            return;
        }
        int whole = (int) Math.floor(s.years());
        LocalDate last = s.start().plusYears(whole).plusDays(Math.round((s.years() - whole) * 365.25) - 1);
        require(!d.isBefore(s.start()) && !d.isAfter(last), p, d + " is outside the horizon",
                "a date from " + s.start() + " to " + last);
    }

    private void rung(Integer r, String p) {
        if (r != null) {
            require(r >= 0 && r < rungs, p, "there is no rung " + r, rungRange());
        }
    }

    private String rungRange() {
        return "a rung from 0 to " + (rungs - 1);
    }

    private void actorRef(String id, String p) {
        if (!actors.contains(id)) {
            String near = Suggestion.closest(String.valueOf(id), actors);
            checks.add(at(p, "unknown actor '" + id + "'" + (near != null ? ", did you mean '" + near + "'?" : ""), knownActors()));
        }
    }

    private String knownActors() {
        return "actors of this scenario: " + String.join(", ", actors);
    }

    private void blocRef(String id, String p) {
        if (!s.blocs().containsKey(id) && !actors.contains(id)) {
            checks.add(at(p, "unknown bloc or actor '" + id + "'", "blocs: " + s.blocs().keySet() + ", or an actor id"));
        }
    }

    private void domainRef(String d, String p, boolean keyIsTheValue) {
        if (!domains.contains(d)) {
            String near = Suggestion.closest(d, domains);
            checks.add(at(p, "unknown domain '" + d + "'" + (near != null ? ", did you mean '" + near + "'?" : ""),
                    "domains of this scenario: " + String.join(", ", domains)));
        }
    }

    private void commodityRef(String c, String p) {
        require(s.commodities().containsKey(c), p, "unknown commodity '" + c + "'", "one of " + s.commodities().keySet());
    }

    private void require(boolean ok, String path, String message, String allowed) {
        checks.require(ok, path, message, allowed);
    }

    private Problem at(String path, String message, String allowed) {
        return checks.at(path, message, allowed);
    }
}
