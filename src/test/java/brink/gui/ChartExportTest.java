package brink.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.experiment.LiveHistory;
import brink.experiment.Seeds;
import brink.model.BrinkModel;
import brink.model.Theatre;
import brink.scenario.LeverSettings;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GUI's chart export after a whole ten-year run: every file written, and SVGs a page can open. */
class ChartExportTest {
    @TempDir
    Path dir;

    @Test
    void aTenYearRunExportsSmallSvgs() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"));
        long seed = 20250101;
        BrinkModel model = new BrinkModel(new Theatre(s, s.days()), Seeds.replication(seed, 0));
        LiveHistory history = new LiveHistory(BrinkGui.METRICS);
        model.addObserver(history);
        model.start();
        model.runToEnd();
        LiveCharts charts = new LiveCharts(RunInfo.of(s, model.world(), seed, LeverSettings.NEUTRAL), history.dailyKeys(),
                history.monthlyKeys());
        charts.pull(history);
        assertEquals(5 * 4 * s.days(), charts.points("combat-power"), "every day of every actor and domain is on screen");
        assertEquals(s.days() - 1, charts.ladderLastDay(), "the ladder's steps reach the last day");
        assertTrue(charts.points("ladder") < s.days(), "the ladder is kept as its levels' ends: " + charts.points("ladder"));
        List<Path> files = charts.export(dir);
        assertEquals(2 * LiveCharts.NAMES.size(), files.size());
        for (Path f : files) {
            long size = Files.size(f);
            System.out.println("[export] " + f.getFileName() + ": " + size + " bytes");
            if (f.toString().endsWith(".svg")) {
                assertTrue(size < 1_200_000, f.getFileName() + " is " + size + " bytes");
            }
        }
    }
}
