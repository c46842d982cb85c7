package brink.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defects a user hit, each kept from coming back. */
class DefectsTest {
    @TempDir
    Path dir;

    private static final String BASE = """
            info: {title: defects, represents: regression tests}
            start: 2025-01-01
            years: 1
            domains: {armor: {unit: tanks}, missile: {unit: missiles}, drone: {unit: drones}}
            actors:
              RED: {name: Red, resolve: 1, riskTolerance: 1, budget: {amount: 1, split: {armor: 1}}, forces: {armor: {stock: 500, theatreShare: 0.5}, missile: {stock: 100}, drone: {stock: 200}}}
              BLUE: {name: Blue, resolve: 1, riskTolerance: 1, budget: {amount: 1, split: {armor: 1}}, forces: {armor: {stock: 500, theatreShare: 0.5}}}
            relations: {rb: {between: [RED, BLUE], type: rivalry}}
            """;

    private World run(String text, long seed) throws Exception {
        Scenario s = ScenarioLoader.load(TestFiles.write(dir, "d" + Math.abs(text.hashCode()) + ".yaml", text));
        BrinkModel m = new BrinkModel(s, seed);
        m.start();
        m.runToEnd();
        return m.world();
    }

    @Test
    void unitsUsedAreCountedPerDomainNotAllAsMissiles() throws Exception {
        World w = run(BASE + """
                ladder: {rungs: [{name: peace}]}
                events:
                  drone-strike: {actor: RED, type: drone launch, dates: [2025-03-01, 2025-03-02, 2025-03-03], consumes: drone}
                  test: {actor: RED, type: missile test, dates: [2025-04-01], consumes: missile}
                """, 1);
        List<Theatre.Firer> firers = w.firers();
        assertEquals(2, firers.size(), "two (actor, domain) pairs use up units");
        int drone = w.domains().indexOf("drone");
        int missile = w.domains().indexOf("missile");
        int droneFirer = firers.indexOf(new Theatre.Firer(0, drone));
        int missileFirer = firers.indexOf(new Theatre.Firer(0, missile));
        assertEquals(3, w.fired(droneFirer, 0), "drones");
        assertEquals(3, w.firingDays(droneFirer, 0));
        assertEquals(1, w.fired(missileFirer, 0), "missiles");
        assertEquals(1, w.firingDays(missileFirer, 0));
        assertEquals(197, w.actors().get(0).force(drone).getStock(), 1e-9);
        assertTrue(w.log().stream().anyMatch(e -> e.detail().equals("1 x drones")), "the log names the unit");
    }

    @Test
    void eventTypesDoNotChangeWithTheDefaultLocale() throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            World w = run(BASE + """
                    ladder: {rungs: [{name: peace}, {name: crisis}]}
                    events:
                      crisis: {actor: RED, type: crisis, dates: [2025-02-01], raiseTo: 1}
                    triggers:
                      reinforce: {when: {rungAtLeast: 1}, then: [{type: commitment, actor: BLUE, factor: 1.5}, {type: production, actor: RED, factor: 2}]}
                    """, 1);
            List<String> types = w.log().stream().map(LoggedEvent::type).toList();
            assertTrue(types.contains("commitment") && types.contains("production"), types.toString());
            assertFalse(types.stream().anyMatch(t -> t.indexOf('\u0131') >= 0), "no Turkish dotless i: " + types);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aWarCommitmentOfZeroWithdrawsDuringTheWarAndRestoresAfterIt() throws Exception {
        World w = run(BASE + """
                combat: {sides: [RED, BLUE], warCommitment: 0}
                ladder: {rungs: [{name: peace}, {name: war, combat: war}]}
                events:
                  invade: {actor: RED, type: offensive, dates: [2025-02-01], raiseTo: 1}
                  ceasefire: {actor: BLUE, type: talks, dates: [2025-02-10], lowerTo: 0}
                """, 1);
        assertEquals(1, w.wars());
        for (Actor a : w.actors()) {
            Force f = a.force(w.domains().indexOf("armor"));
            assertEquals(0.5, f.getTargetShare(), 1e-12, a.getId() + ": the theatre share is restored after the war");
            assertTrue(Double.isFinite(f.getTheatre()));
        }
    }

    @Test
    void attritionOverAMonthIsWhatDailyStepsWouldGive() throws Exception {
        String forces = """
                ladder: {rungs: [{name: peace}]}
                """;
        String text = BASE.replace("armor: {stock: 500, theatreShare: 0.5}, missile", "armor: {stock: 500, theatreShare: 0.5, "
                + "attrition: 0.3}, missile");
        World monthly = run(text + forces, 1);
        World daily = run(text + forces + "steps: {economy: day}\n", 1);
        double m = monthly.actors().get(0).force(0).getStock();
        double d = daily.actors().get(0).force(0).getStock();
        assertEquals(500 * Math.pow(1 - 0.3 / 365.25, 365), d, 1e-9);
        assertEquals(d, m, 1e-9 * d, "monthly steps lose exactly what daily ones do");
    }

    @Test
    void aWarElsewhereThatMeetsAnEmptyStockTakesItsShareOfWhatIsLeft() throws Exception {
        World w = run(BASE + """
                ladder: {rungs: [{name: peace}]}
                sinks:
                  front: {actor: RED, domain: armor, rate: 1000}
                """, 1);
        // one year of 1,000 a year from 500 tanks without production: losses fall with what is left (about 500 e^-2 at the
        // end, 68), the stock never reaches 0 (a flat 1,000 a year emptied it in half a year)
        double left = w.actors().get(0).force(0).getStock();
        assertTrue(left > 0 && left < 500 * Math.exp(-1000.0 / 500 * 0.9), "left " + left);
    }
}
