package brink.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.app.RunResult;
import brink.app.Study;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Clashes as they go on the peninsula: most exchanges of fire end without losses. On the baseline (the shared 1,000
 * ten-year replications) the share of clashes with losses is the record's 1 in 8 (combat.lethalShare, docs/data-sources.md
 * §8.3), and lethal clashes are counted apart from exchanges of fire; a clash without losses destroys nothing.
 */
class ClashLossesTest {
    @Test
    void aboutOneClashInEightCausesLossesOnTheBaseline() {
        List<ShippedEnsembles.Observation> runs = ShippedEnsembles.run("baseline.yaml", 10, CalibrationTest.REPS);
        double clashes = runs.stream().mapToDouble(o -> o.outcome("clashes")).sum();
        double lethal = runs.stream().mapToDouble(o -> o.outcome("lethal_clashes")).sum();
        assertTrue(runs.stream().allMatch(o -> o.outcome("lethal_clashes") <= o.outcome("clashes")), "lethal clashes are clashes");
        double share = lethal / clashes;
        double se = Math.sqrt(0.125 * 0.875 / clashes);
        System.out.printf(Locale.ROOT, "[clashes] baseline, %d replications: %.0f clashes, %.0f with losses (%.3f; record 1 of 8)%n",
                runs.size(), clashes, lethal, share);
        assertTrue(clashes > 1000, "the baseline has clashes to count: " + clashes);
        assertTrue(Math.abs(share - 0.125) < 4 * se, share + " of clashes with losses; the record's 0.125 +- 4 standard errors " + se);
    }

    @Test
    void aClashWithoutLossesDestroysNothingAndOneWithLossesDoes() throws Exception {
        Study high = Study.load("scenarios/high-tension.yaml").years(3);
        RunResult none = high.set("combat.lethalShare", "0").run(40, 11, true);
        RunResult all = high.set("combat.lethalShare", "1").run(40, 11, true);
        assertTrue(none.outcome("clashes").mean() > 0.5, "high tension has clashes");
        assertEquals(0, none.outcome("lethal_clashes").mean(), "no clash has losses at lethalShare 0");
        org.junit.jupiter.api.Assertions.assertArrayEquals(all.outcome("clashes").values(), all.outcome("lethal_clashes").values(), "every clash has losses at lethalShare 1");
        for (int i = 0; i < 40; i++) {
            long engaged = none.events(i).stream().filter(e -> e.type().equals("clash") && e.detail().contains("with losses")).count();
            assertEquals(0, engaged, "run " + i + " logs a clash with losses");
        }
        // in a run without war, forces lose nothing in combat when no clash has losses, and something when every one has
        for (int i = 0; i < 40; i++) {
            if (none.summary(i).wars() == 0) {
                assertEquals(0, none.atEnd(i, "ROK", "armor", "combat_losses"), "run " + i + ": ROK tanks lost without a lethal clash");
            }
            if (all.summary(i).wars() == 0 && all.summary(i).clashes() > 0) {
                assertTrue(all.atEnd(i, "ROK", "armor", "combat_losses") > 0, "run " + i + ": clashes with losses destroyed nothing");
            }
        }
    }
}
