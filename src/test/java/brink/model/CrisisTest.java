package brink.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scheduled, stochastic and triggered events, responses with causes, de-escalation, clashes. */
class CrisisTest {
    @TempDir
    Path dir;

    private static final String WORLD = """
            info: {title: crisis test, represents: ladder mechanics}
            start: 2025-01-01
            years: 1
            domains: {armor: {unit: tanks}, missile: {unit: missiles}}
            actors:
              RED: {name: Red, resolve: 1, riskTolerance: 1, budget: {amount: 1, split: {armor: 1}}, forces: {armor: {stock: 500}, missile: {stock: 10}}}
              BLUE: {name: Blue, resolve: 1, riskTolerance: 1, budget: {amount: 1, split: {armor: 1}}, forces: {armor: {stock: 500}}}
            relations: {rb: {between: [RED, BLUE], type: rivalry}}
            combat: {sides: [RED, BLUE], clashShare: 0.1, clashDays: 3}
            ladder:
              rungs:
                - {name: peace}
                - {name: tests, calmDays: 5}
                - {name: shows of force, calmDays: 5}
                - {name: clash, calmDays: 2, combat: clash}
            """;

    private World run(String extra, long seed) throws Exception {
        Scenario s = ScenarioLoader.load(TestFiles.write(dir, "c.yaml", WORLD + extra));
        BrinkModel m = new BrinkModel(s, seed);
        m.start();
        m.runToEnd();
        return m.world();
    }

    @Test
    void datedEventsHappenOnTheirDayAndUseTheirStock() throws Exception {
        World w = run("""
                events:
                  parade-launch: {actor: RED, type: missile test, dates: [2025-07-27], consumes: missile, salvo: {mean: 3, max: 3}, raiseTo: 1}
                """, 1);
        List<LoggedEvent> launches = w.log().stream().filter(e -> e.type().equals("missile test")).toList();
        assertEquals(1, launches.size());
        assertEquals(207, launches.get(0).day(), "27 July is day 207 of 2025");
        assertTrue(w.fired(0, 0) >= 1 && w.fired(0, 0) <= 3);
        assertEquals(10 - w.fired(0, 0), w.actors().get(0).force(1).getStock(), 1e-9, "launched missiles leave the stock");
        assertEquals(1, w.firingDays(0, 0));
    }

    @Test
    void responsesNameTheirCauseAndClashesFight() throws Exception {
        World w = run("""
                events:
                  provocation: {actor: RED, target: BLUE, type: provocation, rate: 20, raiseTo: 2, responses: {r: {event: reply, probability: 1, minDelay: 1, maxDelay: 1}}}
                  reply: {actor: BLUE, target: RED, type: reply, raiseTo: 3}
                """, 2);
        LoggedEvent reply = w.log().stream().filter(e -> e.type().equals("reply")).findFirst().orElseThrow();
        LoggedEvent cause = w.log().get(reply.cause());
        assertEquals("provocation", cause.type());
        assertEquals(cause.day() + 1, reply.day(), "the response comes after its delay");
        assertTrue(w.clashes() > 0, "replies reach the clash rung");
        assertTrue(w.actors().get(0).force(0).getLost() > 0 && w.actors().get(1).force(0).getLost() > 0, "a clash costs both sides");
        assertTrue(w.log().stream().anyMatch(e -> e.type().equals("de-escalation")), "the ladder calms down again");
    }

    @Test
    void triggersFireWhenTheirConditionBecomesTrue() throws Exception {
        World w = run("""
                events:
                  provocation: {actor: RED, target: BLUE, type: provocation, rate: 30, step: 1}
                triggers:
                  reinforce: {when: {rungAtLeast: 3}, then: [{type: commitment, actor: BLUE, factor: 2}], detail: Blue reinforces}
                """, 3);
        LoggedEvent t = w.log().stream().filter(e -> e.type().equals("reinforce")).findFirst().orElseThrow();
        assertTrue(t.rungAfter() >= 3);
        assertEquals(1, w.log().stream().filter(e -> e.type().equals("reinforce")).count(), "once: true by default");
    }

    @Test
    void aWeakCautiousActorEscalatesLessThanAStrongBoldOne() throws Exception {
        String events = """
                events:
                  provocation: {actor: RED, target: BLUE, type: provocation, rate: 10, raiseTo: 1}
                """;
        // Same rate; the cautious Red has little resolve, no risk tolerance and a fifth of Blue's armor.
        String cautiousWorld = WORLD.replace("resolve: 1, riskTolerance: 1, budget: {amount: 1, split: {armor: 1}}, forces: {armor: {stock: 500}, missile: {stock: 10}}",
                "resolve: 0.3, riskTolerance: 0, budget: {amount: 1, split: {armor: 1}}, forces: {armor: {stock: 100}}");
        int bold = 0;
        int cautious = 0;
        for (long seed = 0; seed < 20; seed++) {
            bold += count(run(events, seed));
            Scenario s = ScenarioLoader.load(TestFiles.write(dir, "cautious.yaml", cautiousWorld + events));
            BrinkModel m = new BrinkModel(s, seed);
            m.start();
            m.runToEnd();
            cautious += count(m.world());
        }
        // W = 0.3 * 0.2 = 0.06 from peace; at rung 1 nothing is climbed, so only starts from peace are scaled.
        assertTrue(cautious < bold * 0.6, "cautious " + cautious + " vs bold " + bold);
    }

    private static int count(World w) {
        return (int) w.log().stream().filter(e -> e.type().equals("provocation")).count();
    }
}
