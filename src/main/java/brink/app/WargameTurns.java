package brink.app;

import brink.experiment.Outcome;
import brink.experiment.Quantiles;
import brink.experiment.RunSummary;
import brink.model.LoggedEvent;
import brink.model.World;
import brink.output.Narrative;
import brink.output.OutputFolder;
import brink.output.Staging;
import brink.output.chart.GameCharts;
import brink.scenario.MoveSheetSpec;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.wargame.Adjudication;
import brink.wargame.Briefing;
import brink.wargame.Game;
import brink.wargame.Orders;
import brink.wargame.Sheets;
import brink.wargame.TurnStory;
import brink.wargame.WhiteCell;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adjudicating a turn into a game folder, and writing the next turn's sheets and briefs: what the wargame's turn, replay
 * and play commands share, and what a seminar-room server calls.
 */
public final class WargameTurns {
    private WargameTurns() {
    }

    public static Narrative narrative(World w) {
        return Narrative.of(w);
    }

    /** Turn 1's sheets and briefs (at new). */
    public static void firstTurn(OutputFolder folder, Game g, Scenario base) throws IOException {
        World start = Adjudication.atStart(base, g);
        sheetsAndBriefs(folder, g, base, 1, start, List.of(), Map.of());
    }

    private static void sheetsAndBriefs(OutputFolder folder, Game g, Scenario base, int turn, World w, List<LoggedEvent> last,
                                        Map<Integer, Map<String, MoveSheetSpec>> sheets) throws IOException {
        Map<String, Double> intensities = brink.wargame.Orders.intensities(base.spec(), sheets, turn);
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
            Files.writeString(folder.file(Game.folder(turn) + "/" + Sheets.fileName(team)), Sheets.template(g, base.spec(), team, turn, stocks, intensities));
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
    public static String adjudicate(OutputFolder folder, java.nio.file.Path sheetsFrom, Game g, Scenario base,
                                    Map<Integer, Map<String, MoveSheetSpec>> sheets, int t, int reps, int threads, List<String> commandLine,
                                    boolean charts, java.util.function.BooleanSupplier interrupted) throws IOException, ScenarioException {
        Scenario s = Adjudication.scenario(g, base, sheets, t);
        int from = g.daysThrough(t - 1);
        // the game is replication 0 of the turn's run: kept whole from it, with its standing as the turn began (what had
        // happened by then does not depend on this turn's moves), instead of being run again
        History history = new History(from);
        String prefix = Game.folder(t) + "/run/";
        brink.app.Runs.Result r = brink.app.Runs.run(List.of(s), reps, g.seed(), threads, null, (done, total) -> { },
                new brink.app.Runs.Output(folder, List.of(prefix), 1, commandLine),
                brink.app.Runs.Keep.SUMMARIES.watching(i -> i == 0 ? history : null));
        World w = history.world;
        TurnStory.Standing before = t == 1 ? standing(Adjudication.atStart(base, g)) : history.before;
        String failed = Charting.charts(folder, List.of(prefix), false, !charts, interrupted);
        List<WhiteCell.Spread> spread = spread(r.shapes().get(0).outcomes(), r.summaries(0));
        Map<String, String> svgs = new LinkedHashMap<>();
        if (charts) {
            ladderCharts(folder, g, t, w, before, svgs);
        }
        if (charts && failed == null && g.daysThrough(t) >= 90) {
            // the run's charts are month ends over the replications: shown once the game has a few of them (its own ladder
            // chart, a straight line between month ends, is left to run/report.html: the daily charts above replace it)
            Staging run = new Staging(folder, prefix);
            List<String> wanted = new ArrayList<>(List.of("balances", "budgets"));
            g.teams().forEach(team -> wanted.add(team + "-combat-power"));
            for (String c : wanted) {
                var f = run.read("charts/" + c + ".svg");
                if (Files.isRegularFile(f)) {
                    svgs.put(c, Files.readString(f));
                }
            }
        }
        List<LoggedEvent> turnEvents = w.log().stream().filter(e -> e.day() >= from).toList();
        String paragraph = TurnStory.paragraph(g, base.spec(), t, sheets.getOrDefault(t, Map.of()),
                Orders.intensities(base.spec(), sheets, t), turnEvents, narrative(w), names(w.ladder()), names(w.signals()),
                before, standing(w));
        Files.writeString(folder.file(Game.folder(t) + "/report.html"), WhiteCell.html(g, t, w, narrative(w), paragraph, spread, reps, svgs));
        // the sheets this turn was adjudicated with, frozen from now on
        Files.writeString(folder.file(Game.folder(t) + "/" + brink.wargame.GameFolder.FROZEN),
                brink.wargame.GameFolder.hashes(sheetsFrom, g, t));
        if (t < g.turns()) {
            sheetsAndBriefs(folder, g, base, t + 1, w, w.log().stream().filter(e -> e.day() >= from).toList(), sheets);
        }
        return failed;
    }

    /** Watches the game's replication: its world, and its standing at the end of the day before the turn began. */
    private static final class History implements sim.engine.Steppable {
        private static final long serialVersionUID = 1L;
        private final int from;
        private transient World world;
        private transient TurnStory.Standing before;

        History(int from) {
            this.from = from;
        }

        @Override
        public void step(sim.engine.SimState state) {
            world = ((brink.model.BrinkModel) state).world();
            if (world.getDay() == from - 1) {
                before = standing(world);
            }
        }
    }

    public static List<String> names(brink.model.Ladder l) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < l.size(); r++) {
            out.add(l.name(r));
        }
        return out;
    }

    /** Where a history stands once its run is over: rung, signalling level, every balance's overall ratio. */
    public static TurnStory.Standing standing(World w) {
        Map<String, Double> balances = new LinkedHashMap<>();
        for (int b = 0; b < w.balanceCount(); b++) {
            balances.put(w.balanceId(b), w.balanceRatio(b, w.domains().size()));
        }
        return new TurnStory.Standing(w.ladder().getRung(), w.signals().getRung(), balances);
    }

    /**
     * The ladder and the signalling track of the game day by day: over the turn (turn-NN/charts/ladder-turn) and over
     * the game so far (ladder-game), as PNG and SVG, from the history's log.
     */
    private static void ladderCharts(OutputFolder folder, Game g, int t, World w, TurnStory.Standing before, Map<String, String> svgs)
            throws IOException {
        List<GameCharts.Step> steps = w.log().stream().map(e -> new GameCharts.Step(e.day(), e.rungAfter(), e.signalAfter(),
                TurnStory.ordered(e, g.teams()))).toList();
        int startRung = w.scenario().spec().ladder().start();
        String foot = "The game (replication 0 of the turn's run), seed " + g.seed() + ", teams " + String.join(", ", g.teams())
                + "; each day's standing after its last event. Source: " + Game.folder(t) + "/run/events.csv (replication 0).";
        int from = g.daysThrough(t - 1);
        Map<String, org.jfree.chart.JFreeChart> charts = new LinkedHashMap<>();
        charts.put("ladder-turn", GameCharts.ladderDaily(g.title() + ": " + g.describe(t) + ", day by day", g.start(), from,
                g.daysThrough(t), before.rung(), before.signal(), steps, names(w.ladder()), names(w.signals()), foot));
        if (t > 1) {
            charts.put("ladder-game", GameCharts.ladderDaily(g.title() + ": the game so far (turns 1-" + t + "), day by day", g.start(), 0,
                    g.daysThrough(t), startRung, 0, steps, names(w.ladder()), names(w.signals()), foot));
        }
        for (Map.Entry<String, org.jfree.chart.JFreeChart> c : charts.entrySet()) {
            String base = Game.folder(t) + "/charts/" + c.getKey();
            brink.output.chart.ChartFiles.png(c.getValue(), folder.file(base + ".png"), GameCharts.HEIGHT);
            brink.output.chart.ChartFiles.svg(c.getValue(), folder.file(base + ".svg"), GameCharts.HEIGHT);
            svgs.put(c.getKey(), Files.readString(folder.file(base + ".svg")));
        }
    }

    /** A count or a number of days that is whole is shown whole (a game has 4 tests, not 4.00). */
    private static String show(Outcome o, double v) {
        boolean counted = o.unit() == Outcome.Unit.COUNT || o.unit() == Outcome.Unit.COUNT_IN_YEAR || o.unit() == Outcome.Unit.DAYS;
        return counted && v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : o.unit().show(v);
    }

    /** The headline outcomes: the game's (replication 0) against the distribution over all replications. */
    public static List<WhiteCell.Spread> spread(List<Outcome> catalogue, List<RunSummary> runs) {
        List<WhiteCell.Spread> out = new ArrayList<>();
        RunSummary game = runs.stream().filter(x -> x.replication() == 0).findFirst().orElseThrow();
        for (Outcome o : catalogue) {
            if (!o.headline()) {
                continue;
            }
            double[] v = runs.stream().mapToDouble(x -> o.value().applyAsDouble(x)).sorted().toArray();
            double mine = o.value().applyAsDouble(game);
            double extreme = WhiteCell.asExtreme(v, mine);
            String verdict = WhiteCell.verdict(v, mine, extreme);
            if (o.unit() == Outcome.Unit.PROBABILITY) {
                // the game either had it or not; the replications give how often that happens with these moves
                out.add(new WhiteCell.Spread(o.label(), mine >= 0.5 ? "yes" : "no", "yes in " + o.unit().show(Arrays.stream(v).average()
                        .orElse(Double.NaN)) + " of them", "", "", extreme, verdict));
                continue;
            }
            out.add(new WhiteCell.Spread(o.label(), show(o, mine), show(o, Quantiles.of(v, 0.5)), show(o, Quantiles.of(v, 0.05)),
                    show(o, Quantiles.of(v, 0.95)), extreme, verdict));
        }
        return out;
    }

}
