package brink.web;

import static brink.output.HtmlPage.esc;

import brink.scenario.MoveSheetLoader;
import brink.scenario.MoveSheetSpec;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.wargame.Game;
import brink.wargame.GameFolder;
import brink.wargame.Sheets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The seminar room's pages, as HTML: a team's (the turn, its briefs, its orders as a form with mistakes beside their
 * fields), the white cell's (who has sent orders, the button, the past reports), and the frame every page shares
 * (which reloads itself when the turn advances). Everything from files and forms is escaped here.
 */
final class SeminarPages {
    private final Path dir;
    private final Game game;
    private final Scenario base;
    private final BiFunction<String, Integer, String> csrf;

    SeminarPages(Path dir, Game game, Scenario base, BiFunction<String, Integer, String> csrf) {
        this.dir = dir;
        this.game = game;
        this.base = base;
        this.csrf = csrf;
    }

    /** The team's sheet of turn t as it stands (the template Brink wrote, or the last accepted submission). */
    MoveSheetSpec currentSheet(String team, int t) {
        Path f = dir.resolve(Game.folder(t)).resolve(Sheets.fileName(team));
        try {
            return MoveSheetLoader.load(f, f.toString()).sheet();
        } catch (ScenarioException e) {
            // a sheet edited by hand into a broken state: the form starts from nothing ordered
            return new MoveSheetSpec(team, t, null, null, null);
        }
    }

    static String submittedMarker(String team) {
        return ".submitted-" + team;
    }

    private boolean submitted(String team, int t) {
        return Files.exists(dir.resolve(Game.folder(t)).resolve(submittedMarker(team)));
    }

    String teamPage(String team, String self, Map<String, String> form, Map<String, List<String>> problems) {
        int t = GameFolder.currentTurn(dir, game);
        String name = base.spec().actors().get(team).name();
        StringBuilder h = new StringBuilder();
        if (t > game.turns()) {
            h.append("<p>The game is over (").append(game.turns()).append(" turns). Your briefs stay below.</p>");
        } else {
            h.append("<p class=\"box\">").append(esc(capital(game.describe(t)))).append(". ")
                    .append(submitted(team, t) ? "<b>Your orders for this turn are in.</b> You may change them until the white cell adjudicates."
                            : "Your orders for this turn are not in yet.")
                    .append(" Read <a href=\"").append(self).append("/brief/").append(t).append("\" target=\"_blank\">your brief for this turn</a>.</p>");
            if (problems != null) {
                h.append("<p class=\"bad\" id=\"problems\">Your orders were not accepted: correct the fields marked below and submit again.</p>");
                for (String general : problems.getOrDefault("", List.of())) {
                    h.append("<p class=\"bad\">").append(esc(general)).append("</p>");
                }
            }
            MoveSheetSpec current = currentSheet(team, t);
            h.append("<form method=\"post\" action=\"").append(self).append("/orders\">")
                    .append("<input type=\"hidden\" name=\"turn\" value=\"").append(t).append("\">")
                    .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(csrf.apply(team, t)).append("\"><table>");
            List<SheetForm.Field> fields = SheetForm.fields(game, base.spec(), team, t, current);
            for (int i = 0; i < fields.size(); i++) {
                SheetForm.Field f = fields.get(i);
                h.append("<tr><td><label for=\"").append(esc(f.path())).append("\">").append(esc(f.label())).append("</label></td><td>");
                input(h, f, form, problems);
                // an event's chosen days share its row: a second way to give the same order
                if (i + 1 < fields.size() && fields.get(i + 1).path().startsWith("days.")) {
                    SheetForm.Field d = fields.get(++i);
                    h.append("<div><label for=\"").append(esc(d.path())).append("\">").append(esc(d.label())).append("</label> ");
                    input(h, d, form, problems);
                    h.append("</div>");
                }
                h.append("</td></tr>");
            }
            h.append("</table><p><button type=\"submit\">Submit the orders of ").append(esc(name)).append("</button></p></form>");
        }
        h.append("<h2>Your briefs</h2><ul>");
        for (int k = Math.min(t, game.turns()); k >= 1; k--) {
            h.append("<li><a href=\"").append(self).append("/brief/").append(k).append("\" target=\"_blank\">Turn ").append(k).append("</a></li>");
        }
        h.append("</ul>");
        return page(name + " (" + team + "): " + game.title(), h.toString(), self);
    }

    private static void input(StringBuilder h, SheetForm.Field f, Map<String, String> form, Map<String, List<String>> problems) {
        String value = form != null && form.containsKey(f.path()) ? form.get(f.path()) : f.value();
        List<String> mine = problems == null ? List.of() : problems.getOrDefault(f.path(), List.of());
        h.append("<input id=\"").append(esc(f.path())).append("\" name=\"").append(esc(f.path())).append("\" value=\"").append(esc(value))
                .append(f.path().startsWith("days.") ? "\" size=\"24\"" : "\" inputmode=\"decimal\" size=\"8\"")
                .append(mine.isEmpty() ? "" : " aria-invalid=\"true\"").append("> <small>").append(esc(f.hint())).append("</small>");
        for (String m : mine) {
            h.append("<div class=\"bad\" data-field=\"").append(esc(f.path())).append("\">").append(esc(m)).append("</div>");
        }
    }

    String whiteCellPage(String self, String message) {
        int t = GameFolder.currentTurn(dir, game);
        StringBuilder h = new StringBuilder();
        if (message != null) {
            h.append("<div class=\"box\" id=\"message\">").append(message).append("</div>");
        }
        if (t > game.turns()) {
            h.append("<p>The game is over (").append(game.turns()).append(" turns): brink wargame debrief ").append(esc(dir.toString()))
                    .append(" writes the debrief.</p>");
        } else {
            h.append("<p>").append(esc(capital(game.describe(t)))).append(".</p><table><tr><th>team</th><th>orders</th></tr>");
            for (String team : game.teams()) {
                h.append("<tr><td>").append(esc(team)).append("</td><td class=\"").append(submitted(team, t) ? "ok\">in" : "wait\">not yet")
                        .append("</td></tr>");
            }
            h.append("</table><form method=\"post\" action=\"").append(self).append("/adjudicate\">")
                    .append("<input type=\"hidden\" name=\"turn\" value=\"").append(t).append("\">")
                    .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(csrf.apply(Tokens.WHITE_CELL, t)).append("\">")
                    .append("<button type=\"submit\">Adjudicate turn ").append(t).append("</button> <small>(teams that have not sent orders "
                            + "start none of their own events this turn)</small></form>");
        }
        h.append("<h2>The white cell's reports</h2>").append(t == 1 ? "<p>None yet: each adjudicated turn adds its report here.</p>" : "")
                .append("<ul>");
        for (int k = Math.min(t - 1, game.turns()); k >= 1; k--) {
            h.append("<li><a href=\"").append(self).append("/report/").append(k).append("\" target=\"_blank\">Turn ").append(k).append("</a></li>");
        }
        h.append("</ul>");
        return page("White cell: " + game.title(), h.toString(), self);
    }

    /** A page; with {@code self}, it reloads itself when the turn advances (polling the turn every 5 s). */
    String page(String title, String body, String self) {
        StringBuilder h = brink.output.HtmlPage.open(new StringBuilder(), title)
                .append("body{font-family:sans-serif;max-width:900px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px;vertical-align:top}"
                        + ".box{background:#f4f7fb;padding:0.5em 1.2em;border-left:4px solid #0072B2}.bad{color:#a00}"
                        + "input[aria-invalid]{border:2px solid #a00}.ok{color:#060}.wait{color:#a60}</style></head><body>\n<h1>")
                .append(esc(title)).append("</h1>\n").append(body);
        if (self != null) {
            h.append("<script>(function(){var t=null;setInterval(function(){fetch('").append(self)
                    .append("/state',{cache:'no-store'}).then(function(r){return r.text();}).then(function(s){"
                            + "if(t!==null&&s!==t){location.href=location.pathname;}t=s;}).catch(function(){});},5000);})();</script>");
        }
        return h.append("\n</body></html>\n").toString();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
