package brink.cli;

import brink.app.WargameTurns;

import brink.model.LoggedEvent;
import brink.model.World;
import brink.output.OutputFolder;
import brink.output.chart.ChartFiles;
import brink.output.chart.GameCharts;
import brink.scenario.LadderSpec;
import brink.scenario.MoveSheetSpec;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.wargame.Adjudication;
import brink.wargame.Debrief;
import brink.wargame.Game;
import brink.wargame.Orders;
import brink.wargame.TurnStory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code brink wargame debrief GAME}: the debrief of the turns played so far, in GAME/debrief/report.html. */
@Command(name = "debrief", mixinStandardHelpOptions = true,
        description = {"Write the debrief of the game so far (GAME/debrief/report.html).",
            "The ladder day by day, each turn's orders beside what followed, the turning points and what set them off, and "
                + "the counterfactuals run."})
final class WargameDebrief implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "GAME", description = "the game folder")
    Path dir;

    @picocli.CommandLine.Option(names = "--no-charts", description = "write no chart (the debrief then has none)")
    boolean noCharts;

    @picocli.CommandLine.Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        WargameCommand.Played played = WargameCommand.played(spec, dir);
        if (played == null) {
            return BrinkCommand.USER_ERROR;
        }
        Game g = played.game();
        Scenario base = played.base();
        int done = played.done();
        Map<Integer, Map<String, MoveSheetSpec>> sheets = played.sheets();
        OutputFolder folder = Scenarios.openFolder(dir);
        try (Interruption interruption = Interruption.install(); folder) {
            List<Debrief.Turn> turns = new ArrayList<>();
            World before = Adjudication.atStart(base, g);
            World last = before;
            for (int t = 1; t <= done; t++) {
                World w = Adjudication.history(Adjudication.scenario(g, base, sheets, t), g);
                int from = g.daysThrough(t - 1);
                turns.add(new Debrief.Turn(t, sheets.getOrDefault(t, Map.of()), Orders.intensities(base.spec(), sheets, t),
                        w.log().stream().filter(e -> e.day() >= from).toList(), WargameTurns.standing(before), WargameTurns.standing(w)));
                before = w;
                last = w;
            }
            var n = WargameTurns.narrative(last);
            List<String> rungs = WargameTurns.names(last.ladder());
            List<String> signals = WargameTurns.names(last.signals());
            List<LoggedEvent> log = last.log();
            List<Integer> combat = new ArrayList<>();
            List<LadderSpec.Rung> spec0 = base.spec().ladder().rungs();
            for (int k = 0; k < spec0.size(); k++) {
                if (spec0.get(k).combat() != LadderSpec.CombatLevel.NONE) {
                    combat.add(k);
                }
            }
            int start = base.spec().ladder().start();
            List<Debrief.TurningPoint> points = Debrief.turningPoints(g, log, start, combat, signals.size() - 1, n);
            String svg = null;
            if (!noCharts) {
                List<GameCharts.Step> steps = log.stream().map(e -> new GameCharts.Step(e.day(), e.rungAfter(), e.signalAfter(),
                        TurnStory.ordered(e, g.teams()))).toList();
                var chart = GameCharts.ladderDaily(g.title() + ": the game (turns 1-" + done + "), day by day", g.start(), 0,
                        g.daysThrough(done), start, 0, steps, rungs, signals, "The game (replication 0 of each turn's run), seed "
                        + g.seed() + ", teams " + String.join(", ", g.teams()) + "; each day's standing after its last event. Source: "
                        + Game.folder(done) + "/run/events.csv (replication 0).");
                ChartFiles.png(chart, folder.file("debrief/charts/ladder-game.png"), GameCharts.HEIGHT);
                ChartFiles.svg(chart, folder.file("debrief/charts/ladder-game.svg"), GameCharts.HEIGHT);
                svg = Files.readString(folder.file("debrief/charts/ladder-game.svg"));
            }
            List<String> counterfactuals = new ArrayList<>();
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.getFileName().toString().startsWith("counterfactual-without-") && Files.isDirectory(p))
                        .map(p -> p.getFileName().toString()).sorted().forEach(counterfactuals::add);
            }
            Files.writeString(folder.file("debrief/report.html"), Debrief.html(g, base.spec(), turns, log, points, n, rungs, signals, svg,
                    counterfactuals));
            Scenarios.commit(folder);
        } catch (ScenarioException e) {
            Scenarios.printProblems(e, spec.commandLine().getErr());
            return BrinkCommand.USER_ERROR;
        } catch (java.io.InterruptedIOException e) {
            return Scenarios.interrupted(spec.commandLine().getErr(), e, dir);
        }
        if (!quiet) {
            spec.commandLine().getOut().println("Wrote the debrief of " + done + " turn(s): " + dir.resolve("debrief").resolve("report.html"));
        }
        return 0;
    }
}
