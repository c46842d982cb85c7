package brink.wargame;

import brink.model.Actor;
import brink.model.LoggedEvent;
import brink.model.World;
import brink.output.Narrative;
import brink.scenario.ScenarioSpec;
import java.util.List;

/**
 * A team's brief for a turn, printable: the situation on the turn's first day, the team's own forces in full, the
 * other actors' as the scenario's {@code visibility} allows (all of them when it does not list the team), what happened
 * last turn, and where its move sheet is.
 */
public final class Briefing {
    private Briefing() {
    }

    public static String fileName(String team) {
        return "brief-" + team + ".html";
    }

    /** Whether {@code team} sees {@code other}'s forces: an actor the scenario's visibility does not list sees all. */
    static boolean sees(ScenarioSpec s, String team, String other) {
        if (team.equals(other) || !s.visibility().containsKey(team)) {
            return true;
        }
        return s.visibility().get(team).contains(other);
    }

    public static String html(Game g, ScenarioSpec s, String team, int turn, World w, List<LoggedEvent> lastTurn, Narrative n) {
        String name = s.actors().get(team).name();
        StringBuilder h = Html.page("Brief for " + name + " (" + team + "), " + g.describe(turn));
        h.append("<div class=\"box\"><p><b>").append(Html.esc(g.title())).append("</b>. You play ").append(Html.esc(name))
                .append("; ").append(Html.esc(String.join(", ", g.teams().stream().filter(x -> !x.equals(team)).toList())))
                .append(g.teams().size() > 1 ? " are played by other teams; " : "").append("the other actors follow the model's rules.")
                .append("</p><p>On ").append(g.start(turn)).append(" the escalation ladder stands at <b>")
                .append(Html.esc(w.ladder().name(w.ladder().getRung()))).append("</b> and the signalling track at <b>")
                .append(Html.esc(w.signals().name(w.signals().getRung()))).append("</b>.</p><p>Your moves: fill in <code>")
                .append(Game.folder(turn)).append('/').append(Sheets.fileName(team)).append("</code> and hand it to the white cell.</p></div>\n");
        h.append("<h2>Forces</h2>\n<table><tr><th>actor</th><th>domain</th><th>stock</th><th>in the theatre</th><th>quality</th>"
                + "<th>readiness</th></tr>");
        for (int a = 0; a < w.actors().size(); a++) {
            Actor actor = w.actors().get(a);
            if (!sees(s, team, actor.getId())) {
                h.append("<tr><td>").append(Html.esc(actor.getName())).append("</td><td colspan=\"5\">not visible to you</td></tr>");
                continue;
            }
            for (int d = 0; d < w.domains().size(); d++) {
                var f = actor.force(d);
                if (f == null || f.getStock() <= 0 && f.getTheatre() <= 0) {
                    continue;
                }
                h.append("<tr><td>").append(Html.esc(actor.getName())).append("</td><td>").append(Html.esc(w.domains().get(d)))
                        .append("</td><td>").append(Html.num(f.getStock())).append("</td><td>").append(Html.num(f.getTheatre()))
                        .append("</td><td>").append(Html.num(f.getQuality())).append("</td><td>").append(Html.num(f.getReadiness()))
                        .append("</td></tr>");
            }
        }
        h.append("</table>\n<p>Budget of ").append(Html.esc(name)).append(": US$ ")
                .append(Html.num(w.actors().stream().filter(x -> x.getId().equals(team)).findFirst().orElseThrow().getBudget()))
                .append(" bn a year.</p>\n<h2>").append(turn == 1 ? "Before the game" : "Last turn").append("</h2>\n");
        if (lastTurn.isEmpty()) {
            h.append("<p>").append(turn == 1 ? "The game starts now." : "Nothing happened on the ladder.").append("</p>\n");
        } else {
            h.append("<ul>");
            for (LoggedEvent e : lastTurn) {
                // acts on the ladder are public; visibility hides forces, not tests or shows of force
                h.append("<li>").append(Html.esc(n.line(w.log(), e))).append("</li>");
            }
            h.append("</ul>\n");
        }
        return h.append("</body></html>\n").toString();
    }
}
