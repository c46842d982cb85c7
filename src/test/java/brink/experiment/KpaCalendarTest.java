package brink.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.app.RunResult;
import brink.app.Study;
import brink.model.LoggedEvent;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/**
 * The KPA's own calendar declared in the baseline (docs/data-sources.md §8.2): the rice planting (from 15 May, 40 days)
 * and the harvest (from 15 September, 40 days) as farm work, whose effect on launches the lever farm-mobilisation sets.
 * Held at 1 in the baseline (no effect), it moves the months of launches when a class turns it: at 0 the model starts
 * no launch of its own during the farm work (answers to shows of force still come).
 */
class KpaCalendarTest {
    private static boolean farmWork(LocalDate d) {
        MonthDay m = MonthDay.from(d);
        return !m.isBefore(MonthDay.of(5, 15)) && m.isBefore(MonthDay.of(6, 24)) || !m.isBefore(MonthDay.of(9, 15)) && m.isBefore(MonthDay.of(10, 25));
    }

    private static double shareInFarmWork(RunResult r, int reps) {
        int in = 0;
        int all = 0;
        for (int i = 0; i < reps; i++) {
            for (LoggedEvent e : r.events(i)) {
                if (e.type().equals("missile test") && e.kind() == LoggedEvent.Kind.EVENT) {
                    all++;
                    in += farmWork(LocalDate.of(2025, 1, 1).plusDays(e.day())) ? 1 : 0;
                }
            }
        }
        return (double) in / all;
    }

    @Test
    void theFarmMobilisationLeverMovesTheMonthsOfLaunches() throws Exception {
        Study baseline = Study.load("scenarios/baseline.yaml").years(3);
        double held = shareInFarmWork(baseline.run(60, 20250101L, true), 60);
        double none = shareInFarmWork(baseline.set("farm-mobilisation", "0").run(60, 20250101L, true), 60);
        // 80 of 365 days are farm work: about a fifth of the launches fall in them with no effect
        assertTrue(held > 0.12 && held < 0.3, "launches in the farm work, effect held at 1: " + held);
        assertTrue(none < held / 2, "with farm-mobilisation 0, launches in the farm work: " + none + " against " + held);
    }
}
