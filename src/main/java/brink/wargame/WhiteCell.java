package brink.wargame;

import brink.model.Actor;
import brink.model.LoggedEvent;
import brink.model.World;
import brink.output.Narrative;
import java.util.List;
import java.util.Map;

/**
 * The white cell's report of a turn: a paragraph first (what each team ordered, what the model did in reply, how the
 * ladder, the signals and the balances moved), then how unusual the adjudicated history was (the same moves over
 * many replications: the share of them at least as extreme as the game, ties split, so that an outcome every
 * replication shares reads as certain, not as rare), the ladder day by day at the turn's scale and over the game so
 * far, the other charts of the game, every event of the turn with its causes, and where budgets and forces stand.
 */
public final class WhiteCell {
    private WhiteCell() {
    }

    /**
     * One headline outcome: the game's value, the spread of the same moves over the replications, the share of
     * replications at least as extreme as the game (two-sided, ties split) and that in words.
     */
    public record Spread(String label, String value, String median, String p05, String p95, double asExtreme, String verdict) {
    }

    /**
     * The share of replications at least as extreme as the game's value, two-sided with ties split: twice the smaller of
     * P(X < x) + P(X = x)/2 and P(X > x) + P(X = x)/2, at most 1. A value every replication shares gives 1 (nothing
     * unusual); a value beyond all the others gives about 1/n.
     */
    public static double asExtreme(double[] values, double game) {
        long below = 0;
        long equal = 0;
        for (double v : values) {
            if (v < game) {
                below++;
            } else if (v == game) {
                equal++;
            }
        }
        double n = values.length;
        double lower = (below + 0.5 * equal) / n;
        double upper = (n - below - equal + 0.5 * equal) / n;
        return Math.min(1.0, 2 * Math.min(lower, upper));
    }

    /** The share in words: a certain outcome is told apart from a rare one. */
    public static String verdict(double[] values, double game, double asExtreme) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (min == max) {
            return game == min ? "certain with these moves: every replication gives the same" : "outside every replication";
        }
        if (asExtreme < 0.05) {
            return "rare: fewer than 1 replication in 20 is as extreme";
        }
        if (asExtreme < 0.2) {
            return "unusual: fewer than 1 in 5 is as extreme";
        }
        return "typical";
    }

    public static String html(Game g, int t, World w, Narrative n, String paragraph, List<Spread> spread, int replications,
                              Map<String, String> svgs) {
        StringBuilder h = Html.page(g.title() + ": white cell, " + g.describe(t));
        int fromDay = g.daysThrough(t - 1); // end(0) is the game's start, so turn 1 starts at day 0
        List<LoggedEvent> turn = w.log().stream().filter(e -> e.day() >= fromDay).toList();
        h.append("<div class=\"box\" id=\"summary\"><p>").append(brink.output.HtmlPage.esc(paragraph)).append("</p><p>Teams: ")
                .append(brink.output.HtmlPage.esc(String.join(", ", g.teams()))).append("; the other actors follow the model's rules. Seed ")
                .append(g.seed()).append(", Brink ").append(brink.output.HtmlPage.esc(g.brinkVersion())).append(".</p></div>\n");
        h.append("<h2>The ladder day by day, and the game so far</h2>\n");
        svgs.forEach((name, svg) -> h.append("<figure id=\"").append(brink.output.HtmlPage.esc(name)).append("\">").append(brink.output.chart.ChartFiles.inline(svg)).append("</figure>\n"));
        if (!svgs.isEmpty()) {
            h.append("<p>The full report of the replications with every chart: <a href=\"run/report.html\">run/report.html</a>.</p>\n");
        } else {
            h.append("<p>(No charts: the turn was adjudicated with --no-charts.)</p>\n");
        }
        h.append("<h2>How unusual was this turn?</h2>\n<p>The same moves run over ").append(replications)
                .append(" replications (other draws of chance; the adjudicated game is replication 0). \"As extreme\" is the share "
                        + "of replications at least as far from the middle as the game, on the same side or the other, ties "
                        + "split: 1 means nothing unusual (every replication the same, or the game in the middle), near 0 means "
                        + "rare. Outcomes are of the game so far (turns 1-").append(t).append(").</p>\n")
                .append("<table><tr><th>outcome, game so far</th><th>the game</th><th>median</th><th>5-95 % of replications</th>"
                        + "<th>as extreme (share)</th><th>reading</th></tr>");
        List<String> certain = new java.util.ArrayList<>();
        for (Spread s : spread) {
            if (s.verdict().startsWith("certain")) {
                certain.add(s.label() + ": " + s.value());
                continue;
            }
            h.append("<tr><td>").append(brink.output.HtmlPage.esc(s.label())).append("</td><td><b>").append(brink.output.HtmlPage.esc(s.value())).append("</b></td><td>")
                    .append(brink.output.HtmlPage.esc(s.median())).append("</td><td>").append(s.p05().isEmpty() ? "" : brink.output.HtmlPage.esc(s.p05()) + " &ndash; "
                    + brink.output.HtmlPage.esc(s.p95())).append("</td><td>").append(String.format(java.util.Locale.ROOT, "%.2f", s.asExtreme()))
                    .append("</td><td>").append(brink.output.HtmlPage.esc(s.verdict())).append("</td></tr>");
        }
        h.append("</table>\n");
        if (!certain.isEmpty()) {
            h.append("<p id=\"certain\">Certain with these moves (every replication gives the same, so the game is not unusual in "
                    + "them): ").append(brink.output.HtmlPage.esc(String.join("; ", certain))).append(".</p>\n");
        }
        if (replications < 50) {
            h.append("<p><b>Warning:</b> ").append(replications).append(" replications are too few for shares near 0 or 1 to "
                    + "mean much; start the game with --spread 100 or more.</p>\n");
        }
        h.append("<h2>What happened this turn (").append(turn.size()).append(" events)</h2>\n<ol>");
        for (LoggedEvent e : turn) {
            h.append("<li>").append(brink.output.HtmlPage.esc(n.line(w.log(), e))).append("</li>");
        }
        h.append("</ol>\n<h2>Budgets and forces in the theatre</h2>\n<table><tr><th>actor</th><th>budget (US$ bn a year)</th>");
        for (String d : w.domains()) {
            h.append("<th>").append(brink.output.HtmlPage.esc(d)).append(" in the theatre (units)</th>");
        }
        h.append("</tr>");
        for (Actor a : w.actors()) {
            h.append("<tr><td>").append(brink.output.HtmlPage.esc(a.getName())).append("</td><td>").append(Html.num(a.getBudget())).append("</td>");
            for (int d = 0; d < w.domains().size(); d++) {
                h.append("<td>").append(a.force(d) == null ? "" : Briefing.count(a.force(d).getTheatre())).append("</td>");
            }
            h.append("</tr>");
        }
        return h.append("</table>\n</body></html>\n").toString();
    }
}
