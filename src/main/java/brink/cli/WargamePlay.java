package brink.cli;

import brink.app.WargameTurns;

import brink.model.World;
import brink.output.OutputFolder;
import brink.scenario.EventSpec;
import brink.scenario.Scenario;
import brink.wargame.Adjudication;
import brink.wargame.Game;
import brink.wargame.GameFolder;
import brink.wargame.Menu;
import brink.wargame.Sheets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

@Command(name = "play", mixinStandardHelpOptions = true,
        description = {"One student against the model, in the terminal.",
                "The situation, a menu of moves, the turn's result, turn after turn. Writes the same game folder as new and "
                    + "turn (continue it later with play or turn; q stops)."})
final class WargamePlay implements Callable<Integer> {
    /** Where answers are read from: the terminal, or a test's text. */
    static BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ExtendsOption access = new ExtendsOption();

    @Parameters(paramLabel = "SCENARIO", description = "the theatre scenario to play")
    Path scenarioFile;

    @Option(names = "--as", paramLabel = "ACTOR", required = true, description = "the actor you play; the others follow the model")
    String actor;

    @Option(names = "--turn", paramLabel = "LENGTH", defaultValue = "month", description = "week, month or quarter (default: ${DEFAULT-VALUE})")
    String turn;

    @Option(names = "--turns", paramLabel = "N", defaultValue = "12", description = "turns (default: ${DEFAULT-VALUE})")
    int turns;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + brink.experiment.Seeds.DEFAULT, description = "the game's seed")
    long seed;

    @Option(names = "--out", paramLabel = "GAME", required = true, description = "the game folder (continued if it holds this game)")
    Path out;

    @Mixin
    WargameCommand.Adjudicating options = new WargameCommand.Adjudicating();

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        if (!Files.isRegularFile(out.resolve(GameFolder.GAME))) {
            Scenario base = Scenarios.load(scenarioFile, null, access, (SetOption) null, spec.commandLine().getErr());
            if (base == null) {
                return BrinkCommand.USER_ERROR;
            }
            Game.Cadence cadence;
            try {
                cadence = Game.Cadence.of(turn);
            } catch (IllegalArgumentException e) {
                throw new UserError("--turn: " + e.getMessage());
            }
            Game g = WargameCommand.create(base, out, List.of(actor), cadence, turns, seed, 100, Game.Fog.ESTIMATES);
            OutputFolder folder = Scenarios.openFolder(out);
            try (folder) {
                Files.writeString(folder.file(GameFolder.GAME), GameFolder.gameYaml(g));
                Files.writeString(folder.file(GameFolder.SCENARIO), base.resolvedJson());
                WargameTurns.firstTurn(folder, g, base);
                Scenarios.commit(folder);
            }
        }
        Game g = WargameCommand.game(out);
        if (!g.teams().equals(List.of(actor))) {
            throw new UserError(out + " holds a game of " + String.join(", ", g.teams()) + ", not one of " + actor + " alone");
        }
        Scenario base = WargameCommand.scenario(out, g);
        Menu menu = Menu.of(base.spec(), actor);
        for (int t = GameFolder.currentTurn(out, g); t <= g.turns(); t++) {
            o.println();
            o.println("=== " + g.describe(t) + " === (brief: " + out.resolve(Game.folder(t)).resolve(brink.wargame.Briefing.fileName(actor)) + ")");
            Map<String, Integer> events = new LinkedHashMap<>();
            for (String id : menu.events()) {
                EventSpec e = base.spec().events().get(id);
                Integer n = ask(o, String.format(Locale.ROOT, "How many %s%s this turn? (the model alone: about %.1f)", e.type(),
                        e.target() != null ? " aimed at " + e.target() : "", e.rate() * g.days(t) / 365.25), 0, g.days(t), 0);
                if (n == null) {
                    return stopped(o, g, t);
                }
                events.put(id, n);
            }
            Map<String, Double> production = new LinkedHashMap<>();
            for (String d : menu.domains()) {
                Double f = askFactor(o, "Production of " + d + ", x factor (1 = as now)");
                if (f == null) {
                    return stopped(o, g, t);
                }
                production.put(d, f);
            }
            writeSheet(g, t, events, production);
            o.flush();
            int code = WargameCommand.play(spec, out, options);
            if (code != 0) {
                return code;
            }
            summary(o, g, base, t);
        }
        o.println("The game is over. The white cell's reports are in " + out + "/turn-*/report.html; brink wargame counterfactual "
                + out + " says how lucky it was.");
        return 0;
    }

    private int stopped(PrintWriter o, Game g, int t) {
        o.println("Stopped before " + g.describe(t) + ". Continue with: brink wargame play " + scenarioFile + " --as " + actor
                + " --out " + out);
        return 0;
    }

    /** A whole number in [min, max]; Enter gives the default; q stops (null). Asks again after a wrong answer. */
    private static Integer ask(PrintWriter o, String question, int min, int max, int fallback) throws IOException {
        while (true) {
            o.print(question + " [" + fallback + "]: ");
            o.flush();
            String line = input.readLine();
            if (line == null || line.trim().equalsIgnoreCase("q")) {
                return null;
            }
            if (line.isBlank()) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(line.trim());
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // asked again below
            }
            o.println("  a whole number from " + min + " to " + max + ", please (q stops)");
        }
    }

    private static Double askFactor(PrintWriter o, String question) throws IOException {
        while (true) {
            o.print(question + " [1]: ");
            o.flush();
            String line = input.readLine();
            if (line == null || line.trim().equalsIgnoreCase("q")) {
                return null;
            }
            if (line.isBlank()) {
                return 1.0;
            }
            try {
                double f = Double.parseDouble(line.trim());
                if (f >= 0 && f <= Menu.MAX_FACTOR) {
                    return f;
                }
            } catch (NumberFormatException e) {
                // asked again below
            }
            o.println("  a factor from 0 to " + (int) Menu.MAX_FACTOR + ", please (q stops)");
        }
    }

    private void writeSheet(Game g, int t, Map<String, Integer> events, Map<String, Double> production) throws IOException {
        StringBuilder y = new StringBuilder("# Filled in by brink wargame play.\nteam: " + actor + "\nturn: " + t + "\nevents:");
        y.append(events.isEmpty() ? " {}\n" : "\n");
        events.forEach((e, n) -> y.append("  ").append(e).append(": ").append(n).append('\n'));
        y.append("actions:\n  production:").append(production.isEmpty() ? " {}\n" : "\n");
        production.forEach((d, f) -> y.append("    ").append(d).append(": ").append(f).append('\n'));
        OutputFolder folder = Scenarios.openFolder(out);
        try (folder) {
            Files.writeString(folder.file(Game.folder(t) + "/" + Sheets.fileName(actor)), y.toString());
            Scenarios.commit(folder);
        }
    }

    private void summary(PrintWriter o, Game g, Scenario base, int t) {
        try {
            List<brink.scenario.Problem> ps = new java.util.ArrayList<>();
            var sheets = GameFolder.sheets(out, g, base, t, ps);
            World w = Adjudication.history(Adjudication.scenario(g, base, sheets, t), g);
            var n = WargameTurns.narrative(w);
            int from = g.daysThrough(t - 1);
            o.println("What happened:");
            w.log().stream().filter(e -> e.day() >= from).forEach(e -> o.println("  " + n.line(w.log(), e)));
            o.println("The ladder now stands at " + w.ladder().name(w.ladder().getRung()) + ". The white cell's report: "
                    + out.resolve(Game.folder(t)).resolve("report.html"));
        } catch (brink.scenario.ScenarioException e) {
            o.println("(the turn's summary could not be shown: " + e.getMessage() + ")");
        }
    }
}
