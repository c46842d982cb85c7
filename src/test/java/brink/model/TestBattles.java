package brink.model;

import brink.TestFiles;
import brink.scenario.ScenarioLoader;
import java.nio.file.Path;

/** A two-sided test battle (sides A and B) written as a scenario file and run, as the Lanchester tests need it. */
final class TestBattles {
    private TestBattles() {
    }

    /** {@code extra}: more keys of the battle block (reinforcements, rates), in YAML, without indentation. */
    static Battle.Result run(Path dir, String law, double a0, double b0, double alpha, double beta, int days, String extra)
            throws Exception {
        Path f = TestFiles.write(dir, "battle.yaml", """
                kind: battle
                info: {title: test battle, represents: a check against closed forms}
                battle:
                  law: %s
                  days: %d
                  timeStep: 0.01
                  sides:
                    - {name: A, strength: %s, effectiveness: %s}
                    - {name: B, strength: %s, effectiveness: %s}
                %s
                """.formatted(law, days, a0, alpha, b0, beta, extra.indent(2).stripTrailing()));
        return Battle.run(ScenarioLoader.load(f).spec().battle(), 1);
    }
}
