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
    /** Per adjudicated turn: the SHA-256 of each sheet it was adjudicated with, as sha256sum writes them. */
    public static final String FROZEN = "sheets.sha256";
    private static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
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
        Game g;
        try {
            g = YAML.readValue(f.toFile(), Game.class);
        } catch (IOException | RuntimeException e) {
            throw new IOException(f + " is damaged: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
        if (g == null) {
            throw new IOException(f + " is damaged: it is empty");
        }
        List<String> problems = g.problems();
        if (!problems.isEmpty()) {
            throw new IOException(f + " is damaged: " + String.join("; ", problems) + " (brink wargame new writes a sound one)");
        }
        return g;
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
                String frozen = frozenProblem(dir, t, team, f);
                if (frozen != null) {
                    problems.add(new Problem(new brink.scenario.Location(shown, 0, 0), "", frozen,
                            "the sheet as it was when the turn was adjudicated"));
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

    /** The sha256sum lines of a turn's sheets, for {@link #FROZEN}. */
    public static String hashes(Path dir, Game g, int t) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String team : g.teams()) {
            Path f = dir.resolve(Game.folder(t)).resolve(Sheets.fileName(team));
            out.append(sha256(Files.readAllBytes(f))).append("  ").append(Sheets.fileName(team)).append('\n');
        }
        return out.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Why a sheet of an adjudicated turn may not be read (it was edited since: the turn's report shows what the class saw,
     * and every later turn builds on it), or null. A turn adjudicated before the hashes were kept has none to check.
     */
    private static String frozenProblem(Path dir, int t, String team, Path sheet) {
        Path record = dir.resolve(Game.folder(t)).resolve(FROZEN);
        if (!Files.isRegularFile(record)) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(record)) {
                String[] parts = line.split("  ", 2);
                if (parts.length == 2 && parts[1].equals(Sheets.fileName(team))) {
                    return parts[0].equals(sha256(Files.readAllBytes(sheet))) ? null
                            : "turn " + t + " was adjudicated with another " + Sheets.fileName(team) + " (its SHA-256 is in "
                            + Game.folder(t) + "/" + FROZEN + "): an adjudicated turn's sheet is frozen; put it back as it was";
                }
            }
            return null;
        } catch (IOException e) {
            return Game.folder(t) + "/" + FROZEN + " cannot be read: " + e.getMessage();
        }
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
