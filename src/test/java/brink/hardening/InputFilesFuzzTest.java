package brink.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.analysis.Checkpoint;
import brink.cli.BrinkCommand;
import brink.experiment.Targets;
import brink.scenario.ExperimentLoader;
import brink.scenario.MoveSheetLoader;
import brink.scenario.Problem;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import brink.scenario.Setting;
import brink.wargame.Game;
import brink.wargame.GameFolder;
import brink.wargame.Sheets;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The doors other than the scenario file, given any bytes or strings: a move sheet of a game on the baseline, an
 * experiment file, a {@code --set} option on the baseline, a sweep's checkpoint, and the targets' own check (the second
 * door, which the GUI and {@code brink list} skip). Each gives a result or located problems, never another exception,
 * within a time bound. In {@code mvn verify} this replays the corpus in
 * src/test/resources/brink/hardening/InputFilesFuzzTestInputs (seeds and what ten-minute fuzzing runs kept); to fuzz
 * one door: {@code JAZZER_FUZZ=1 mvn test -Dtest='InputFilesFuzzTest#moveSheets' -Djazzer.max_duration=600s}.
 */
class InputFilesFuzzTest {
    private static final Path DIR = ScenarioFuzzTest.scenarioFolder();
    private static Path game;
    private static Game gameRecord;
    private static Scenario gameScenario;

    private static synchronized void gameOnTheBaseline() throws Exception {
        if (game != null) {
            return;
        }
        Path g = Path.of("target", "fuzz-game");
        if (!Files.isRegularFile(g.resolve("game.yaml"))) {
            StringWriter err = new StringWriter();
            int exit = BrinkCommand.execute(new String[] {"wargame", "new", "scenarios/baseline.yaml", "--teams", "DPRK,US,ROK,Japan",
                    "--turn", "month", "--turns", "3", "--spread", "10", "--seed", "1", "--out", g.toString()},
                    new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            assertEquals(0, exit, err.toString());
        }
        gameRecord = GameFolder.game(g);
        gameScenario = GameFolder.scenario(g, gameRecord);
        game = g;
    }

    private static void located(ScenarioException e, String file) {
        assertFalse(e.problems().isEmpty());
        for (Problem p : e.problems()) {
            assertTrue(p.location().file().endsWith(file) && p.message() != null && !p.message().isBlank(), p.toString());
        }
    }

    private static void quick(long start) {
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "answered within 5 s");
    }

    @FuzzTest(maxDuration = "10m")
    void moveSheets(byte[] data) throws Exception {
        gameOnTheBaseline();
        Path file = Path.of("target", "fuzz-sheet", Sheets.fileName("DPRK"));
        Files.createDirectories(file.getParent());
        Files.write(file, data);
        long start = System.nanoTime();
        try {
            MoveSheetLoader.Loaded loaded = MoveSheetLoader.load(file, file.toString());
            for (Problem p : Sheets.check(gameRecord, gameScenario.spec(), "DPRK", 1, loaded)) {
                assertTrue(p.location().file().endsWith(".yaml") && !p.message().isBlank(), p.toString());
            }
        } catch (ScenarioException e) {
            located(e, ".yaml");
        }
        quick(start);
    }

    @FuzzTest(maxDuration = "10m")
    void experimentFiles(byte[] data) throws Exception {
        Path file = DIR.resolve("experiment-input.yaml");
        Files.write(file, data);
        long start = System.nanoTime();
        try {
            ExperimentLoader.Loaded loaded = ExperimentLoader.load(file);
            assertTrue(loaded.scenario() != null && !loaded.experiment().parameters().isEmpty());
        } catch (ScenarioException e) {
            located(e, ".yaml");
        }
        quick(start);
    }

    @FuzzTest(maxDuration = "10m")
    void setOptions(FuzzedDataProvider data) throws Exception {
        String argument = data.consumeRemainingAsString();
        long start = System.nanoTime();
        Setting setting;
        try {
            setting = Setting.parse(argument);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage() != null && e.getMessage().startsWith("--set "), e.getMessage());
            return;
        }
        try {
            Scenario s = ScenarioLoader.load(DIR.resolve("baseline.yaml"), false, List.of(setting));
            Targets.problems(s);
        } catch (ScenarioException e) {
            assertFalse(e.problems().isEmpty());
            for (Problem p : e.problems()) {
                assertTrue(p.message() != null && !p.message().isBlank(), p.toString());
            }
        }
        quick(start);
    }

    @FuzzTest(maxDuration = "10m")
    void checkpoints(byte[] data) throws Exception {
        Path file = Path.of("target", "fuzz-checkpoint", "checkpoint.csv");
        Files.createDirectories(file.getParent());
        Files.write(file, data);
        long start = System.nanoTime();
        // a design of 4 samples of 2 parameters; a sample's values are (i, 2i)
        Checkpoint.Read read = Checkpoint.read(file, "fp", 2, 3, 1, i -> i >= 0 && i < 4 ? new double[] {i, 2 * i} : null);
        for (Map.Entry<Integer, brink.analysis.SampleResult> e : read.done().entrySet()) {
            int i = e.getKey();
            assertTrue(i >= 0 && i < 4, "sample " + i + " is not in the design");
            assertEquals(i, e.getValue().values()[0], 1e-6);
        }
        read.ignored().forEach(line -> assertFalse(line.isBlank()));
        quick(start);
    }
}
