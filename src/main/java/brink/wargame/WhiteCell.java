package brink.wargame;

import brink.model.Actor;
import brink.model.LoggedEvent;
import brink.model.World;
import brink.output.Narrative;
import java.util.List;
import java.util.Map;

/**
 * The white cell's report of a turn: what happened this turn (every event, with its causes), where the ladder and
 * the budgets stand, how likely the adjudicated history was (the same moves over many replications, the game's value
 * placed in that distribution), and the charts of the game so far.
 */
public final class WhiteCell {
    private WhiteCell() {
    }

    /** One headline outcome: the game's value and the spread of the same moves over the replications. */
    public record Spread(String label, String value, String median, String p05, String p95, double rank) {
    }

    public static String html(Game g, int t, World w, Narrative n, List<Spread> spread, int replications, Map<String, String> svgs) {
        StringBuilder h = Html.page(g.title() + ": white cell, " + g.describe(t));
        int fromDay = g.daysThrough(t - 1); // end(0) is the game's start, so turn 1 starts at day 0
        List<LoggedEvent> turn = w.log().stream().filter(e -> e.day() >= fromDay).toList();
        h.append("<div class=\"box\"><p>Teams: ").append(Html.esc(String.join(", ", g.teams()))).append("; the other actors follow "
                + "the model's rules. Seed ").append(g.seed()).append(". At the end of the turn the ladder stands at <b>")
                .append(Html.esc(w.ladder().name(w.ladder().getRung()))).append("</b>, the signalling track at <b>")
                .append(Html.esc(w.signals().name(w.signals().getRung()))).append("</b>.</p></div>\n<h2>What happened this turn (")
                .append(turn.size()).append(" events)</h2>\n<ol>");
        for (LoggedEvent e : turn) {
            h.append("<li>").append(Html.esc(n.line(w.log(), e))).append("</li>");
        }
        h.append("</ol>\n<h2>Budgets and forces in the theatre</h2>\n<table><tr><th>actor</th><th>budget (US$ bn a year)</th>");
        for (String d : w.domains()) {
            h.append("<th>").append(Html.esc(d)).append(" in the theatre</th>");
        }
        h.append("</tr>");
        for (Actor a : w.actors()) {
            h.append("<tr><td>").append(Html.esc(a.getName())).append("</td><td>").append(Html.num(a.getBudget())).append("</td>");
            for (int d = 0; d < w.domains().size(); d++) {
                h.append("<td>").append(a.force(d) == null ? "" : Html.num(a.force(d).getTheatre())).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>\n<h2>How likely was it?</h2>\n<p>The same moves run over ").append(replications)
                .append(" replications (other draws of chance, the adjudicated game is replication 0). The rank is the share "
                        + "of replications at or below the game's value: near 0 or 1, the game was unusually lucky or unlucky.</p>\n")
                .append("<table><tr><th>outcome, game so far</th><th>the game</th><th>median</th><th>5-95 % of replications</th>"
                        + "<th>rank</th></tr>");
        for (Spread s : spread) {
            h.append("<tr><td>").append(Html.esc(s.label())).append("</td><td><b>").append(Html.esc(s.value())).append("</b></td><td>")
                    .append(Html.esc(s.median())).append("</td><td>").append(Html.esc(s.p05())).append(" &ndash; ")
                    .append(Html.esc(s.p95())).append("</td><td>").append(Html.num(s.rank())).append("</td></tr>");
        }
        h.append("</table>\n<h2>The game so far</h2>\n<p>Charts of all turns so far (bands: the replications; the full report "
                + "with every chart: <a href=\"run/report.html\">run/report.html</a>).</p>\n");
        svgs.forEach((name, svg) -> {
            int start = svg.indexOf("<svg");
            h.append("<figure id=\"").append(Html.esc(name)).append("\">").append(start >= 0 ? svg.substring(start) : "").append("</figure>\n");
        });
        return h.append("</body></html>\n").toString();
    }
}
