package brink.wargame;

import brink.scenario.MoveSheetSpec;
import brink.scenario.ScenarioSpec;
import brink.scenario.Setting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The teams' moves as settings of the scenario, so that adjudicating a turn is an ordinary run of the scenario
 * language: each team actor's own events get rate 0 from the start of the game (the team decides them instead of the
 * decision rule) and happen on the days ordered (a count is spread evenly over the turn); each policy move is an action
 * dated on the first day of its turn. Everything else runs as in {@code brink run}.
 */
public final class Orders {
    private Orders() {
    }

    /** The days of a turn on which {@code n} ordered events happen: spread evenly, the first half a gap in. */
    static List<LocalDate> spread(Game g, int turn, int n) {
        List<LocalDate> out = new ArrayList<>();
        int days = g.days(turn);
        for (int i = 0; i < n; i++) {
            out.add(g.start(turn).plusDays((long) Math.floor((i + 0.5) * days / n)));
        }
        return out;
    }

    /** @param sheets by turn, then by team: every sheet of turns 1..t */
    public static List<Setting> settings(Game g, ScenarioSpec s, Map<Integer, Map<String, MoveSheetSpec>> sheets) {
        return settings(g, s, sheets, Map.of());
    }

    /**
     * The settings of a counterfactual game: each team of {@code without} is played by the model from the turn given on
     * (its sheets of those turns are left out, and its events come back at the scenario's rates on that turn's first
     * day; from turn 1, as if it had never been a team).
     */
    public static List<Setting> settings(Game g, ScenarioSpec s, Map<Integer, Map<String, MoveSheetSpec>> played,
                                         Map<String, Integer> without) {
        Map<Integer, Map<String, MoveSheetSpec>> sheets = new TreeMap<>();
        played.forEach((turn, byTeam) -> {
            Map<String, MoveSheetSpec> kept = new TreeMap<>(byTeam);
            kept.keySet().removeIf(team -> without.containsKey(team) && turn >= without.get(team));
            sheets.put(turn, kept);
        });
        List<Setting> out = new ArrayList<>();
        Map<String, TreeSet<LocalDate>> dates = new TreeMap<>();
        for (String team : g.teams()) {
            int from = without.getOrDefault(team, Integer.MAX_VALUE);
            for (String e : Menu.of(s, team).events()) {
                dates.put(e, new TreeSet<>(s.events().get(e).dates()));
                if (from == 1) {
                    continue; // the model's play from the start: the scenario's own rate
                }
                out.add(new Setting("events." + e + ".rate", "0", "wargame"));
                if (from != Integer.MAX_VALUE && s.events().get(e).rate() > 0) {
                    out.add(new Setting("actions.wg-t" + from + "-" + team + "-model-plays-" + e, "{type: rate, event: " + e
                            + ", value: " + Setting.number(s.events().get(e).rate()) + ", date: " + g.start(from)
                            + ", detail: \"the model plays " + team + " from turn " + from + "\"}", "wargame"));
                }
            }
        }
        new TreeMap<>(sheets).forEach((turn, byTeam) -> {
            Map<String, Double> now = intensities(s, sheets, turn);
            new TreeMap<>(byTeam).forEach((team, sheet) -> sheet.actions().exercises().forEach((p, v) -> {
                if (v.doubleValue() != now.get(p)) {
                    out.add(exercise(g, turn, team, p, v));
                }
            }));
        });
        new TreeMap<>(sheets).forEach((turn, byTeam) -> new TreeMap<>(byTeam).forEach((team, sheet) -> {
            sheet.events().forEach((e, n) -> {
                List<LocalDate> days = sheet.days().containsKey(e) ? sheet.days().get(e) : spread(g, turn, n);
                dates.get(e).addAll(days);
            });
            sheet.days().forEach((e, days) -> {
                if (!sheet.events().containsKey(e)) {
                    dates.get(e).addAll(days);
                }
            });
            actions(g, turn, team, sheet.actions(), out);
        }));
        dates.forEach((e, d) -> {
            if (!d.isEmpty()) {
                out.add(new Setting("events." + e + ".dates", d.toString(), "wargame"));
            }
        });
        return out;
    }

    /** An exercise's intensity from the turn's first day on, as a team ordered it (only where it changes what is in force). */
    private static Setting exercise(Game g, int turn, String team, String period, double v) {
        return new Setting("actions.wg-t" + turn + "-" + team + "-exercise-" + period, "{type: exercise, actor: " + team
                + ", period: " + period + ", value: " + v + ", date: " + g.start(turn) + ", detail: \"team " + team + " orders "
                + period + (v == 0 ? " not held" : " at intensity " + v) + "\"}", "wargame");
    }

    /** The intensity of each period in force at the start of {@code turn}, after the orders of the turns before it. */
    public static Map<String, Double> intensities(ScenarioSpec s, Map<Integer, Map<String, MoveSheetSpec>> sheets, int turn) {
        Map<String, Double> intensity = new TreeMap<>();
        s.periods().forEach((id, p) -> intensity.put(id, p.intensity()));
        new TreeMap<>(sheets).headMap(turn).forEach((t, byTeam) -> {
            Map<String, Double> ordered = new TreeMap<>();
            byTeam.values().forEach(sheet -> sheet.actions().exercises().forEach((p, v) -> {
                if (v.doubleValue() != intensity.get(p)) {
                    ordered.merge(p, v, Math::min); // a joint exercise needs every partner: the lowest order of a turn holds
                }
            }));
            intensity.putAll(ordered);
        });
        return intensity;
    }

    private static void actions(Game g, int turn, String team, MoveSheetSpec.Actions a, List<Setting> out) {
        String date = g.start(turn).toString();
        String prefix = "actions.wg-t" + turn + "-" + team + "-";
        a.production().forEach((domain, f) -> {
            if (f != 1.0) {
                out.add(new Setting(prefix + "production-" + domain, "{type: production, actor: " + team + ", domain: " + domain
                        + ", factor: " + f + ", date: " + date + ", detail: \"team " + team + " orders production x" + f + "\"}", "wargame"));
            }
        });
        if (a.commitment() != 1.0) {
            out.add(new Setting(prefix + "commitment", "{type: commitment, actor: " + team + ", factor: " + a.commitment() + ", date: "
                    + date + ", detail: \"team " + team + " orders theatre commitment x" + a.commitment() + "\"}", "wargame"));
        }
        if (a.budget() != 1.0) {
            out.add(new Setting(prefix + "budget", "{type: budget, actor: " + team + ", factor: " + a.budget() + ", date: " + date
                    + ", detail: \"team " + team + " orders its budget x" + a.budget() + "\"}", "wargame"));
        }
        if (!a.budgetSplit().isEmpty()) {
            StringBuilder split = new StringBuilder("{");
            a.budgetSplit().forEach((d, v) -> split.append(split.length() > 1 ? ", " : "").append(d).append(": ").append(v));
            out.add(new Setting(prefix + "budget-split", "{type: budgetSplit, actor: " + team + ", split: " + split + "}, date: "
                    + date + ", detail: \"team " + team + " re-splits its budget\"}", "wargame"));
        }
        a.transfers().forEach((t, f) -> {
            if (f != 1.0) {
                out.add(new Setting(prefix + "transfer-" + t, "{type: transfer, transfer: " + t + ", factor: " + f + ", date: " + date
                        + ", detail: \"team " + team + " orders transfer " + t + " x" + f + "\"}", "wargame"));
            }
        });
    }
}
