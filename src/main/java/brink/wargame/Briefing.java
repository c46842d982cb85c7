package brink.wargame;

import brink.model.Actor;
import brink.model.LoggedEvent;
import brink.model.World;
import brink.output.Narrative;
import brink.scenario.ScenarioSpec;
import java.util.List;

/**
 * A team's brief for a turn, printable: the situation on the turn's first day, the team's own forces in full, the
 * other actors' as the scenario's {@code visibility} and the game's fog allow (exactly, as estimates, or not at all;
 * all of them exactly when visibility does not list the team), what happened last turn, and where its move sheet is.
 */
public final class Briefing {
    private Briefing() {
    }

    public static String fileName(String team) {
        return "brief-" + team + ".html";
    }

    /** How a team sees another actor's forces. */
    enum Sight { EXACT, ESTIMATE, HIDDEN }

    /** An actor the scenario's visibility does not list sees all exactly; so does everyone in a game without fog. */
    static Sight sight(Game g, ScenarioSpec s, String team, String other) {
        if (g.fog() == Game.Fog.NONE || team.equals(other) || !s.visibility().containsKey(team)
                || s.visibility().get(team).contains(other)) {
            return Sight.EXACT;
        }
        return g.fog() == Game.Fog.HIDDEN ? Sight.HIDDEN : Sight.ESTIMATE;
    }

    /** Whether {@code team} sees {@code other}'s forces exactly. */
    static boolean sees(Game g, ScenarioSpec s, String team, String other) {
        return sight(g, s, team, other) == Sight.EXACT;
    }

    /** A count in whole units, as a brief shows it: 4,300. */
    static String count(double v) {
        return Double.isFinite(v) ? String.format(java.util.Locale.ROOT, "%,d", Math.round(v)) : "";
    }

    /**
     * An intelligence estimate of a count: a guess off the truth by up to 20 % either way (drawn from {@code key}, so the
     * same brief is the same on every machine), shown as a range from 25 % below to 25 % above the guess, rounded outwards
     * to two significant figures: the truth is always inside, and the range's middle does not give it away.
     */
    static String estimate(double truth, long key) {
        if (!(truth > 0)) {
            return "none seen";
        }
        double guess = truth * (1 + 0.4 * (new java.util.SplittableRandom(key).nextDouble() - 0.5));
        return count(round(guess * 0.75, java.math.RoundingMode.FLOOR)) + " to " + count(round(guess * 1.25, java.math.RoundingMode.CEILING))
                + " (estimate)";
    }

    private static double round(double v, java.math.RoundingMode mode) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(2, mode)).doubleValue();
    }

    /** One estimate per force: its stock and its part in the theatre are off by the same factor, so they stay consistent. */
    private static long key(Game g, int turn, String team, String actor, String domain) {
        return g.seed() * 1_000_003L + (turn + "/" + team + "/" + actor + "/" + domain).hashCode();
    }

    public static String html(Game g, ScenarioSpec s, String team, int turn, World w, List<LoggedEvent> lastTurn, Narrative n) {
        String name = s.actors().get(team).name();
        StringBuilder h = Html.page("Brief for " + name + " (" + team + "), " + g.describe(turn));
        h.append("<div class=\"box\"><p><b>").append(brink.output.HtmlPage.esc(g.title())).append("</b>. You play ").append(brink.output.HtmlPage.esc(name))
                .append("; ").append(brink.output.HtmlPage.esc(String.join(", ", g.teams().stream().filter(x -> !x.equals(team)).toList())))
                .append(g.teams().size() > 1 ? " are played by other teams; " : "").append("the other actors follow the model's rules.")
                .append("</p><p>On ").append(g.start(turn)).append(" the escalation ladder stands at <b>")
                .append(brink.output.HtmlPage.esc(w.ladder().name(w.ladder().getRung()))).append("</b> and the signalling track at <b>")
                .append(brink.output.HtmlPage.esc(w.signals().name(w.signals().getRung()))).append("</b>.</p><p>Your moves: fill in <code>")
                .append(Game.folder(turn)).append('/').append(Sheets.fileName(team)).append("</code> and hand it to the white cell.</p></div>\n");
        h.append("<h2>Forces</h2>\n");
        if (g.fog() == Game.Fog.ESTIMATES && !s.visibility().isEmpty() && s.visibility().containsKey(team)) {
            h.append("<p>You see your own forces").append(s.visibility().get(team).isEmpty() ? "" : " and those of "
                    + brink.output.HtmlPage.esc(String.join(", ", s.visibility().get(team)))).append(" exactly; the others are your intelligence "
                    + "services' estimates: a range that holds the true number, with the guess off by up to a fifth.</p>\n");
        }
        h.append("<table><tr><th>actor</th><th>domain</th><th>stock (units)</th><th>in the theatre (units)</th><th>quality</th>"
                + "<th>readiness</th></tr>");
        for (int a = 0; a < w.actors().size(); a++) {
            Actor actor = w.actors().get(a);
            Sight sight = sight(g, s, team, actor.getId());
            if (sight == Sight.HIDDEN) {
                h.append("<tr><td>").append(brink.output.HtmlPage.esc(actor.getName())).append("</td><td colspan=\"5\">not visible to you</td></tr>");
                continue;
            }
            for (int d = 0; d < w.domains().size(); d++) {
                var f = actor.force(d);
                if (f == null || f.getStock() <= 0 && f.getTheatre() <= 0) {
                    continue;
                }
                String domain = w.domains().get(d);
                h.append("<tr><td>").append(brink.output.HtmlPage.esc(actor.getName())).append("</td><td>").append(brink.output.HtmlPage.esc(domain)).append("</td>");
                if (sight == Sight.EXACT) {
                    h.append("<td>").append(count(f.getStock())).append("</td><td>").append(count(f.getTheatre()))
                            .append("</td><td>").append(Html.num(f.getQuality())).append("</td><td>").append(Html.num(f.getReadiness()))
                            .append("</td></tr>");
                } else {
                    h.append("<td>").append(estimate(f.getStock(), key(g, turn, team, actor.getId(), domain))).append("</td><td>")
                            .append(estimate(f.getTheatre(), key(g, turn, team, actor.getId(), domain)))
                            .append("</td><td>not known</td><td>not known</td></tr>");
                }
            }
        }
        h.append("</table>\n<p>Budget of ").append(brink.output.HtmlPage.esc(name)).append(": US$ ")
                .append(Html.num(w.actors().stream().filter(x -> x.getId().equals(team)).findFirst().orElseThrow().getBudget()))
                .append(" bn a year.</p>\n<h2>").append(turn == 1 ? "Before the game" : "Last turn").append("</h2>\n");
        if (lastTurn.isEmpty()) {
            h.append("<p>").append(turn == 1 ? "The game starts now." : "Nothing happened on the ladder.").append("</p>\n");
        } else {
            h.append("<ul>");
            for (LoggedEvent e : lastTurn) {
                // acts on the ladder are public; visibility hides forces, not tests or shows of force; another team's policy
                // orders (production, budgets, commitment) are its own business
                if (e.type().startsWith("wg-t") && !e.actor().equals(team)) {
                    continue;
                }
                h.append("<li>").append(brink.output.HtmlPage.esc(n.line(w.log(), e))).append("</li>");
            }
            h.append("</ul>\n");
        }
        return h.append("</body></html>\n").toString();
    }
}
