package brink.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import brink.TestFiles;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The speed issue's short cuts decide exactly as the plain computations they replace. */
class FastPathsTest {
    @TempDir
    Path dir;

    /**
     * An event's cached rate is worked out again when a lever changes, not only when the ladder or the threat picture
     * does: resolve set to 0 stops a climbing event from the next check on (the day after the action at the latest).
     */
    @Test
    void aLeverChangeReachesTheCachedEventRatesAtOnce() throws Exception {
        Scenario s = ScenarioLoader.load(TestFiles.write(dir, "lever.yaml", """
                info: {title: cached rates, represents: a test}
                start: 2025-01-01
                years: 1
                domains: {armor: {unit: tanks}}
                actors:
                  RED: {name: Red, resolve: 1, riskTolerance: 1, budget: {amount: 1, split: {armor: 1}}, forces: {armor: {stock: 500, theatreShare: 0.5}}}
                  BLUE: {name: Blue, resolve: 1, riskTolerance: 1, budget: {amount: 1, split: {armor: 1}}, forces: {armor: {stock: 500, theatreShare: 0.5}}}
                relations: {rb: {between: [RED, BLUE], type: rivalry}}
                ladder: {rungs: [{name: peace}, {name: tension, calmDays: 0.01}]}
                events:
                  provocation: {actor: RED, target: BLUE, type: provocation, rate: 20, raiseTo: 1, maxRung: 0}
                actions:
                  calm-down: {type: resolve, actor: RED, value: 0, date: 2025-03-03}
                """));
        Theatre t = new Theatre(s, s.days());
        int actionDay = 61;
        long before = 0;
        long after = 0;
        // rare moves and a weekly threat assessment: a cache that missed the lever would fire in the days between
        for (long seed = 1; seed <= 40; seed++) {
            World w = run(new BrinkModel(t, seed));
            before += w.log().stream().filter(e -> e.type().equals("provocation") && e.day() < actionDay).count();
            after += w.log().stream().filter(e -> e.type().equals("provocation") && e.day() >= actionDay).count();
        }
        assertTrue(before > 40, "the event climbs before the action: " + before);
        assertEquals(0, after, "no provocation once resolve is 0");
    }
    /**
     * The daily loop settles a draw above an event's bound without the threat picture: the bound must never be below
     * the decision rule's exact factor, whatever the balance (here random powers, some domains empty or lopsided far
     * past the index's bounds), resolve and risk tolerance (below and above 1).
     */
    @Test
    void theLargestEscalationFactorIsNeverExceeded() {
        SplittableRandom r = new SplittableRandom(11);
        double[] weights = {1.0, 0.8, 1.0, 0.5};
        int tight = 0;
        for (int i = 0; i < 500_000; i++) {
            double[] friendly = new double[4];
            double[] hostile = new double[4];
            for (int d = 0; d < 4; d++) {
                friendly[d] = r.nextInt(6) == 0 ? 0 : Math.pow(10, 6 * r.nextDouble());
                hostile[d] = r.nextInt(6) == 0 ? 0 : Math.pow(10, 6 * r.nextDouble());
            }
            double resolve = 3 * r.nextDouble();
            double risk = 2 * r.nextDouble();
            int k = 1 + r.nextInt(6);
            double exact = Decision.escalationFactor(
                    Decision.logWillingness(resolve, risk, ForceBalance.logIndex(friendly, hostile, weights)), k);
            double bound = Decision.largestEscalationFactor(resolve, risk, k);
            assertTrue(exact <= bound, "exact " + exact + " above the bound " + bound);
            tight += exact > bound * 0.999 ? 1 : 0;
        }
        assertTrue(tight > 100, "the bound is reached where every domain is lopsided: " + tight);
    }

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
