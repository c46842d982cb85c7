package brink.wargame;

import brink.model.LoggedEvent;
import brink.output.Narrative;
import brink.scenario.MoveSheetSpec;
import brink.scenario.ScenarioSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The debrief of a game, for the class after the last turn: the ladder over the whole game day by day, a timeline of
 * every turn with each team's orders beside what followed (the model's play, the ladder, the signals, the balances),
 * the turning points with the chain of events that led to each and whose order set it off, and the counterfactuals run
 * so far. Built from the sheets and the recorded history alone.
 */
public final class Debrief {
    private Debrief() {
    }

    /** One adjudicated turn: its sheets, the exercise intensities in force when it began, its events, where it began and ended. */
    public record Turn(int number, Map<String, MoveSheetSpec> sheets, Map<String, Double> intensitiesBefore, List<LoggedEvent> events,
                       TurnStory.Standing before, TurnStory.Standing after) {
    }

    /** A moment the game turned: the event, the turn it fell in, and what set it off. */
    public record TurningPoint(int turn, LoggedEvent event, String why, String setOffBy) {
    }

    /**
     * The turning points of a history: each first arrival at a higher rung than ever before, each entry into a rung of
     * combat from below, and the first time the signalling track reached its top level; each traced back along its
     * causes to the first event of the chain, which a team ordered or the model's play started.
     */
    public static List<TurningPoint> turningPoints(Game g, List<LoggedEvent> log, int startRung, List<Integer> combatRungs,
                                                   int topSignal, Narrative n) {
        List<TurningPoint> out = new ArrayList<>();
        int highest = startRung;
        boolean loudest = false;
        for (LoggedEvent e : log) {
            String why = null;
            if (e.rungAfter() > highest) {
                why = "the ladder reaches " + rung(n, e.rungAfter()) + " for the first time";
                highest = e.rungAfter();
            } else if (combatRungs.contains(e.rungAfter()) && e.rungBefore() < e.rungAfter()) {
                why = "fighting: the ladder climbs to " + rung(n, e.rungAfter());
            }
            if (!loudest && topSignal > 0 && e.signalAfter() == topSignal && e.signalBefore() < topSignal) {
                loudest = true;
                why = (why == null ? "" : why + "; ") + "the signalling track reaches its top level for the first time";
            }
            if (why != null) {
                out.add(new TurningPoint(turnOf(g, e.day()), e, why, setOffBy(g, log, e, n)));
            }
        }
        return out;
    }

    private static String rung(Narrative n, int k) {
        return n.rungName(k);
    }

    private static int turnOf(Game g, int day) {
        for (int t = 1; t <= g.turns(); t++) {
            if (day < g.daysThrough(t)) {
                return t;
            }
        }
        return g.turns();
    }

    /** The first event of the chain that led to e, and whose it was. */
    static String setOffBy(Game g, List<LoggedEvent> log, LoggedEvent e, Narrative n) {
        LoggedEvent root = e;
        int guard = 0;
        while (root.cause() >= 0 && root.cause() < log.size() && guard++ < 10_000) {
            root = log.get(root.cause());
        }
        String what = root.type() + " on " + g.start().plusDays(root.day());
        if (TurnStory.ordered(root, g.teams())) {
            return "the order of team " + root.actor() + " (" + n.who(root.actor()) + "): " + what;
        }
        if (root.kind() == LoggedEvent.Kind.PERIOD_BEGINS) {
            return "the calendar: " + root.type() + " (" + root.detail() + ") on " + g.start().plusDays(root.day());
        }
        return "the model's play" + (root.actor().isEmpty() ? "" : " of " + n.who(root.actor())) + ": " + what;
    }

    public static String html(Game g, ScenarioSpec s, List<Turn> turns, List<LoggedEvent> log, List<TurningPoint> points,
                              Narrative n, List<String> rungs, List<String> signals, String ladderSvg, List<String> counterfactuals) {
        int done = turns.size();
        StringBuilder h = Html.page(g.title() + ": debrief of the game (" + done + " of " + g.turns() + " turns)");
        h.append("<div class=\"box\" id=\"summary\"><p>Teams: ").append(brink.output.HtmlPage.esc(String.join(", ", g.teams())))
                .append("; the other actors followed the model's rules. ").append(done).append(" turns of a ").append(g.turn().text())
                .append(", ").append(g.start()).append(" to ").append(g.end(done).minusDays(1)).append(". Seed ").append(g.seed())
                .append(", Brink ").append(brink.output.HtmlPage.esc(g.brinkVersion())).append(".</p>");
        if (!turns.isEmpty()) {
            TurnStory.Standing first = turns.get(0).before();
            TurnStory.Standing last = turns.get(done - 1).after();
            int highest = first.rung();
            for (LoggedEvent e : log) {
                highest = Math.max(highest, e.rungAfter());
            }
            h.append("<p>Over the game the ladder went from <b>").append(brink.output.HtmlPage.esc(rungs.get(first.rung()))).append("</b> to <b>")
                    .append(brink.output.HtmlPage.esc(rungs.get(last.rung()))).append("</b>, its highest rung <b>").append(brink.output.HtmlPage.esc(rungs.get(highest)))
                    .append("</b>; ").append(points.size()).append(" turning point(s) below. Each turn's white-cell report "
                            + "(turn-NN/report.html) says how unusual that turn was.</p>");
        }
        h.append("</div>\n<h2>The ladder over the game, day by day</h2>\n");
        if (ladderSvg != null) {
            h.append("<figure id=\"ladder-game\">").append(brink.output.chart.ChartFiles.inline(ladderSvg)).append("</figure>\n");
        } else {
            h.append("<p>(No chart: the debrief was written with --no-charts.)</p>\n");
        }
        h.append("<h2>Turn by turn: the orders and what followed</h2>\n<table id=\"timeline\"><tr><th>turn</th>");
        for (String team : g.teams()) {
            h.append("<th>").append(brink.output.HtmlPage.esc(n.who(team))).append(" ordered</th>");
        }
        h.append("<th>the model's play</th><th>ladder</th><th>signalling track</th><th>balances (1 = parity)</th></tr>\n");
        for (Turn t : turns) {
            h.append("<tr><td>").append(t.number()).append("<br><small>").append(g.start(t.number())).append("</small></td>");
            for (String team : g.teams()) {
                MoveSheetSpec sheet = t.sheets().get(team);
                h.append("<td>").append(brink.output.HtmlPage.esc(sheet == null ? "no sheet" : TurnStory.orders(s, sheet, t.intensitiesBefore())))
                        .append("</td>");
            }
            java.util.Map<String, Integer> replies = new java.util.LinkedHashMap<>();
            int high = t.before().rung();
            for (LoggedEvent e : t.events()) {
                high = Math.max(high, e.rungAfter());
                if (TurnStory.modelsPlay(e, g.teams())) {
                    replies.merge(n.who(e.actor()) + ": " + e.type(), 1, Integer::sum);
                }
            }
            List<String> r = new ArrayList<>();
            replies.forEach((what, k) -> r.add(k + " x " + what));
            h.append("<td>").append(brink.output.HtmlPage.esc(r.isEmpty() ? "nothing" : String.join("; ", r))).append("</td><td>")
                    .append(brink.output.HtmlPage.esc(rungs.get(t.before().rung()) + " -> " + rungs.get(t.after().rung())
                            + (high > Math.max(t.before().rung(), t.after().rung()) ? " (up to " + rungs.get(high) + ")" : "")))
                    .append("</td><td>").append(brink.output.HtmlPage.esc(signals.get(t.before().signal()) + " -> " + signals.get(t.after().signal())))
                    .append("</td><td>");
            List<String> b = new ArrayList<>();
            t.after().balances().keySet().stream().sorted().forEach(k -> b.add(String.format(java.util.Locale.ROOT, "%s %.3f -> %.3f",
                    k, t.before().balances().getOrDefault(k, Double.NaN), t.after().balances().get(k))));
            h.append(brink.output.HtmlPage.esc(String.join(", ", b))).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Turning points</h2>\n");
        if (points.isEmpty()) {
            h.append("<p>None: the ladder never rose above where it started.</p>\n");
        } else {
            h.append("<ol id=\"turning-points\">");
            for (TurningPoint p : points) {
                h.append("<li><b>Turn ").append(p.turn()).append(": ").append(brink.output.HtmlPage.esc(p.why())).append(".</b> ")
                        .append(brink.output.HtmlPage.esc(n.line(log, p.event()))).append(" <i>Set off by ").append(brink.output.HtmlPage.esc(p.setOffBy()))
                        .append(".</i></li>");
            }
            h.append("</ol>\n");
        }
        h.append("<h2>What if a team had not played?</h2>\n<p>A true counterfactual replays the game on the same random streams with "
                + "one team's orders replaced by the model's own play: <code>brink wargame counterfactual GAME --without TEAM</code> "
                + "(or <code>TEAM:TURN</code> from a turn on).");
        if (counterfactuals.isEmpty()) {
            h.append(" None has been run for this game yet.</p>\n");
        } else {
            h.append(" Run for this game:</p>\n<ul>");
            for (String c : counterfactuals) {
                h.append("<li><a href=\"../").append(brink.output.HtmlPage.esc(c)).append("/report.html\">").append(brink.output.HtmlPage.esc(c)).append("</a> (the game "
                        + "as played and the counterfactual side by side; its comparison.csv has every paired difference)</li>");
            }
            h.append("</ul>\n");
        }
        return h.append("</body></html>\n").toString();
    }
}
