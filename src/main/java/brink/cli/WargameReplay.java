package brink.cli;

import brink.app.WargameTurns;

import brink.output.OutputFolder;
import brink.scenario.MoveSheetSpec;
import brink.scenario.Problem;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
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

/** {@code brink wargame replay GAME}: the game played again from its sheets and seed, beside it. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Play the game again from its sheets and seed into another folder: the same history, bit for bit.")
final class WargameReplay implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "GAME", description = "the game folder")
    Path dir;

    @Option(names = "--out", paramLabel = "DIR", description = "where the replay goes (default: GAME/replay)")
    Path out;

    @Mixin
    WargameCommand.Adjudicating options = new WargameCommand.Adjudicating();

    @Override
    public Integer call() throws IOException {
        Game g = WargameCommand.game(dir);
        Scenario base = WargameCommand.scenario(dir, g);
        Path target = out != null ? out : dir.resolve("replay");
        refuseIntoTheGame(dir, target);
        int done = GameFolder.currentTurn(dir, g) - 1;
        List<Problem> problems = new ArrayList<>();
        Map<Integer, Map<String, MoveSheetSpec>> sheets = GameFolder.sheets(dir, g, base, done, problems);
        if (!problems.isEmpty()) {
            Scenarios.printProblems(new ScenarioException(problems), spec.commandLine().getErr());
            return BrinkCommand.USER_ERROR;
        }
        OutputFolder folder = Scenarios.openFolder(target);
        try (folder) {
            Files.writeString(folder.file(GameFolder.GAME), GameFolder.gameYaml(g));
            Files.writeString(folder.file(GameFolder.SCENARIO), base.resolvedJson());
            for (int t = 1; t <= done; t++) {
                for (String team : g.teams()) {
                    Files.copy(dir.resolve(Game.folder(t)).resolve(brink.wargame.Sheets.fileName(team)),
                            folder.file(Game.folder(t) + "/" + brink.wargame.Sheets.fileName(team)),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING); // over the template the last turn wrote
                }
                Map<Integer, Map<String, MoveSheetSpec>> upto = new java.util.TreeMap<>(sheets).headMap(t + 1);
                WargameTurns.adjudicate(folder, dir, g, base, upto, t, g.spreadReplications(), options.threads(), Scenarios.commandLine(spec),
                        !options.noCharts, Interruption::requested);
            }
            Scenarios.commit(folder);
        } catch (ScenarioException e) {
            Scenarios.printProblems(e, spec.commandLine().getErr());
            return BrinkCommand.USER_ERROR;
        }
        if (!options.quiet) {
            spec.commandLine().getOut().println("Replayed " + done + " turn(s) of " + dir + " into " + target
                    + ": each turn's history is in " + Game.folder(1) + "/run/events.csv and so on");
        }
        return 0;
    }

    /**
     * A replay is written beside the game, never over it: not into the game folder itself, a folder that holds it, or one of
     * its turn folders (it would replace the teams' filled-in sheets of the next turn).
     */
    static void refuseIntoTheGame(Path game, Path target) {
        Path g = game.toAbsolutePath().normalize();
        Path t = target.toAbsolutePath().normalize();
        try {
            g = g.toRealPath();
            Path existing = t;
            while (existing != null && !java.nio.file.Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing != null) {
                t = existing.toRealPath().resolve(existing.relativize(t));
            }
        } catch (IOException e) {
            // compared as written; the folder checks that follow report what cannot be read
        }
        boolean turnFolder = t.startsWith(g) && !t.equals(g) && g.relativize(t).getName(0).toString().matches("turn-\\d+");
        if (g.startsWith(t) || turnFolder) {
            throw new UserError("--out " + target + ": a replay is written beside the game, not into " + (turnFolder ? "its turn folders"
                    : g.equals(t) ? "the game folder " + game : "a folder that holds the game " + game)
                    + " (it would replace the teams' sheets); give another folder, e.g. " + game.resolve("replay"));
        }
    }
}
