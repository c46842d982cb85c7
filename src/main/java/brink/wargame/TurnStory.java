package brink.wargame;

import brink.model.LoggedEvent;
import brink.output.Narrative;
import brink.scenario.MoveSheetSpec;
import brink.scenario.ScenarioSpec;
import brink.scenario.Setting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The white cell's opening paragraph of a turn, in words: what each team ordered, what the model did in reply (the
 * events of the actors without a team and every answer to an earlier event), and how the ladder, the signalling track
 * and the balances moved. Built from the sheets and the recorded history alone.
 */
public final class TurnStory {
    private TurnStory() {
    }

    /** Where the game stood at a moment: the rung, the signalling level and each balance's overall ratio. */
    public record Standing(int rung, int signal, Map<String, Double> balances) {
        public Standing {
            balances = Map.copyOf(balances);
        }
    }

    /** What a team ordered in a sheet, in words ("2 missile tests; missile production x1.5"), or "no moves of its own". */
    public static String orders(ScenarioSpec s, MoveSheetSpec sheet, Map<String, Double> intensitiesBefore) {
        List<String> parts = new ArrayList<>();
        Map<String, Integer> events = new LinkedHashMap<>(sheet.events());
        sheet.days().forEach((e, days) -> events.put(e, days.size()));
        events.forEach((e, n) -> {
            if (n > 0) {
                parts.add(n + " " + s.events().get(e).type() + (n == 1 ? "" : " events") + " (" + e + ")");
            }
        });
        MoveSheetSpec.Actions a = sheet.actions();
        a.exercises().forEach((p, v) -> {
            if (v.doubleValue() != intensitiesBefore.getOrDefault(p, 1.0)) {
                parts.add(p + (v == 0 ? " not held" : " at intensity " + Setting.number(v)));
            }
        });
        a.production().forEach((d, f) -> {
            if (f != 1.0) {
                parts.add(d + " production x" + Setting.number(f));
            }
        });
        if (a.commitment() != 1.0) {
            parts.add("theatre commitment x" + Setting.number(a.commitment()));
        }
        if (a.budget() != 1.0) {
            parts.add("budget x" + Setting.number(a.budget()));
        }
        if (!a.budgetSplit().isEmpty()) {
            parts.add("budget split towards " + Sheets.yamlMap(a.budgetSplit()));
        }
        a.transfers().forEach((t, f) -> {
            if (f != 1.0) {
                parts.add(t + (f == 0 ? " stopped" : " x" + Setting.number(f)));
            }
        });
        return parts.isEmpty() ? "no moves of its own" : String.join("; ", parts);
    }

    /** Whether a logged event is the model's play: an actor without a team, or an answer to an earlier event. */
    static boolean modelsPlay(LoggedEvent e, List<String> teams) {
        if (e.actor().isEmpty() || e.type().startsWith("wg-t") || calendar(e)) {
            return false; // calming, the teams' policy orders, the calendar
        }
        return e.cause() >= 0 || !teams.contains(e.actor());
    }

    /** Whether a logged event is one a team ordered (an event of its own, not an answer, not a policy or the calendar). */
    public static boolean ordered(LoggedEvent e, List<String> teams) {
        return teams.contains(e.actor()) && e.cause() < 0 && !e.type().startsWith("wg-t") && !calendar(e)
                && e.kind() != LoggedEvent.Kind.COMBAT;
    }

    /** A period of the scenario's calendar (an exercise, talks) beginning or ending. */
    static boolean calendar(LoggedEvent e) {
        return e.kind() == LoggedEvent.Kind.PERIOD_BEGINS || e.kind() == LoggedEvent.Kind.PERIOD_ENDS;
    }

    /**
     * The paragraph. {@code turnEvents}: the history's events of the turn; {@code log}: the whole history (for causes).
     */
    public static String paragraph(Game g, ScenarioSpec s, int t, Map<String, MoveSheetSpec> sheets, Map<String, Double> intensitiesBefore,
                                   List<LoggedEvent> turnEvents, Narrative n, List<String> rungs, List<String> signals,
                                   Standing before, Standing after) {
        StringBuilder p = new StringBuilder("Orders: ");
        List<String> ordered = new ArrayList<>();
        for (String team : g.teams()) {
            MoveSheetSpec sheet = sheets.get(team);
            ordered.add(n.who(team) + ": " + (sheet == null ? "no sheet" : orders(s, sheet, intensitiesBefore)));
        }
        p.append(String.join(". ", ordered)).append(". ");
        Map<String, Integer> replies = new LinkedHashMap<>();
        for (LoggedEvent e : turnEvents) {
            if (modelsPlay(e, g.teams())) {
                replies.merge(n.who(e.actor()) + ": " + e.type(), 1, Integer::sum);
            }
        }
        if (replies.isEmpty()) {
            p.append("The model's play added no event this turn. ");
        } else {
            List<String> r = new ArrayList<>();
            replies.forEach((what, k) -> r.add(k + " x " + what));
            p.append("The model's play (the actors without a team, and every answer to an earlier event): ")
                    .append(String.join("; ", r)).append(". ");
        }
        int highest = before.rung();
        for (LoggedEvent e : turnEvents) {
            highest = Math.max(highest, e.rungAfter());
        }
        p.append("The ladder ").append(move(rungs, before.rung(), after.rung()));
        if (highest > Math.max(before.rung(), after.rung())) {
            p.append(", reaching ").append(rungs.get(highest)).append(" on the way");
        }
        int loudest = before.signal();
        for (LoggedEvent e : turnEvents) {
            loudest = Math.max(loudest, e.signalAfter());
        }
        p.append("; the signalling track ").append(move(signals, before.signal(), after.signal()));
        if (loudest > Math.max(before.signal(), after.signal())) {
            p.append(", reaching ").append(signals.get(loudest)).append(" on the way");
        }
        p.append('.');
        List<String> balances = new ArrayList<>();
        after.balances().keySet().stream().sorted().forEach(b -> balances.add(String.format(Locale.ROOT, "%s %.3f -> %.3f", b,
                before.balances().getOrDefault(b, Double.NaN), after.balances().get(b))));
        if (!balances.isEmpty()) {
            p.append(" Balances (overall force ratio, 1 = parity): ").append(String.join(", ", balances)).append('.');
        }
        return p.toString();
    }

    private static String move(List<String> names, int from, int to) {
        return from == to ? "stayed at " + names.get(to) : (to > from ? "rose" : "fell") + " from " + names.get(from) + " to " + names.get(to);
    }
}
