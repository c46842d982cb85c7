package brink.cli;

import brink.experiment.Outcome;
import brink.experiment.Quantiles;
import brink.experiment.RunSummary;
import brink.model.LoggedEvent;
import brink.model.World;
import brink.output.Narrative;
import brink.output.OutputFolder;
import brink.output.Staging;
import brink.scenario.MoveSheetSpec;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.wargame.Adjudication;
import brink.wargame.Briefing;
import brink.wargame.Game;
import brink.wargame.Sheets;
import brink.wargame.WhiteCell;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adjudicating a turn into a game folder, and writing the next turn's sheets and briefs: what turn, replay and play share. */
final class WargameTurns {
    private WargameTurns() {
    }

    static Narrative narrative(World w) {
        return Narrative.of(w);
    }

    /** Turn 1's sheets and briefs (at new). */
    static void firstTurn(OutputFolder folder, Game g, Scenario base) throws IOException {
        World start = Adjudication.atStart(base, g);
        sheetsAndBriefs(folder, g, base, 1, start, List.of());
    }

    private static void sheetsAndBriefs(OutputFolder folder, Game g, Scenario base, int turn, World w, List<LoggedEvent> last)
            throws IOException {
        Narrative n = narrative(w);
        for (String team : g.teams()) {
            Map<String, Double> stocks = new LinkedHashMap<>();
            w.actors().stream().filter(a -> a.getId().equals(team)).findFirst().ifPresent(a -> {
                for (int d = 0; d < w.domains().size(); d++) {
                    if (a.force(d) != null) {
                        stocks.put(w.domains().get(d), a.force(d).getStock());
                    }
                }
            });
            Files.writeString(folder.file(Game.folder(turn) + "/" + Sheets.fileName(team)), Sheets.template(g, base.spec(), team, turn, stocks));
            Files.writeString(folder.file(Game.folder(turn) + "/" + Briefing.fileName(team)),
                    Briefing.html(g, base.spec(), team, turn, w, last, n));
        }
    }

    /**
     * Adjudicates turn t with every sheet of turns 1..t: the history (replication 0), the ensemble of the same moves
     * (turn-NN/run/: the files of brink run, its events.csv the history), the white cell's report, and the next turn's
     * sheets and briefs. Nothing is committed here.
     * @return why the charts failed, or null
     */
    static String adjudicate(OutputFolder folder, Game g, Scenario base, Map<Integer, Map<String, MoveSheetSpec>> sheets, int t, int reps,
                             int threads, List<String> commandLine, boolean charts) throws IOException, ScenarioException {
        Scenario s = Adjudication.scenario(g, base, sheets, t);
        World w = Adjudication.history(s, g);
        String prefix = Game.folder(t) + "/run/";
        TheatreEnsemble.Result r = TheatreEnsemble.run(List.of(s), List.of(prefix), folder, reps, g.seed(), threads, 1, null,
                commandLine, true);
        String failed = Scenarios.charts(folder, List.of(prefix), false, !charts);
        List<WhiteCell.Spread> spread = spread(r.shapes().get(0).outcomes(), r.summaries().get(0));
        Map<String, String> svgs = new LinkedHashMap<>();
        if (charts && failed == null) {
            Staging run = new Staging(folder, prefix);
            List<String> wanted = new ArrayList<>(List.of("ladder", "balances", "budgets"));
            g.teams().forEach(team -> wanted.add(team + "-combat-power"));
            for (String c : wanted) {
                var f = run.read("charts/" + c + ".svg");
                if (Files.isRegularFile(f)) {
                    svgs.put(c, Files.readString(f));
                }
            }
        }
        Files.writeString(folder.file(Game.folder(t) + "/report.html"), WhiteCell.html(g, t, w, narrative(w), spread, reps, svgs));
        if (t < g.turns()) {
            int from = g.daysThrough(t - 1);
            sheetsAndBriefs(folder, g, base, t + 1, w, w.log().stream().filter(e -> e.day() >= from).toList());
        }
        return failed;
    }

    /** The headline outcomes: the game's (replication 0) against the distribution over all replications. */
    static List<WhiteCell.Spread> spread(List<Outcome> catalogue, List<RunSummary> runs) {
        List<WhiteCell.Spread> out = new ArrayList<>();
        RunSummary game = runs.stream().filter(x -> x.replication() == 0).findFirst().orElseThrow();
        for (Outcome o : catalogue) {
            if (!o.headline()) {
                continue;
            }
            double[] v = runs.stream().mapToDouble(x -> o.value().applyAsDouble(x)).sorted().toArray();
            double mine = o.value().applyAsDouble(game);
            long atOrBelow = Arrays.stream(v).filter(x -> x <= mine).count();
            if (o.unit() == Outcome.Unit.PROBABILITY) {
                // the game either had it or not; the replications give how often that happens with these moves
                out.add(new WhiteCell.Spread(o.label(), mine >= 0.5 ? "yes" : "no", "in " + o.unit().show(Arrays.stream(v).average()
                        .orElse(Double.NaN)) + " of them", "", "", (double) atOrBelow / v.length));
                continue;
            }
            out.add(new WhiteCell.Spread(o.label(), o.unit().show(mine), o.unit().show(Quantiles.of(v, 0.5)), o.unit().show(Quantiles.of(v, 0.05)),
                    o.unit().show(Quantiles.of(v, 0.95)), (double) atOrBelow / v.length));
        }
        return out;
    }

}
