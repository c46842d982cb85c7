package brink.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.experiment.Metrics;
import brink.experiment.Replication;
import brink.model.ScenarioRunError;
import brink.scenario.Problem;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import brink.scenario.ScenarioSpec;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Any bytes given as a scenario file give either a valid scenario (which then runs a month without crashing) or
 * located problems (the targets' own check included), never another exception, within a time bound. In {@code mvn verify} this replays the corpus in
 * src/test/resources/brink/hardening/ScenarioFuzzTestInputs (the shipped scenarios and the hostile cases found so
 * far); {@code JAZZER_FUZZ=1 mvn test -Dtest=ScenarioFuzzTest} fuzzes for longer (docs/GUIDE.md, "What Brink guarantees").
 */
class ScenarioFuzzTest {
    /**
     * A folder holding the shipped scenarios, so that inputs may extend them (as baseline.yaml): in target/, not in
     * java.io.tmpdir, where every run of the suite left one behind.
     */
    private static final Path DIR = scenarioFolder();

    static synchronized Path scenarioFolder() {
        try {
            Path d = Files.createDirectories(Path.of("target", "fuzz-scenarios"));
            try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
                for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                    Files.copy(f, d.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return d;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void anyBytesGiveAScenarioOrLocatedProblems(byte[] data) throws Exception {
        Path file = DIR.resolve("input.yaml");
        Files.write(file, data);
        long start = System.nanoTime();
        try {
            Scenario s = ScenarioLoader.load(file);
            for (Problem p : brink.experiment.Targets.problems(s)) { // the second door: target names and outcomes
                assertTrue(p.location().file().endsWith(".yaml") && !p.message().isBlank(), p.toString());
            }
            if (s.spec().kind() == ScenarioSpec.Kind.THEATRE) {
                Scenario month = s.withYears(30 / 365.25);
                try {
                    new Replication(month, month.days(), Metrics.standard()).run(0, 1);
                } catch (ScenarioRunError runaway) {
                    assertFalse(runaway.getMessage().isBlank());
                }
            }
        } catch (ScenarioException e) {
            assertFalse(e.problems().isEmpty());
            for (Problem p : e.problems()) {
                assertTrue(p.location().file().endsWith(".yaml") && p.message() != null && !p.message().isBlank(), p.toString());
            }
        }
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "answered within 5 s");
    }
}
