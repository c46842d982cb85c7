package brink.wargame;

import brink.scenario.MoveSheetLoader;
import brink.scenario.MoveSheetSpec;
import brink.scenario.Problem;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The game folder is the game: game.yaml (what is played), scenario.json (the scenario's resolved content, so the
 * folder moves to another machine whole), and a folder per turn with the teams' move sheets and briefs and, once
 * adjudicated, the turn's results. The turn to play is the first without results.
 */
public final class GameFolder {
    public static final String GAME = "game.yaml";
    public static final String SCENARIO = "scenario.json";
    public static final String DONE = "report.html";
    private static final YAMLMapper YAML = (YAMLMapper) YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private GameFolder() {
    }

    public static String gameYaml(Game g) throws IOException {
        return "# A Brink seminar wargame (brink wargame --help). Keep this folder whole: it is the game.\n" + YAML.writeValueAsString(g);
    }

    /** The game of the folder, or an IOException naming what is missing or damaged. */
    public static Game game(Path dir) throws IOException {
        Path f = dir.resolve(GAME);
        if (!Files.isRegularFile(f) || !Files.isRegularFile(dir.resolve(SCENARIO))) {
            throw new IOException(dir + " is not a game folder (no " + (Files.isRegularFile(f) ? SCENARIO : GAME)
                    + "): brink wargame new makes one");
        }
        try {
            return YAML.readValue(f.toFile(), Game.class);
        } catch (IOException e) {
            throw new IOException(f + " is damaged: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** The scenario the game plays, from its resolved content in the folder. */
    public static Scenario scenario(Path dir, Game g) throws IOException, ScenarioException {
        String json = Files.readString(dir.resolve(SCENARIO));
        new ObjectMapper().readTree(json); // damaged JSON is an IOException with the parser's message
        return ScenarioLoader.fromResolved(g.scenarioName(), Path.of(g.scenarioPath()), json, g.settings(), List.of());
    }

    /** The first turn without results; turns + 1 once the game is over. */
    public static int currentTurn(Path dir, Game g) {
        for (int t = 1; t <= g.turns(); t++) {
            if (!Files.isRegularFile(dir.resolve(Game.folder(t)).resolve(DONE))) {
                return t;
            }
        }
        return g.turns() + 1;
    }

    /** Every team's sheet of turns 1..upto, checked; the problems of all sheets are collected (shown paths: GAME/turn-NN/...). */
    public static Map<Integer, Map<String, MoveSheetSpec>> sheets(Path dir, Game g, Scenario s, int upto, List<Problem> problems) {
        Map<Integer, Map<String, MoveSheetSpec>> out = new TreeMap<>();
        for (int t = 1; t <= upto; t++) {
            Map<String, MoveSheetSpec> byTeam = new TreeMap<>();
            for (String team : g.teams()) {
                Path f = dir.resolve(Game.folder(t)).resolve(Sheets.fileName(team));
                String shown = dir.resolve(Game.folder(t)).resolve(Sheets.fileName(team)).toString();
                if (!Files.isRegularFile(f)) {
                    problems.add(new Problem(new brink.scenario.Location(shown, 0, 0), "", "the move sheet is missing",
                            "the sheet Brink wrote for " + team + " (brink wargame new or turn writes it)"));
                    continue;
                }
                try {
                    MoveSheetLoader.Loaded loaded = MoveSheetLoader.load(f, shown);
                    List<Problem> ps = Sheets.check(g, s.spec(), team, t, loaded);
                    problems.addAll(ps);
                    if (ps.isEmpty()) {
                        byTeam.put(team, loaded.sheet());
                    }
                } catch (ScenarioException e) {
                    problems.addAll(e.problems());
                }
            }
            out.put(t, byTeam);
        }
        return out;
    }

    /** What the folder's turns have done so far, for messages. */
    public static List<Integer> played(Path dir, Game g) {
        List<Integer> out = new ArrayList<>();
        for (int t = 1; t < currentTurn(dir, g); t++) {
            out.add(t);
        }
        return out;
    }
}
