package brink.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bottom line names the outcomes whose interval excludes 0, clearest first, and warns where a probability near
 * 100 % cannot move; an outcome whose interval holds 0 is not named, nor is one in which no pair differed.
 */
class BottomLineTest {
    private static BottomLine.Item item(String label, Outcome.Unit unit, double ref, double diff, double low, double high, long differing) {
        return new BottomLine.Item(label, unit, "variant", ref, ref + diff, diff, low, high, differing, 200);
    }

    @Test
    void clearestFirstAndCeilingsNamed() {
        List<String> lines = BottomLine.lines(List.of(
                item("clash at least once", Outcome.Unit.PROBABILITY, 0.99, 0.005, -0.01, 0.02, 3),
                item("number of clashes", Outcome.Unit.COUNT, 4.2, 0.35, 0.24, 0.46, 120),
                item("shows of force", Outcome.Unit.COUNT, 72, -16, -16.6, -15.4, 190),
                item("war", Outcome.Unit.PROBABILITY, 0.04, 0.0, -0.01, 0.01, 0),
                item("days at war", Outcome.Unit.DAYS, 2.5, 0.1, -0.2, 0.4, 9)), "baseline");
        assertEquals("variant against baseline, the clearest differences (95 % interval excludes 0; 2 of 5 headline outcomes):",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("  less: shows of force, 72.0 -> 56.0"), lines.get(1)); // -16 / 0.6: the clearest
        assertTrue(lines.get(2).startsWith("  more: number of clashes, 4.20 -> 4.55"), lines.get(2));
        assertTrue(lines.get(3).contains("cannot move much") && lines.get(3).contains("clash at least once (99.0 % in baseline)"),
                lines.get(3));
        assertEquals(4, lines.size(), "war and days at war hold 0: not named");
    }

    @Test
    void nothingClearIsSaid() {
        List<String> lines = BottomLine.lines(List.of(item("war", Outcome.Unit.PROBABILITY, 0.5, 0.01, -0.05, 0.07, 30)), "baseline");
        assertEquals(List.of("variant against baseline: no headline outcome differs beyond chance (95 %) in 200 pairs."), lines);
    }

    @Test
    void balancesFromFewPairsAreFlagged() {
        BottomLine.Item balance = new BottomLine.Item("balance DPRK vs ROK", Outcome.Unit.RATIO, "variant", 0.4, 0.41, 0.01, 0.005, 0.015,
                50, 50);
        List<String> lines = BottomLine.lines(List.of(balance), "baseline");
        assertTrue(lines.get(lines.size() - 1).contains("warning: with 50 pairs the balances' intervals are too narrow"), lines.toString());
        BottomLine.Item enough = new BottomLine.Item("balance DPRK vs ROK", Outcome.Unit.RATIO, "variant", 0.4, 0.41, 0.01, 0.005, 0.015,
                200, 200);
        assertTrue(BottomLine.fewPairsWarning(List.of(enough)).isEmpty());
    }
}
