package brink.cli;

import brink.app.WargameTurns;

import brink.experiment.Comparison;
import brink.experiment.Outcome;
import brink.experiment.RunSummary;
import brink.output.OutputFolder;
import brink.scenario.MoveSheetSpec;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.wargame.Adjudication;
import brink.wargame.Game;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code brink wargame counterfactual GAME}: without {@code --without}, the teams' moves against many replications (how
 * lucky the game was); with {@code --without TEAM[:TURN]}, the game as played and the same game with a team's
 * orders (from a turn on) replaced by the model's own play, run over the same replication seeds (replication 0 of both
 * is the game's own history and its counterfactual: the same draws wherever the two do the same thing), compared pair
 * by pair as {@code brink compare} does. Written to GAME/counterfactual-without-TEAM[-from-turn-K]/.
 */
@Command(name = "counterfactual", mixinStandardHelpOptions = true,
        description = {"How lucky was the game, and what if a team had not played?",
            "Without --without: run the teams' moves so far against many replications (how lucky or unlucky was the game's "
                + "history?). With --without TEAM[:TURN]: replay the game with that team's orders (from that turn on) replaced "
                + "by the model's own play, paired with the game as played on the same random streams, and show how the "
                + "outcomes differ (replication 0 is the game itself); written to GAME/counterfactual-without-TEAM/."})
final class WargameCounterfactual implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "GAME", description = "the game folder")
    Path dir;

    @Mixin
    RepsOption replications = new RepsOption();

    private int reps;

    @Option(names = "--without", paramLabel = "TEAM[:TURN]", split = ",",
            description = "a team whose orders the model's play replaces, from turn TURN on (default: from turn 1); repeatable")
    List<String> without = new ArrayList<>();

    @Mixin
    WargameCommand.Adjudicating options = new WargameCommand.Adjudicating();

    @Override
    public Integer call() throws IOException {
        reps = replications.count();
        if (!without.isEmpty()) {
            return run(spec, dir, reps, without, options);
        }
        WargameCommand.Played p = WargameCommand.played(spec, dir);
        if (p == null) {
            return BrinkCommand.USER_ERROR;
        }
        Game g = p.game();
        int done = p.done();
        OutputFolder folder = Scenarios.openFolder(dir);
        try (Interruption interruption = Interruption.install(); folder) {
            Scenario s = brink.wargame.Adjudication.scenario(g, p.base(), p.sheets(), done);
            brink.app.Runs.Result r = brink.app.Runs.run(List.of(s), reps, g.seed(), options.threads(), null, (d, n) -> { },
                    new brink.app.Runs.Output(folder, List.of("counterfactual/"), 1, Scenarios.commandLine(spec)),
                    brink.app.Runs.Keep.SUMMARIES);
            Scenarios.charts(folder, List.of("counterfactual/"), false, options.noCharts);
            Scenarios.commit(folder);
            if (!options.quiet) {
                var out = spec.commandLine().getOut();
                out.println("The game's history (turns 1-" + done + ") against " + reps + " replications of the same moves "
                        + "(as extreme: the share of replications at least as far from the middle as the game, ties split;"
                        + " 1 = nothing unusual, near 0 = rare):");
                for (brink.wargame.WhiteCell.Spread x : WargameTurns.spread(r.shapes().get(0).outcomes(), r.summaries(0))) {
                    out.printf(java.util.Locale.ROOT, "  %s: the game %s, replications %s%s%s, as extreme %.2f (%s)%n", x.label(),
                            x.value(), x.median(), x.p05().isEmpty() ? "" : " [" + x.p05(), x.p05().isEmpty() ? "" : ", " + x.p95() + "]",
                            x.asExtreme(), x.verdict());
                }
                out.println("Wrote " + dir.resolve("counterfactual"));
            }
        } catch (ScenarioException e) {
            Scenarios.printProblems(e, spec.commandLine().getErr());
            return BrinkCommand.USER_ERROR;
        } catch (java.io.InterruptedIOException e) {
            return Scenarios.interrupted(spec.commandLine().getErr(), e, dir);
        }
        return 0;
    }


    /** TEAM or TEAM:TURN, checked against the game: team to the first turn the model plays it. */
    static Map<String, Integer> parse(List<String> options, Game g, int done) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String o : options) {
            String[] parts = o.split(":", -1);
            String team = parts[0].trim();
            if (!g.teams().contains(team)) {
                String near = brink.scenario.Suggestion.closest(team, g.teams());
                throw new UserError("--without " + o + ": '" + team + "' is not a team of this game" + (near != null
                        ? ", did you mean '" + near + "'?" : "") + " (teams: " + String.join(", ", g.teams()) + ")");
            }
            int turn = 1;
            if (parts.length > 2) {
                throw new UserError("--without " + o + ": write TEAM or TEAM:TURN, e.g. --without US:3");
            }
            if (parts.length == 2) {
                try {
                    turn = Integer.parseInt(parts[1].trim());
                } catch (NumberFormatException e) {
                    throw new UserError("--without " + o + ": '" + parts[1] + "' is not a turn number (TEAM:TURN, e.g. US:3)");
                }
                if (turn < 1 || turn > done) {
                    throw new UserError("--without " + o + ": turn " + turn + " is not an adjudicated turn (1 to " + done + ")");
                }
            }
            if (out.put(team, turn) != null) {
                throw new UserError("--without names " + team + " twice");
            }
        }
        return out;
    }

    static String label(Map<String, Integer> without) {
        List<String> parts = new ArrayList<>();
        without.forEach((team, turn) -> parts.add(team + (turn > 1 ? "-from-turn-" + turn : "")));
        return "without-" + String.join("-and-", parts);
    }

    static int run(picocli.CommandLine.Model.CommandSpec spec, Path dir, int reps, List<String> options,
                   WargameCommand.Adjudicating adjudicating) throws IOException {
        WargameCommand.Played played = WargameCommand.played(spec, dir);
        if (played == null) {
            return BrinkCommand.USER_ERROR;
        }
        Game g = played.game();
        Scenario base = played.base();
        int done = played.done();
        Map<Integer, Map<String, MoveSheetSpec>> sheets = played.sheets();
        Map<String, Integer> without = parse(options, g, done);
        String label = label(without);
        List<String> labels = List.of("as-played", label);
        List<String> prefixes = labels.stream().map(l -> l + "/").toList();
        Path target = dir.resolve("counterfactual-" + label);
        OutputFolder folder = Scenarios.openFolder(target);
        Instant started = Instant.now();
        try (Interruption interruption = Interruption.install(); folder) {
            List<Scenario> scenarios = List.of(Adjudication.scenario(g, base, sheets, done),
                    Adjudication.scenario(g, base, sheets, done, without));
            brink.app.Comparisons.Result compared = brink.app.Comparisons.run(scenarios, labels, reps, g.seed(), adjudicating.threads(),
                    new int[0], (d, n) -> { }, new brink.app.Runs.Output(folder, prefixes, 20, Scenarios.commandLine(spec)), null);
            brink.app.Comparisons.write(folder, scenarios, compared,
                    new brink.app.Comparisons.Provenance(Scenarios.commandLine(spec), g.seed(), reps, new int[0], started));
            brink.app.Runs.Result r = compared.runs();
            List<Comparison.Row> rows = compared.rows();
            String failed = Scenarios.charts(folder, prefixes, true, adjudicating.noCharts);
            Scenarios.commit(folder);
            if (!adjudicating.quiet) {
                PrintWriter out = spec.commandLine().getOut();
                out.println("The game (turns 1-" + done + ") as played and " + label + " (the model plays "
                        + String.join(", ", without.keySet()) + (without.values().stream().allMatch(t -> t == 1) ? ""
                        : " from the turn named") + "), same random streams:");
                out.println("In the game itself (replication 0 of both):");
                printGame(out, r.shapes().get(0).outcomes(), r.summaries(0), r.summaries(1));
                out.println("Over " + reps + " replications:");
                CompareCommand.printHeadlines(out, labels, rows);
                out.println("Wrote " + target + (failed == null && !adjudicating.noCharts ? " (report.html: the two side by side)" : ""));
            }
            return failed == null ? 0 : Scenarios.chartsFailed(spec.commandLine().getErr(), failed, target);
        } catch (ScenarioException e) {
            Scenarios.printProblems(e, spec.commandLine().getErr());
            return BrinkCommand.USER_ERROR;
        } catch (java.io.InterruptedIOException e) {
            return Scenarios.interrupted(spec.commandLine().getErr(), e, target);
        }
    }

    /** The headline outcomes of replication 0: the game as played, and its counterfactual on the same draws. */
    private static void printGame(PrintWriter out, List<Outcome> catalogue, List<RunSummary> played, List<RunSummary> without) {
        RunSummary a = played.stream().filter(x -> x.replication() == 0).findFirst().orElseThrow();
        RunSummary b = without.stream().filter(x -> x.replication() == 0).findFirst().orElseThrow();
        for (Outcome o : catalogue) {
            if (!o.headline()) {
                continue;
            }
            double x = o.value().applyAsDouble(a);
            double y = o.value().applyAsDouble(b);
            String show = o.unit() == Outcome.Unit.PROBABILITY ? (x >= 0.5 ? "yes" : "no") + " -> " + (y >= 0.5 ? "yes" : "no")
                    : o.unit().show(x) + " -> " + o.unit().show(y);
            out.printf(Locale.ROOT, "  %s: %s%s%n", o.label(), show, x == y ? "" : "  (differs)");
        }
    }
}
