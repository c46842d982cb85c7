package brink.scenario;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The checks of a battle scenario (kind: battle): its keys, its two sides, its waves and rates. */
final class BattleValidator {
    private final ScenarioSpec s;
    private final Checks c;

    BattleValidator(ScenarioSpec s, Checks c) {
        this.s = s;
        this.c = c;
    }

    void validate() {
        battleOnlyKeys();
        BattleSpec b = s.battle();
        c.require(b != null, "battle", "a scenario of kind battle needs a battle: block", "law, days, sides");
        if (b == null) {
            return;
        }
        c.require(b.sides().size() == 2, "battle.sides", "a battle has exactly two sides, got " + b.sides().size(), "two sides");
        Set<String> names = new HashSet<>();
        b.sides().forEach(x -> names.add(x.name()));
        c.require(names.size() == b.sides().size(), "battle.sides", "the two sides need different names", "two names");
        c.require(b.timeStep() <= b.days(), "battle.timeStep", "is longer than the battle", "at most days");
        for (int i = 0; i < b.reinforcements().size(); i++) {
            BattleSpec.Reinforcement r = b.reinforcements().get(i);
            String p = "battle.reinforcements[" + i + "]";
            c.require(names.contains(r.side()), p + ".side", "no side named '" + r.side() + "'", "one of " + names);
            c.require(r.day() <= b.days(), p + ".day", "day " + r.day() + " is after the battle ends", "0.." + b.days());
        }
        for (int i = 0; i < b.rates().size(); i++) {
            BattleSpec.Rate r = b.rates().get(i);
            String p = "battle.rates[" + i + "]";
            c.require(names.contains(r.side()), p + ".side", "no side named '" + r.side() + "'", "one of " + names);
            c.require(r.from() < r.to(), p + ".to", "the interval ends (" + r.to() + ") before it starts (" + r.from() + ")",
                    "from < to");
            c.require(r.to() <= b.days(), p + ".to", "day " + r.to() + " is after the battle ends", "0.." + b.days());
        }
    }

    /** A battle scenario uses only info, start and battle: anything else would be ignored without a word. */
    private void battleOnlyKeys() {
        Map<String, Boolean> unused = new LinkedHashMap<>();
        unused.put("domains", !s.domains().isEmpty());
        unused.put("commodities", !s.commodities().isEmpty());
        unused.put("actors", !s.actors().isEmpty());
        unused.put("relations", !s.relations().isEmpty());
        unused.put("blocs", !s.blocs().isEmpty());
        unused.put("balances", !s.balances().isEmpty());
        unused.put("sinks", !s.sinks().isEmpty());
        unused.put("transfers", !s.transfers().isEmpty());
        unused.put("ladder", s.ladder() != null);
        unused.put("periods", !s.periods().isEmpty());
        unused.put("events", !s.events().isEmpty());
        unused.put("actions", !s.actions().isEmpty());
        unused.put("triggers", !s.triggers().isEmpty());
        unused.put("combat", c.written("combat"));
        unused.put("years", c.written("years"));
        unused.put("recording", c.written("recording"));
        unused.put("steps", c.written("steps"));
        unused.put("levers", !s.levers().isEmpty());
        unused.put("visibility", !s.visibility().isEmpty());
        unused.forEach((key, present) -> c.require(!present, key, "a battle scenario does not use " + key,
                "remove it (a battle has info, start and battle), or make the scenario kind: theatre"));
    }
}
