package brink.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The interval of the model's mean a target's verdict uses, against values worked out independently: Wilson's score
 * interval for 3 events in 100 replications ([0.01025, 0.08452], as statsmodels' proportion_confint(3, 100,
 * method="wilson") gives), and Student's t interval for 1..5 (mean 3, s = 1.5811, t(0.975, 4) = 2.7764: [1.0368, 4.9632]).
 */
class TargetIntervalTest {
    @Test
    void aProbabilityGetsWilsonsInterval() {
        double[] v = new double[100];
        v[10] = 1;
        v[50] = 1;
        v[90] = 1;
        double[] ci = Targets.meanInterval(v);
        assertEquals(0.01025, ci[0], 5e-5);
        assertEquals(0.08452, ci[1], 5e-5);
    }

    @Test
    void aCountGetsStudentsInterval() {
        double[] ci = Targets.meanInterval(new double[] {1, 2, 3, 4, 5});
        assertEquals(1.0368, ci[0], 1e-4);
        assertEquals(4.9632, ci[1], 1e-4);
    }

    @Test
    void noEventInAnyReplicationStillHasAnInterval() {
        double[] ci = Targets.meanInterval(new double[50]);
        assertEquals(0, ci[0], 1e-12);
        assertEquals(0.0714, ci[1], 1e-4); // Wilson's upper bound for 0 of 50
    }
}
