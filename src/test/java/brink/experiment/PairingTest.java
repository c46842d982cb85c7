package brink.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Common random numbers hold over the whole horizon: a variant that changes one lever (the US theatre commitment x0.75
 * from July 2025) leaves unrelated draws alone, so year-10 outcomes are measured pair by pair with intervals far
 * narrower than independent runs would give (target: paired/unpaired half-width at most 0.3, median over them).
 */
class PairingTest {
    @TempDir
    Path dir;

    @Test
    void pairingHoldsToYearTen() throws Exception {
        Path variant = TestFiles.write(dir, "us-commitment-075.yaml", "extends: " + Path.of("scenarios", "baseline.yaml").toAbsolutePath()
                + "\ninfo: {title: US commitment x0.75, represents: one lever changed}\n"
                + "actions:\n  trim: {type: commitment, actor: US, factor: 0.75, date: 2025-07-01}\n");
        List<Scenario> scenarios = List.of(ScenarioLoader.load(Path.of("scenarios", "baseline.yaml")), ScenarioLoader.load(variant, true));
        Comparison comparison = new Comparison(List.of("baseline", "variant"), new int[] {10});
        Ensemble.Listener ignore = new Ensemble.Listener() {
            @Override public void started(RunShape shape) {
            }

            @Override public void finished(RunRecord run) {
            }
        };
        Ensemble.run(scenarios, 300, Seeds.DEFAULT, 2, List.of(), List.of(ignore, ignore), comparison, (a, b) -> { });
        List<Double> ratios = new ArrayList<>();
        for (Comparison.Row r : comparison.rows()) {
            double unpaired = r.unpairedHigh() - r.unpairedLow();
            if (r.scenario().equals("variant") && r.outcome().name().matches(".*_y10$") && unpaired > 0) {
                ratios.add((r.high() - r.low()) / unpaired);
            }
        }
        ratios.sort(null);
        double median = ratios.get(ratios.size() / 2);
        String report = String.format(Locale.ROOT, "median paired/unpaired half-width of %d year-10 outcomes: %.3f",
                ratios.size(), median);
        System.out.println("[pairing] " + report);
        assertTrue(ratios.size() >= 10, report);
        assertTrue(median <= 0.3, report);
    }
}
