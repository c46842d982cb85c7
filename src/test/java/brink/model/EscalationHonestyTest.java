package brink.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ladder means what it says: rungs are ordered by severity, and a statement (a threat, even of nuclear use) goes on
 * the signalling track: it never counts as a clash or a war, and never stands above one.
 */
class EscalationHonestyTest {
    @TempDir
    Path dir;

    private static final String WORLD = """
            info: {title: honesty test, represents: ladder and signals}
            start: 2025-01-01
            years: 1
            domains: {armor: {unit: tanks}}
            actors:
              RED: {name: Red, resolve: 1, riskTolerance: 1, budget: {amount: 1, split: {armor: 1}}, forces: {armor: {stock: 500}}}
              BLUE: {name: Blue, resolve: 1, riskTolerance: 1, budget: {amount: 1, split: {armor: 1}}, forces: {armor: {stock: 500}}}
            relations: {rb: {between: [RED, BLUE], type: rivalry}}
            combat: {sides: [RED, BLUE]}
            """;

    @Test
    void aNonCombatRungAboveWarIsRefusedWithAPointer() throws Exception {
        Path f = TestFiles.write(dir, "old-ladder.yaml", WORLD + """
                ladder:
                  rungs:
                    - {name: peace}
                    - {name: limited clash, combat: clash}
                    - {name: conventional war, combat: war}
                    - {name: nuclear threat}
                """);
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        String text = e.problems().toString();
        assertTrue(text.contains("ladder.rungs[3].combat") && text.contains("ordered by severity")
                && text.contains("signalling track"), text);
    }

    @Test
    void aStatementCannotRaiseTheLadderToACombatRung() throws Exception {
        Path f = TestFiles.write(dir, "bad-threat.yaml", WORLD + """
                ladder:
                  rungs: [{name: peace}, {name: incidents}, {name: clash, combat: clash}]
                  signals: [{name: none}, {name: nuclear-use threats}]
                events:
                  threat: {actor: RED, type: nuclear threat, rate: 5, signal: 1, raiseTo: 2}
                """);
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        assertTrue(e.problems().toString().contains("events.threat.raiseTo"), e.problems().toString());
    }

    @Test
    void threatsRaiseTheSignallingTrackAndNeverCountAsClashes() throws Exception {
        World w = new World(ScenarioLoader.load(TestFiles.write(dir, "threats.yaml", WORLD + """
                ladder:
                  rungs: [{name: peace}, {name: incidents, calmDays: 5}, {name: clash, combat: clash, calmDays: 2}]
                  signals: [{name: none}, {name: nuclear-use threats, calmDays: 10}]
                events:
                  threat: {actor: RED, target: BLUE, type: nuclear threat, rate: 50, signal: 1}
                """)), 365, 3);
        BrinkModel m = new BrinkModel(w.scenario(), 3);
        m.start();
        m.runToEnd();
        World run = m.world();
        List<LoggedEvent> threats = run.log().stream().filter(e -> e.type().equals("nuclear threat")).toList();
        assertTrue(threats.size() > 10, "threats happen: " + threats.size());
        assertEquals(0, run.clashes(), "a statement is never a clash");
        assertEquals(0, run.ladder().getHighest(), "nor a rung of the ladder");
        assertEquals(1, run.signals().getHighest(), "it raises the signalling track");
        assertTrue(threats.stream().allMatch(e -> e.rungAfter() == e.rungBefore() && e.signalAfter() == 1));
    }

    @Test
    void signalsRaiseTheRateOfEventsThatReactToThem() throws Exception {
        String ladder = """
                ladder:
                  rungs: [{name: peace}, {name: incidents, calmDays: 1}]
                  signals: [{name: none}, {name: threats, calmDays: 1000}]
                events:
                  incident: {actor: BLUE, type: incident, rate: 5, signalFactor: [1, 4]}
                """;
        World calm = runFor(WORLD + ladder);
        World tense = runFor(WORLD + ladder + """
                  threat: {actor: RED, type: threat, dates: [2025-01-01], signal: 1}
                """);
        long a = calm.log().stream().filter(e -> e.type().equals("incident")).count();
        long b = tense.log().stream().filter(e -> e.type().equals("incident")).count();
        assertTrue(b > 2.5 * a, "four times the rate under threats: " + a + " calm, " + b + " tense");
    }

    private World runFor(String text) throws Exception {
        BrinkModel m = new BrinkModel(ScenarioLoader.load(TestFiles.write(dir, "s" + text.hashCode() + ".yaml", text)), 11);
        m.start();
        m.runToEnd();
        return m.world();
    }
}
