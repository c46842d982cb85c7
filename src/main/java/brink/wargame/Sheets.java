package brink.wargame;

import brink.scenario.ActorSpec;
import brink.scenario.EventSpec;
import brink.scenario.Location;
import brink.scenario.MoveSheetLoader;
import brink.scenario.MoveSheetSpec;
import brink.scenario.Problem;
import brink.scenario.ScenarioSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Move sheets: the one Brink writes for a team each turn (every move the team can make, with what it does and its
 * limits, as comments a student reads instead of the scenario format; left as written it means "no discretionary
 * moves"), and the checks a filled-in sheet must pass before the turn is adjudicated.
 */
public final class Sheets {
    private Sheets() {
    }

    public static String fileName(String team) {
        return "moves-" + team + ".yaml";
    }

    /**
     * The sheet as written for {@code team} at the start of {@code turn}; {@code stocks}: the actor's stocks now, by domain;
     * {@code intensities}: each exercise's intensity in force now.
     */
    public static String template(Game g, ScenarioSpec s, String team, int turn, Map<String, Double> stocks,
                                  Map<String, Double> intensities) {
        Menu m = Menu.of(s, team);
        ActorSpec a = s.actors().get(team);
        StringBuilder y = new StringBuilder();
        y.append("# Move sheet of ").append(a.name()).append(" (").append(team).append("), ").append(g.describe(turn)).append(".\n")
                .append("# Change the numbers you want to; leave the rest as written. A sheet left as written means no moves of\n")
                .append("# your own this turn: your country then starts none of the events below (the model does not start them\n")
                .append("# for you), and its policies stay as they are. Replies to what others do remain the model's reflexes.\n")
                .append("# Lines starting with # are explanations. Hand the sheet in; the white cell runs: brink wargame turn GAME\n")
                .append("team: ").append(team).append("\nturn: ").append(turn).append("\n");
        y.append("\n# EVENTS: how many times each happens this turn (0 to ").append(g.days(turn))
                .append("), spread evenly over the turn.\n# To choose the days instead, list them under days: (e.g. ")
                .append("days: {").append(m.events().isEmpty() ? "event" : m.events().get(0)).append(": [")
                .append(g.start(turn).plusDays(9)).append("]}).\nevents:\n");
        if (m.events().isEmpty()) {
            y.append("  {}  # this actor starts no events of its own in this scenario\n");
        }
        for (String id : m.events()) {
            EventSpec e = s.events().get(id);
            double perTurn = e.rate() * g.days(turn) / 365.25;
            y.append("  # ").append(e.type()).append(e.target() != null ? " aimed at " + e.target() : "")
                    .append(e.detail().isEmpty() ? "" : ": " + e.detail().replace("\n", " ")).append(".\n");
            y.append("  #   ").append(effect(s, e)).append(e.rate() == 0 ? " The model never starts it on its own: only your orders do."
                    : String.format(Locale.ROOT, perTurn < 0.1 ? " The model alone would start about %.2f this turn."
                    : " The model alone would start about %.1f this turn.", perTurn));
            if (e.consumes() != null) {
                double stock = stocks.getOrDefault(e.consumes(), Double.NaN);
                y.append(" Each uses ").append(e.salvo() != null ? String.format(Locale.ROOT, "%.1f", e.salvo().mean()) + " on average"
                        : "one").append(" of your ").append(s.domains().containsKey(e.consumes()) ? s.domains().get(e.consumes()).unit()
                        : e.consumes()).append(String.format(Locale.ROOT, " (you have %.0f).", stock));
            }
            if (e.minRung() > 0 && lowers(e)) {
                y.append(" It lowers the ladder only from rung ").append(e.minRung()).append(" (").append(rung(s, e.minRung()))
                        .append(") or above: ordered when the ladder stands lower, it changes nothing on it.");
            } else if (e.minRung() > 0) {
                y.append(" The model waits for rung ").append(e.minRung()).append(" (").append(rung(s, e.minRung()))
                        .append(") before starting it: ordering it earlier is a deliberate escalation.");
            }
            y.append("\n  ").append(id).append(": 0\n");
        }
        y.append("days: {}\n\n# POLICY: takes effect on ").append(g.start(turn)).append(" and lasts; factors multiply what is in force now.\n")
                .append("actions:\n");
        exercises(m, s, g, turn, intensities, y);
        y.append("  # production of each domain, x factor (1 = as now, 0 to 4)\n  production:");
        if (m.domains().isEmpty()) {
            y.append(" {}");
        }
        y.append('\n');
        for (String d : m.domains()) {
            y.append("    ").append(d).append(": 1   # ").append(s.domains().get(d).unit())
                    .append(String.format(Locale.ROOT, ", about %.0f a year now", a.forces().get(d).production())).append('\n');
        }
        y.append("  # share of your forces kept in the theatre, x factor (1 = as now, 0 to 4; forces redeploy over weeks)\n")
                .append("  commitment: 1\n")
                .append(String.format(Locale.ROOT, "  # your defence budget, x factor at once (1 = as now, %.1f to %.1f; the record's"
                        + " largest yearly rises are +%s)\n", Menu.MIN_BUDGET, Menu.MAX_BUDGET, "16 % (Japan, FY2025) and +38 % (Russia, 2024)"))
                .append("  budget: 1\n")
                .append("  # the budget split to move towards, shares by domain adding up to 1; {} keeps the present one,\n"
                        + "  # which is (copy it and change the shares):\n  #   budgetSplit: ").append(yamlMap(a.budget().split()))
                .append("\n  budgetSplit: {}\n");
        y.append("  # transfers you send, x factor (1 = as now, 0 stops them)\n  transfers:");
        if (m.transfers().isEmpty()) {
            y.append(" {}");
        }
        y.append('\n');
        for (String t : m.transfers()) {
            y.append("    ").append(t).append(": 1   # ").append(s.transfers().get(t).what()).append(" to ")
                    .append(s.transfers().get(t).to()).append('\n');
        }
        return y.toString();
    }

    private static void exercises(Menu m, ScenarioSpec s, Game g, int turn, Map<String, Double> intensities, StringBuilder y) {
        if (m.exercises().isEmpty()) {
            return;
        }
        y.append("  # the exercises you take part in: the intensity of those that begin from ").append(g.start(turn))
                .append(" on (1 = in full; 0.5 = scaled\n  # down, as the computer-simulated drills of 2018-2021; 0 = not held; up to 2 ="
                        + " enlarged). An exercise provokes tests in\n  # proportion to its intensity and raises the ladder only at"
                        + " 0.5 or more. Partners who order different intensities\n  # in the same turn get the lower one.\n")
                .append("  exercises:\n");
        for (String id : m.exercises()) {
            brink.scenario.PeriodSpec p = s.periods().get(id);
            LocalDate next = next(p, g.start(turn));
            List<String> partners = p.actors().stream().filter(x -> !x.equals(m.actor())).toList();
            y.append("    ").append(id).append(": ").append(brink.scenario.Setting.number(intensities.getOrDefault(id, p.intensity())))
                    .append("   # ").append(p.detail().isEmpty() ? p.type() : p.detail().replace("\n", " "))
                    .append(next == null || !next.isBefore(g.end(g.turns())) ? "; no more in this game"
                            : "; next from " + next + ", " + p.days() + " days")
                    .append(partners.isEmpty() ? "" : " (with " + String.join(", ", partners) + ")").append('\n');
        }
    }

    /** The first day on or after {@code from} on which the period begins, or null. */
    static LocalDate next(brink.scenario.PeriodSpec p, LocalDate from) {
        if (p.start() != null) {
            return p.start().isBefore(from) ? null : p.start();
        }
        java.time.MonthDay md = java.time.MonthDay.parse("--" + p.every());
        for (int y = from.getYear(); y <= from.getYear() + 4; y++) {
            if (md.isValidYear(y) && !md.atYear(y).isBefore(from)) {
                return md.atYear(y);
            }
        }
        return null;
    }

    /** A map as a YAML flow mapping, {armor: 0.25, naval: 0.1}: what a student can copy into the sheet. */
    static String yamlMap(Map<String, Double> m) {
        StringBuilder b = new StringBuilder("{");
        m.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(k).append(": ").append(brink.scenario.Setting.number(v)));
        return b.append('}').toString();
    }

    private static boolean lowers(EventSpec e) {
        return e.lowerTo() != null || e.step() < 0;
    }

    private static String rung(ScenarioSpec s, int k) {
        return s.ladder() != null && k < s.ladder().rungs().size() ? s.ladder().rungs().get(k).name() : "rung " + k;
    }

    private static String effect(ScenarioSpec s, EventSpec e) {
        if (e.signal() != null) {
            return "A statement: it raises the signalling track, never the ladder.";
        }
        if (e.raiseTo() != null) {
            return "It raises the ladder to " + rung(s, e.raiseTo()) + ".";
        }
        if (e.lowerTo() != null) {
            return "It lowers the ladder to " + rung(s, e.lowerTo()) + ".";
        }
        if (e.step() != 0) {
            return "It moves the ladder " + (e.step() > 0 ? "up " : "down ") + Math.abs(e.step()) + " rung(s).";
        }
        return "";
    }

    /** Every problem of a filled-in sheet, located in it. */
    public static List<Problem> check(Game g, ScenarioSpec s, String team, int turn, MoveSheetLoader.Loaded loaded) {
        List<Problem> ps = new ArrayList<>();
        MoveSheetSpec sheet = loaded.sheet();
        Menu m = Menu.of(s, team);
        if (!sheet.team().equals(team)) {
            ps.add(new Problem(loaded.at("team"), "team", "this is " + team + "'s sheet, not " + sheet.team() + "'s", team));
        }
        if (sheet.turn() != turn) {
            ps.add(new Problem(loaded.at("turn"), "turn", "this is the sheet of turn " + turn + ", not " + sheet.turn(), String.valueOf(turn)));
        }
        sheet.events().forEach((e, n) -> {
            if (!m.events().contains(e)) {
                ps.add(unknown(loaded, "events." + e, e, m.events(), "an event " + team + " starts"));
            } else if (n < 0 || n > g.days(turn)) {
                ps.add(new Problem(loaded.at("events." + e), "events." + e, "must be from 0 to " + g.days(turn) + ", got " + n,
                        "at most one a day"));
            }
        });
        sheet.days().forEach((e, days) -> {
            if (!m.events().contains(e)) {
                ps.add(unknown(loaded, "days." + e, e, m.events(), "an event " + team + " starts"));
                return;
            }
            for (int i = 0; i < days.size(); i++) {
                LocalDate d = days.get(i);
                if (d.isBefore(g.start(turn)) || !d.isBefore(g.end(turn))) {
                    ps.add(new Problem(loaded.at("days." + e + "[" + i + "]"), "days." + e + "[" + i + "]", d + " is not in this turn",
                            "a day from " + g.start(turn) + " to " + g.end(turn).minusDays(1)));
                }
            }
        });
        MoveSheetSpec.Actions a = sheet.actions();
        a.production().forEach((d, f) -> {
            if (!m.domains().contains(d)) {
                ps.add(unknown(loaded, "actions.production." + d, d, m.domains(), "a domain of " + team + "'s forces"));
            } else {
                factor(loaded, "actions.production." + d, f, ps);
            }
        });
        a.transfers().forEach((t, f) -> {
            if (!m.transfers().contains(t)) {
                ps.add(unknown(loaded, "actions.transfers." + t, t, m.transfers(), "a transfer " + team + " sends"));
            } else {
                factor(loaded, "actions.transfers." + t, f, ps);
            }
        });
        a.exercises().forEach((p, v) -> {
            if (!m.exercises().contains(p)) {
                ps.add(unknown(loaded, "actions.exercises." + p, p, m.exercises(), "an exercise " + team + " takes part in"));
            } else if (!(v >= 0 && v <= Menu.MAX_INTENSITY)) {
                ps.add(new Problem(loaded.at("actions.exercises." + p), "actions.exercises." + p, "must be an intensity from 0 to "
                        + (int) Menu.MAX_INTENSITY + ", got " + v, "0 not held, 0.5 scaled down, 1 in full"));
            }
        });
        if (!a.budgetSplit().isEmpty()) {
            double sum = 0;
            for (Map.Entry<String, Double> e : a.budgetSplit().entrySet()) {
                if (!m.domains().contains(e.getKey())) {
                    ps.add(unknown(loaded, "actions.budgetSplit." + e.getKey(), e.getKey(), m.domains(), "a domain of " + team + "'s forces"));
                } else if (e.getValue() < 0) {
                    ps.add(new Problem(loaded.at("actions.budgetSplit." + e.getKey()), "actions.budgetSplit." + e.getKey(),
                            "a share cannot be negative", "0 to 1"));
                }
                sum += e.getValue();
            }
            if (Math.abs(sum - 1) > 1e-3) {
                ps.add(new Problem(loaded.at("actions.budgetSplit"), "actions.budgetSplit",
                        String.format(Locale.ROOT, "the shares add up to %.3f, not 1", sum), "shares adding up to 1, or {} to keep the split"));
            }
        }
        return ps;
    }

    private static void factor(MoveSheetLoader.Loaded loaded, String path, double f, List<Problem> ps) {
        if (!(f >= 0 && f <= Menu.MAX_FACTOR)) {
            ps.add(new Problem(loaded.at(path), path, "must be a factor from 0 to " + (int) Menu.MAX_FACTOR + ", got " + f,
                    "1 keeps it as it is"));
        }
    }

    private static Problem unknown(MoveSheetLoader.Loaded loaded, String path, String name, List<String> allowed, String what) {
        String near = brink.scenario.Suggestion.closest(name, allowed);
        Location at = loaded.at(path);
        return new Problem(at, path, "'" + name + "' is not " + what + (near != null ? ", did you mean '" + near + "'?" : ""),
                allowed.isEmpty() ? "none in this scenario" : "one of " + String.join(", ", allowed));
    }
}
