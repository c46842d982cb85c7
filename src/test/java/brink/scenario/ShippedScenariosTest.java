package brink.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.experiment.Metrics;
import brink.experiment.Replication;
import brink.model.Battle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scenario shipped in scenarios/ is valid, carries a full info block, and runs a year with sane outputs. */
class ShippedScenariosTest {
    static List<Path> shipped() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> eachShippedScenarioValidatesAndRunsOneYear() throws IOException {
        List<Path> files = shipped();
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Scenario s = ScenarioLoader.load(f);
            ScenarioSpec.Info info = s.spec().info();
            for (String part : List.of(info.title(), info.represents(), info.notice(), info.toTry())) {
                assertFalse(part.isBlank(), f + ": the info block needs title, represents, notice and try");
            }
            assertFalse(info.sources().isEmpty(), f + ": the info block names its sources");
            if (s.spec().kind() == ScenarioSpec.Kind.BATTLE) {
                Battle.Result r = Battle.run(s.spec().battle(), 1);
                assertTrue(r.strengths()[r.strengths().length - 1][0] >= 0);
                return;
            }
            Scenario oneYear = s.withYears(1);
            Replication.Outcome o = new Replication(oneYear, oneYear.days(), Metrics.standard()).run(0, 1);
            for (double[] series : o.record().values()) {
                for (double v : series) {
                    assertTrue(Double.isFinite(v), f + ": recorded values are finite");
                }
            }
            assertTrue(o.record().events().size() > 0, f + ": something happens in a year");
        }));
    }
}
