package brink.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The baseline's DPRK launches over its first three years, averaged over 400 replications, fall inside the
 * 2022-2024 public range (CNS database via docs/data-sources.md §2.2): 33-69 missiles and 12-34 launch days a year.
 */
class CalibrationTest {
    static final int REPS = 400;

    @Test
    void baselineLaunchesFallInThePublicRange() {
        List<ShippedEnsembles.Observation> runs = ShippedEnsembles.run("baseline.yaml", 3, REPS);
        double missiles = 0;
        double days = 0;
        for (ShippedEnsembles.Observation o : runs) {
            for (int y = 1; y <= 3; y++) {
                missiles += o.outcome("DPRK_missile_fired_y" + y);
                days += o.outcome("DPRK_missile_firing_days_y" + y);
            }
        }
        missiles /= 3.0 * runs.size();
        days /= 3.0 * runs.size();
        String report = String.format(Locale.ROOT, "simulated %.1f missiles on %.1f launch days a year", missiles, days);
        System.out.println("[calibration] baseline, first 3 years, " + runs.size() + " replications: " + report);
        assertTrue(missiles >= 33 && missiles <= 69, report + "; public range 33-69 missiles");
        assertTrue(days >= 12 && days <= 34, report + "; public range 12-34 launch days");
        double perDay = missiles / days;
        assertTrue(perDay > 1.5 && perDay < 3.5, report + ": launched in salvos (2.2 per launch day in 2022-24)");
    }
}
