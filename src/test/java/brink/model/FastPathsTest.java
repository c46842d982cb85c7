package brink.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The speed issue's short cuts decide exactly as the plain computations they replace. */
class FastPathsTest {
    @Test
    void theDaysDrawDecidesAsTheExponentialWould() {
        SplittableRandom r = new SplittableRandom(7);
        int yes = 0;
        for (int i = 0; i < 2_000_000; i++) {
            // hazards from 1e-12 to 20 a day, draws uniform and, half the time, right at the hazard's edge
            double h = Math.pow(10, -12 + 13.3 * r.nextDouble());
            double u = i % 2 == 0 ? r.nextDouble() : Math.nextAfter(-Math.expm1(-h), r.nextBoolean() ? 0 : 1);
            boolean plain = u < -Math.expm1(-h);
            assertEquals(plain, EventFiring.happens(u, h), "u " + u + ", hazard " + h);
            yes += plain ? 1 : 0;
        }
        assertTrue(yes > 500_000, "both answers were tried: " + yes);
    }

    @Test
    void aWeekPerScheduleStepRunsTheSameDaysAsOneDayPerStep() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"));
        Theatre t = new Theatre(s, s.days());
        for (long seed : new long[] {1, 2, 3}) {
            World daily = run(new BrinkModel(t, seed));
            World weekly = run(new BrinkModel(t, seed, BrinkModel.BATCH_DAYS_PER_STEP));
            assertEquals(s.days(), weekly.getDay(), "the last step stops at the horizon");
            assertEquals(daily.log(), weekly.log(), "seed " + seed);
            int[] a = new int[daily.ladder().size()];
            int[] b = new int[a.length];
            for (int k = 0; k < a.length; k++) {
                a[k] = daily.ladder().daysAt(k);
                b[k] = weekly.ladder().daysAt(k);
            }
            assertArrayEquals(a, b);
            assertTrue(daily.log().size() > 100, "a history to compare: " + daily.log().size() + " events");
        }
    }

    private static World run(BrinkModel m) {
        m.start();
        m.runToEnd();
        return m.world();
    }
}
