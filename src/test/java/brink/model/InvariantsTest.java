package brink.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import brink.TestFiles;
import brink.experiment.Seeds;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Over many random seeds: no negative stock, no NaN, the rung stays on the ladder; transfers conserve units. */
class InvariantsTest {
    private static final int SEEDS = 150;
    @TempDir
    Path dir;

    @Test
    void stateStaysSaneOverManySeeds() throws Exception {
        Scenario s = ScenarioLoader.load(TestFiles.resource("three-actors.yaml"));
        int clashes = 0;
        int tests = 0;
        for (int i = 0; i < SEEDS; i++) {
            long seed = Seeds.replication(7, i);
            BrinkModel m = new BrinkModel(s, seed);
            m.start();
            while (m.world().getDay() < m.days()) {
                m.schedule.step(m);
                check(m.world(), seed);
            }
            clashes += m.world().clashes();
            tests += m.world().fired(0, 0);
        }
        assertTrue(clashes > 0, "the check covered combat too");
        assertTrue(tests > 0, "the check covered launches too");
    }

    private static void check(World w, long seed) {
        String at = " (seed " + seed + ", day " + w.getDay() + ")";
        for (Actor a : w.actors()) {
            sane(a.getBudget(), "budget of " + a.getId() + at);
            for (int d = 0; d < w.domains().size(); d++) {
                Force f = a.force(d);
                String what = a.getId() + " " + w.domains().get(d);
                sane(f.getTheatre(), what + " theatre units" + at);
                sane(f.getHome(), what + " units elsewhere" + at);
                sane(f.getReserve(), what + " reserve" + at);
                sane(f.getQuality(), what + " quality" + at);
                sane(f.getReadiness(), what + " readiness" + at);
                assertTrue(f.getReadiness() <= 1.0, what + " readiness above 1" + at);
                sane(a.budgetShare(d), what + " budget share" + at);
            }
            for (int c = 0; c < w.commodities().size(); c++) {
                sane(a.commodity(c), a.getId() + " " + w.commodities().get(c) + at);
            }
            double fbi = w.forceBalance(w.actors().indexOf(a));
            assertTrue(Double.isFinite(fbi) && fbi > 0, "force balance" + at);
        }
        int r = w.ladder().getRung();
        assertTrue(r >= 0 && r < w.ladder().size(), "rung " + r + " off the ladder" + at);
        for (int b = 0; b < w.balanceCount(); b++) {
            assertTrue(Double.isFinite(w.balanceRatio(b, w.domains().size())), "balance" + at);
        }
    }

    private static void sane(double v, String what) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v < 0) {
            fail(what + " is " + v);
        }
    }

    @Test
    void transfersConserveUnitsBetweenSenderAndReceiver() throws Exception {
        // Only transfers move anything here: no production, attrition, sinks or combat.
        Path f = TestFiles.write(dir, "transfers.yaml", """
                info: {title: Transfers only, represents: conservation check}
                start: 2025-01-01
                years: 2
                domains: {armor: {unit: tanks}}
                commodities: {shells: {unit: rounds}}
                actors:
                  S:
                    name: Sender
                    budget: {amount: 1, split: {armor: 1}}
                    forces: {armor: {stock: 300, quality: 0.4, theatreShare: 0.5}}
                    commodities: {shells: {stock: 1000000}}
                  R:
                    name: Receiver
                    budget: {amount: 1, split: {armor: 1}}
                    forces: {armor: {stock: 100, quality: 0.9, theatreShare: 0.2}}
                transfers:
                  tanks: {from: S, to: R, what: armor, rate: 250}
                  shells: {from: S, to: R, what: shells, containersPerYear: 1000, unitsPerContainer: 1000, mixFraction: 0.8}
                ladder: {rungs: [{name: peace}]}
                """);
        Scenario s = ScenarioLoader.load(f);
        BrinkModel m = new BrinkModel(s, 3);
        m.start();
        World w = m.world();
        Force sender = w.actors().get(0).force(0);
        Force receiver = w.actors().get(1).force(0);
        while (w.getDay() < m.days()) {
            m.schedule.step(m);
            assertEquals(400.0, sender.getStock() + receiver.getStock(), 1e-9, "tanks on day " + w.getDay());
            assertEquals(1_000_000.0, w.actors().get(0).commodity(0) + w.actors().get(1).commodity(0), 1e-6);
            assertEquals(receiver.getStock() - 100.0, w.transferred("tanks"), 1e-9, "delivered = received");
        }
        assertEquals(0.0, sender.getStock(), 1e-9, "the sender ran out: 250/yr for 2 years exceeds its 300 tanks");
        assertEquals(300.0, w.transferred("tanks"), 1e-9);
        assertEquals(1_000_000.0, w.transferred("shells"), 1e-6, "800,000 a year is capped by the 1,000,000 held");
        double expectedQuality = (100 * 0.9 + 300 * 0.4) / 400;
        assertEquals(expectedQuality, receiver.getQuality(), 1e-9, "received units bring the sender's quality");
    }
}
