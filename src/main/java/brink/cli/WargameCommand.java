package brink.cli;

import brink.app.WargameTurns;

import brink.output.Manifest;
import brink.output.OutputFolder;
import brink.scenario.MoveSheetSpec;
import brink.scenario.Problem;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioSpec;
import brink.wargame.Game;
import brink.wargame.GameFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "wargame", mixinStandardHelpOptions = true,
        description = {"A seminar wargame: teams play actors of a scenario turn by turn.",
                "Brink adjudicates with the model and reports. The game folder is the game: it can be stopped and continued "
                    + "anywhere.",
                "  brink wargame new scenarios/baseline.yaml --teams DPRK,US,ROK,Japan --turn month --turns 12 --out game",
                "  (teams fill in game/turn-01/moves-<TEAM>.yaml)   brink wargame turn game   (and so on, turn by turn)"},
        subcommands = {WargameCommand.New.class, WargameCommand.Turn.class, WargameReplay.class,
            WargameCounterfactual.class, WargameDebrief.class, WargamePlay.class, WargameServe.class})
final class WargameCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every adjudication takes. */
    static final class Adjudicating {
        @Option(names = "--threads", paramLabel = "T", description = "threads for the spread's replications (default: all cores)")
        Integer threads;

        @Option(names = "--no-charts", description = "write no charts (the white cell's report then has none)")
        boolean noCharts;

        @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
        boolean quiet;

        int threads() {
            int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (t < 1 || t > brink.experiment.Ensemble.MAX_THREADS) {
                throw new UserError("--threads must be between 1 and " + brink.experiment.Ensemble.MAX_THREADS + ", got " + t);
            }
            return t;
        }
    }

    /** A new game: game.yaml, the scenario's resolved content, turn 1's sheets and briefs. */
    static Game create(Scenario base, Path dir, List<String> teams, Game.Cadence cadence, int turns, long seed, int reps, Game.Fog fog) {
        ScenarioSpec s = base.spec();
        if (s.kind() != ScenarioSpec.Kind.THEATRE) {
            throw new UserError(base.file() + " is a battle scenario; a wargame plays a theatre scenario");
        }
        for (String t : teams) {
            if (!s.actors().containsKey(t)) {
                String near = brink.scenario.Suggestion.closest(t, s.actors().keySet());
                throw new UserError("--teams: no actor '" + t + "' in " + base.file() + (near != null ? ", did you mean '" + near + "'?" : "")
                        + " (actors: " + String.join(", ", s.actors().keySet()) + ")");
            }
        }
        if (teams.isEmpty() || teams.stream().distinct().count() < teams.size()) {
            throw new UserError("--teams names each team's actor once, e.g. --teams DPRK,US");
        }
        if (turns < 1 || turns > Game.MAX_TURNS) {
            throw new UserError("--turns must be between 1 and " + Game.MAX_TURNS + ", got " + turns);
        }
        Game g = new Game(s.info().title(), base.name(), base.file().toString(), base.settings(), teams, cadence, turns, seed,
                s.start(), reps, Manifest.version(), fog);
        if (g.end(turns).isAfter(s.start().plusYears(100))) {
            throw new UserError("the game would last beyond 100 years: fewer --turns or a shorter --turn");
        }
        return g;
    }

    @Command(name = "new", mixinStandardHelpOptions = true, description = "Start a game: the game folder with turn 1's move sheets and briefs.")
    static final class New implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        ExtendsOption access = new ExtendsOption();

        @Mixin
        SetOption set = new SetOption();

        @Parameters(paramLabel = "SCENARIO", description = "the theatre scenario to play")
        Path scenarioFile;

        @Option(names = "--teams", paramLabel = "A,B", split = ",", required = true, description = "the actors played by teams")
        List<String> teams;

        @Option(names = "--turn", paramLabel = "LENGTH", defaultValue = "month", description = "week, month or quarter (default: ${DEFAULT-VALUE})")
        String turn;

        @Option(names = "--turns", paramLabel = "N", defaultValue = "12", description = "turns in the game (default: ${DEFAULT-VALUE})")
        int turns;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "" + brink.experiment.Seeds.DEFAULT,
                description = "the game's seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--spread", paramLabel = "R", defaultValue = "100",
                description = "replications showing how likely each turn's history was (default: ${DEFAULT-VALUE})")
        int reps;

        @Option(names = "--fog", paramLabel = "FOG", defaultValue = "estimates",
                description = "what a brief shows of the forces the scenario's visibility hides from a team: estimates (ranges), "
                    + "hidden, or none (every force exactly) (default: ${DEFAULT-VALUE})")
        String fog;

        @Option(names = "--out", paramLabel = "GAME", required = true, description = "the game folder to create")
        Path out;

        @Override
        public Integer call() throws IOException {
            Game.Cadence cadence;
            Game.Fog fogOfWar;
            try {
                cadence = Game.Cadence.of(turn);
            } catch (IllegalArgumentException e) {
                throw new UserError("--turn: " + e.getMessage());
            }
            try {
                fogOfWar = Game.Fog.of(fog);
            } catch (IllegalArgumentException e) {
                throw new UserError("--fog: " + e.getMessage());
            }
            RepsOption.check("--spread", reps);
            if (Files.isRegularFile(out.resolve(GameFolder.GAME))) {
                throw new UserError(out + " already holds a game: brink wargame turn " + out + " plays its next turn");
            }
            Scenario base = Scenarios.load(scenarioFile, null, access, set, spec.commandLine().getErr());
            if (base == null) {
                return BrinkCommand.USER_ERROR;
            }
            Game g = create(base, out, teams, cadence, turns, seed, reps, fogOfWar);
            OutputFolder folder = Scenarios.openFolder(out);
            try (folder) {
                Files.writeString(folder.file(GameFolder.GAME), GameFolder.gameYaml(g));
                Files.writeString(folder.file(GameFolder.SCENARIO), base.resolvedJson());
                WargameTurns.firstTurn(folder, g, base);
                Scenarios.commit(folder);
            }
            spec.commandLine().getOut().println("Started " + out + ": " + g.describe(1) + ". Each team fills in " + out + "/"
                    + Game.folder(1) + "/moves-<TEAM>.yaml (" + String.join(", ", teams) + "); then: brink wargame turn " + out);
            return 0;
        }
    }

    @Command(name = "turn", mixinStandardHelpOptions = true,
            description = {"Adjudicate the current turn from the teams' sheets.",
                "Checks every team's sheet of the turn, then writes the white cell's report, the history, the spread, and the "
                    + "briefs and sheets of the next turn. A bad sheet stops it, with file, line and field; the turn then does "
                    + "not advance."})
    static final class Turn implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "GAME", description = "the game folder")
        Path dir;

        @Mixin
        Adjudicating options = new Adjudicating();

        @Override
        public Integer call() throws IOException {
            return play(spec, dir, options);
        }
    }

    /** Adjudicates the game's current turn (brink.app.Wargames); shared with play. */
    static int play(picocli.CommandLine.Model.CommandSpec spec, Path dir, Adjudicating options) throws IOException {
        int threads = options.threads();
        brink.app.Wargames.recover(dir); // a turn killed while it was written, made whole before the game is read
        Game g = game(dir);
        int t = GameFolder.currentTurn(dir, g);
        brink.app.Wargames.Adjudicated done;
        try (Interruption interruption = Interruption.install()) {
            done = brink.app.Wargames.adjudicate(dir, threads, !options.noCharts, Scenarios.commandLine(spec), Interruption::requested);
        } catch (ScenarioException e) {
            Scenarios.printProblems(e, spec.commandLine().getErr());
            spec.commandLine().getErr().println("brink: " + Game.folder(t) + " was not adjudicated: correct the sheets and run the command again");
            return BrinkCommand.USER_ERROR;
        } catch (java.io.InterruptedIOException e) {
            return Scenarios.interrupted(spec.commandLine().getErr(), e, dir);
        }
        if (!options.quiet) {
            spec.commandLine().getOut().println("Adjudicated " + g.describe(t) + ": " + dir.resolve(Game.folder(t)).resolve("report.html")
                    + (!done.over() ? "; the teams' sheets and briefs for turn " + (t + 1) + " are in " + dir.resolve(Game.folder(t + 1))
                    : "; the game is over"));
        }
        return done.chartsFailed() == null ? 0 : Scenarios.chartsFailed(spec.commandLine().getErr(), done.chartsFailed(), dir);
    }

    /** A game with at least one adjudicated turn: its scenario and every sheet of those turns, checked. */
    record Played(Game game, Scenario base, int done, Map<Integer, Map<String, MoveSheetSpec>> sheets) {
    }

    /** The played turns of the game in {@code dir}, or null when a sheet has problems (printed). */
    static Played played(picocli.CommandLine.Model.CommandSpec spec, Path dir) {
        Game g = game(dir);
        Scenario base = scenario(dir, g);
        int done = GameFolder.currentTurn(dir, g) - 1;
        if (done < 1) {
            throw new UserError("no turn of " + dir + " has been adjudicated yet (brink wargame turn " + dir + " plays the first)");
        }
        List<Problem> problems = new ArrayList<>();
        Map<Integer, Map<String, MoveSheetSpec>> sheets = GameFolder.sheets(dir, g, base, done, problems);
        if (!problems.isEmpty()) {
            Scenarios.printProblems(new ScenarioException(problems), spec.commandLine().getErr());
            return null;
        }
        return new Played(g, base, done, sheets);
    }

    static Game game(Path dir) {
        return brink.app.Wargames.game(dir);
    }

    static Scenario scenario(Path dir, Game g) {
        return brink.app.Wargames.scenario(dir, g);
    }

}
