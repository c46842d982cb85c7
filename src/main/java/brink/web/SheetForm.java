package brink.web;

import brink.scenario.MoveSheetSpec;
import brink.scenario.Problem;
import brink.scenario.ScenarioSpec;
import brink.scenario.Setting;
import brink.wargame.Game;
import brink.wargame.Menu;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A team's move sheet as a web form, built from the same model as the YAML sheet ({@link Menu}: the team's events, the
 * exercises it takes part in, its policy levers; the same limits): one field per value of the sheet, named by its path
 * in the sheet ({@code events.missile-test}, {@code actions.budget}), so that a problem the sheet's check finds at a path
 * is shown next to the field of that name. A submitted form becomes a sheet's text, each value written as a YAML scalar
 * (a number as it is, anything else quoted), so that no input can add keys to the sheet.
 */
public final class SheetForm {
    /** One field: its sheet path, what it is, its value, and the limits or form it takes (shown beside it). */
    public record Field(String path, String label, String value, String hint) {
        static Field number(String path, String label, String value, double min, double max, boolean whole) {
            return new Field(path, label, value, Setting.number(min) + " to " + Setting.number(max) + (whole ? ", whole" : ""));
        }
    }

    private SheetForm() {
    }

    /** The fields of a team's sheet, filled with the values of {@code current} (the sheet as it stands). */
    public static List<Field> fields(Game g, ScenarioSpec s, String team, int turn, MoveSheetSpec current) {
        Menu m = Menu.of(s, team);
        List<Field> out = new ArrayList<>();
        int days = g.days(turn);
        for (String id : m.events()) {
            var e = s.events().get(id);
            String what = e.type() + (e.target() != null ? " aimed at " + e.target() : "");
            out.add(Field.number("events." + id, what + ": times this turn", Integer.toString(current.events().getOrDefault(id, 0)), 0, days,
                    true));
            out.add(new Field("days." + id, "or on these days:",
                    String.join(", ", current.days().getOrDefault(id, List.of()).stream().map(LocalDate::toString).toList()),
                    "dates of this turn, e.g. " + g.start(turn) + ", " + g.start(turn).plusDays(Math.min(9, days - 1))
                            + " (blank spreads the times evenly)"));
        }
        for (String id : m.exercises()) {
            var p = s.periods().get(id);
            double now = current.actions().exercises().getOrDefault(id, p.intensity());
            out.add(Field.number("actions.exercises." + id, (p.detail().isEmpty() ? p.type() : p.detail()) + ": intensity (1 = in full, 0 = not held)",
                    Setting.number(now), 0, Menu.MAX_INTENSITY, false));
        }
        for (String d : m.domains()) {
            out.add(Field.number("actions.production." + d, "production of " + s.domains().get(d).unit() + ", x factor",
                    Setting.number(current.actions().production().getOrDefault(d, 1.0)), 0, Menu.MAX_FACTOR, false));
        }
        out.add(Field.number("actions.commitment", "share of forces kept in the theatre, x factor", Setting.number(current.actions().commitment()),
                0, Menu.MAX_FACTOR, false));
        out.add(Field.number("actions.budget", "defence budget, x factor at once", Setting.number(current.actions().budget()), Menu.MIN_BUDGET,
                Menu.MAX_BUDGET, false));
        Map<String, Double> split = s.actors().get(team).budget().split();
        for (String d : m.domains()) {
            Double chosen = current.actions().budgetSplit().get(d);
            out.add(new Field("actions.budgetSplit." + d, "share of the budget for " + s.domains().get(d).unit()
                    + " (leave every share blank to keep the split)", chosen == null ? "" : Setting.number(chosen),
                    "0 to 1, shares adding up to 1; the split now: " + Setting.number(split.getOrDefault(d, 0.0))));
        }
        for (String t : m.transfers()) {
            out.add(Field.number("actions.transfers." + t, s.transfers().get(t).what() + " to " + s.transfers().get(t).to() + ", x factor",
                    Setting.number(current.actions().transfers().getOrDefault(t, 1.0)), 0, Menu.MAX_FACTOR, false));
        }
        return out;
    }

    /**
     * The sheet's text from the submitted values (absent fields keep {@code current}'s): a blank days field lists no days
     * (the event's times are spread evenly), blank budget shares keep the split.
     */
    public static String sheet(String team, int turn, List<Field> fields, Map<String, String> submitted, MoveSheetSpec current) {
        Map<String, String> events = new LinkedHashMap<>();
        Map<String, Map<String, String>> maps = new LinkedHashMap<>();
        Map<String, List<String>> days = new LinkedHashMap<>();
        for (String k : List.of("exercises", "production", "budgetSplit", "transfers")) {
            maps.put(k, new LinkedHashMap<>());
        }
        Map<String, String> scalars = new LinkedHashMap<>();
        for (Field f : fields) {
            String v = submitted.getOrDefault(f.path(), f.value()).trim();
            String[] parts = f.path().split("\\.", 3);
            if (parts[0].equals("events")) {
                events.put(parts[1], v);
            } else if (parts[0].equals("days")) {
                List<String> ds = v.isEmpty() ? List.of() : List.of(v.split("\\s*[,;\\s]\\s*"));
                if (!ds.isEmpty()) {
                    days.put(parts[1], ds);
                }
            } else if (parts.length == 3) {
                if (!v.isEmpty() || !parts[1].equals("budgetSplit")) {
                    maps.get(parts[1]).put(parts[2], v);
                }
            } else {
                scalars.put(parts[1], v);
            }
        }
        StringBuilder y = new StringBuilder("# Move sheet submitted in the seminar room (brink wargame serve)\n");
        y.append("team: ").append(team).append("\nturn: ").append(turn).append("\nevents:");
        block(y, "  ", events);
        y.append("days:");
        if (days.isEmpty()) {
            y.append(" {}\n");
        } else {
            y.append('\n');
            days.forEach((id, ds) -> y.append("  ").append(id).append(": [")
                    .append(String.join(", ", ds.stream().map(SheetForm::scalar).toList())).append("]\n"));
        }
        y.append("actions:\n");
        for (var e : maps.entrySet()) {
            y.append("  ").append(e.getKey()).append(':');
            block(y, "    ", e.getValue());
        }
        scalars.forEach((k, v) -> y.append("  ").append(k).append(": ").append(scalar(v)).append('\n'));
        return y.toString();
    }

    private static void block(StringBuilder y, String indent, Map<String, String> m) {
        if (m.isEmpty()) {
            y.append(" {}\n");
            return;
        }
        y.append('\n');
        m.forEach((k, v) -> y.append(indent).append(k).append(": ").append(scalar(v)).append('\n'));
    }

    /** A number as written, anything else as a quoted YAML string (the sheet's check then says it is not a number). */
    static String scalar(String v) {
        if (v.matches("-?\\d{1,12}(\\.\\d{1,12})?")) {
            return v;
        }
        StringBuilder q = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            if (c == '"' || c == '\\') {
                q.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                q.append(String.format("\\x%02x", (int) c));
            } else {
                q.append(c);
            }
        }
        return q.append('"').toString();
    }

    /** Each problem by the field it belongs to (its path, or the nearest enclosing field); those of no field under "". */
    public static Map<String, List<String>> byField(List<Field> fields, List<Problem> problems) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Problem p : problems) {
            String key = "";
            for (Field f : fields) {
                if (p.path().equals(f.path()) || p.path().startsWith(f.path() + ".") || p.path().startsWith(f.path() + "[")) {
                    key = f.path();
                }
            }
            if (key.isEmpty()) {
                // a problem of a whole block (the shares' sum): shown at its first field
                key = fields.stream().map(Field::path).filter(f -> f.startsWith(p.path() + ".")).findFirst().orElse("");
            }
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(p.message() + (p.allowed() == null || p.allowed().isBlank() ? "" : " (" + p.allowed() + ")"));
        }
        return out;
    }
}
