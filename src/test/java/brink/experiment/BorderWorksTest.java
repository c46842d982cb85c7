package brink.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.app.RunResult;
import brink.app.Study;
import brink.model.LoggedEvent;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The baseline's incidents short of fire (docs/data-sources.md §8.4): MDL crossings come from the border works of
 * April-November (most of them then, as in the JCS records of 2024-2025), are about a dozen a year, and move neither the
 * ladder nor the signalling track: they are not exchanges of fire. With the works not held, few are left.
 */
class BorderWorksTest {
    @Test
    void crossingsComeWithTheWorksAndEscalateNothing() throws Exception {
        Study baseline = Study.load("scenarios/baseline.yaml").years(2);
        RunResult r = baseline.run(60, 20250101L, true);
        int inWorks = 0;
        int all = 0;
        for (int i = 0; i < 60; i++) {
            for (LoggedEvent e : r.events(i)) {
                if (e.type().equals("border crossing")) {
                    all++;
                    int month = LocalDate.of(2025, 1, 1).plusDays(e.day()).getMonthValue();
                    inWorks += month >= 4 && month <= 11 ? 1 : 0;
                    assertEquals(e.rungBefore(), e.rungAfter(), "a crossing moves the ladder: " + e);
                    assertEquals(e.signalBefore(), e.signalAfter(), "a crossing moves the signalling track: " + e);
                }
            }
        }
        double perYear = all / 60.0 / 2;
        assertTrue(perYear > 9 && perYear < 16, perYear + " crossings a year; 9-16 in 2024-2025");
        assertTrue(inWorks > 0.85 * all, inWorks + " of " + all + " crossings during the works (April-November)");
        double without = baseline.set("periods.border-works.enabled", "false").run(60, 20250101L).outcome("count_border-crossing").mean() / 2;
        assertTrue(without < 3, "without the works, " + without + " crossings a year");
    }
}
