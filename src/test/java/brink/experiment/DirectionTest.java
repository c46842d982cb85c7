package brink.experiment;

import brink.experiment.ShippedEnsembles.Observation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each shipped variant moves its observable the way its report sentence says, against its reference scenario run
 * with the same seeds, by more than the replication noise (see {@link Paired}).
 */
class DirectionTest {
    private static final int REPS = 400;
    /** Escalation probabilities move a few percentage points: they need more pairs to stand clear of the noise. */
    private static final int MANY = 1000;

    private static List<Observation> run(String file, double years) {
        return ShippedEnsembles.run(file, years, REPS);
    }

    @Test
    void armoredSecondRevolutionRaisesDprkArmorStockQualityAndPower() {
        List<Observation> v = run("armored-second-revolution.yaml", 3);
        List<Observation> b = run("baseline.yaml", 3);
        Paired.assertHigher("DPRK tanks", v, b, Observation::dprkArmorStock);
        Paired.assertHigher("DPRK tank quality", v, b, Observation::dprkArmorQuality);
        Paired.assertHigher("DPRK armor combat power", v, b, Observation::dprkArmorPower);
    }

    @Test
    void missileSurgeRaisesTheDprkMissileStock() {
        Paired.assertHigher("DPRK missiles in stock", run("missile-surge.yaml", 3), run("baseline.yaml", 3),
                Observation::dprkMissileStock);
    }

    @Test
    void shellSurgeLetsMoreShellsReachRussiaOnceStocksWouldRunShort() {
        // The DPRK's shell stock limits shipments only after about five years, so look over eight.
        Paired.assertHigher("shells delivered to Russia", ShippedEnsembles.run("missile-surge.yaml", 8, 20),
                ShippedEnsembles.run("baseline.yaml", 8, 20), Observation::shellsToRussia);
    }

    @Test
    void russianAssistanceRaisesDprkArmorQualityAndPowerAgainstNoAssistance() {
        List<Observation> deep = ShippedEnsembles.run("russian-assistance-deepens.yaml", 5, 100);
        List<Observation> none = ShippedEnsembles.run("russian-assistance-ends.yaml", 5, 100);
        List<Observation> base = ShippedEnsembles.run("baseline.yaml", 5, 100);
        Paired.assertHigher("DPRK tank quality, deepening vs ended", deep, none, Observation::dprkArmorQuality);
        Paired.assertHigher("DPRK armor combat power, deepening vs ended", deep, none, Observation::dprkArmorPower);
        Paired.assertHigher("DPRK tank quality, baseline vs ended", base, none, Observation::dprkArmorQuality);
    }

    @Test
    void ceasefireStopsTheShellFlow() {
        Paired.assertLower("shells delivered to Russia", ShippedEnsembles.run("russian-assistance-ends.yaml", 5, 100),
                ShippedEnsembles.run("baseline.yaml", 5, 100), Observation::shellsToRussia);
    }

    @Test
    void russiaBuyingDprkTanksMovesTanksFromDprkToRussia() {
        List<Observation> v = run("russia-buys-dprk-tanks.yaml", 3);
        List<Observation> b = run("baseline.yaml", 3);
        Paired.assertLower("DPRK tanks", v, b, Observation::dprkArmorStock);
        Paired.assertHigher("Russian tanks", v, b, Observation::russiaArmorStock);
    }

    @Test
    void rokJapanBuildUpLowersTheDprkCoalitionBalance() {
        Paired.assertLower("DPRK/coalition balance after five years", ShippedEnsembles.run("rok-japan-buildup.yaml", 5, 100),
                ShippedEnsembles.run("baseline.yaml", 5, 100), Observation::dprkVsCoalition);
    }

    @Test
    void usDrawdownLowersCoalitionPowerAndRaisesTheHigherRungs() {
        List<Observation> v = ShippedEnsembles.run("us-drawdown.yaml", 3, MANY);
        List<Observation> b = ShippedEnsembles.run("baseline.yaml", 3, MANY);
        Paired.assertLower("coalition theatre combat power", v, b, Observation::coalitionPower);
        Paired.assertHigher("probability of reaching a clash or above", v, b, o -> o.highestRung() >= 5 ? 1 : 0);
    }

    @Test
    void usReinforcementRaisesCoalitionPowerAndLowersTheHigherRungs() {
        List<Observation> v = ShippedEnsembles.run("us-reinforcement.yaml", 3, MANY);
        List<Observation> b = ShippedEnsembles.run("baseline.yaml", 3, MANY);
        Paired.assertHigher("coalition theatre combat power", v, b, Observation::coalitionPower);
        Paired.assertLower("probability of reaching a clash or above", v, b, o -> o.highestRung() >= 5 ? 1 : 0);
    }

    @Test
    void exercisesRaiseTheTestRateInAndAfterExerciseWeeks() {
        List<Observation> b = run("baseline.yaml", 3);
        List<Observation> v = run("exercises-suspended.yaml", 3);
        Paired.assertHigher("DPRK launch days during and two weeks after exercises", b, v,
                Observation::launchDaysInExerciseWindows);
        Paired.assertHigher("DPRK missiles over three years", b, v, o -> o.missiles()[0] + o.missiles()[1] + o.missiles()[2]);
    }

    @Test
    void balancedForceShiftsStocksFromMissilesToShipsAndDrones() {
        List<Observation> v = run("balanced-force.yaml", 3);
        List<Observation> b = run("baseline.yaml", 3);
        Paired.assertHigher("DPRK vessels", v, b, Observation::dprkNavalStock);
        Paired.assertHigher("DPRK drones", v, b, Observation::dprkDroneStock);
        Paired.assertLower("DPRK missiles", v, b, Observation::dprkMissileStock);
    }

    @Test
    void highTensionMakesIncidentsAndThreatsMoreLikely() {
        List<Observation> v = run("high-tension.yaml", 3);
        List<Observation> b = run("baseline.yaml", 3);
        Paired.assertHigher("days at incidents or above", v, b, Observation::daysAtIncidentsOrAbove);
        Paired.assertHigher("probability of reaching the nuclear-threat rung", v, b, o -> o.highestRung() >= 7 ? 1 : 0);
    }
}
