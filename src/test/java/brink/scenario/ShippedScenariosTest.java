package brink.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /**
     * battle-tanks.yaml's notice: under the square law fighting strength goes with effectiveness x numbers squared, so
     * Red's 50 % more tanks outweigh Blue's better guns until Blue's reinforcement arrives on day 4.
     */
    private static void battleMatchesItsNotice(BattleSpec b) {
        Battle.Result r = Battle.run(b, 1);
        double alpha = b.sides().get(0).effectiveness() * b.sides().get(0).quality();
        double beta = b.sides().get(1).effectiveness() * b.sides().get(1).quality();
        int arrival = (int) Math.round(b.reinforcements().get(0).day());
        for (int d = 0; d < r.times().length; d++) {
            double blue = alpha * r.strengths()[d][0] * r.strengths()[d][0];
            double red = beta * r.strengths()[d][1] * r.strengths()[d][1];
            if (d < arrival) {
                assertTrue(red > blue, "day " + d + ": Red's fighting strength leads before the reinforcement");
            } else {
                assertTrue(blue > red, "day " + d + ": Blue's leads once it has arrived");
            }
            if (d > 0 && d != arrival) {
                assertTrue(r.strengths()[d][0] < r.strengths()[d - 1][0] && r.strengths()[d][1] < r.strengths()[d - 1][1],
                        "both sides lose tanks on day " + d);
            }
        }
        assertEquals(b.reinforcements().get(0).units(), r.strengths()[arrival][0] - r.strengths()[arrival - 1][0], 30,
                "the wave joins on its day (less that day's losses)");
    }

    /** Every scenario file a scenario's info block or a README names exists (a student will type it). */
    @org.junit.jupiter.api.Test
    void everyScenarioFileNamedInTheDocumentationExists() throws Exception {
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("(?<![\\w<>-])([a-z][a-z0-9-]*\\.yaml)");
        List<String> texts = new java.util.ArrayList<>();
        for (Path f : shipped()) {
            ScenarioSpec.Info info = ScenarioLoader.load(f).spec().info();
            texts.add(f + ": " + info.represents() + " " + info.notice() + " " + info.toTry());
        }
        texts.add("scenarios/README.md: " + Files.readString(Path.of("scenarios", "README.md")));
        texts.add("README.md: " + Files.readString(Path.of("README.md")));
        for (String text : texts) {
            java.util.regex.Matcher m = named.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                boolean shippedFile = Files.exists(Path.of("scenarios", name));
                boolean example = name.equals("my.yaml") || name.startsWith("my-") || name.equals("my-levers.yaml");
                assertTrue(shippedFile || example, text.substring(0, text.indexOf(':')) + " names " + name + ", which does not exist");
            }
        }
    }

    /** "seed" means the random seed everywhere; the source reports are called reports. */
    @org.junit.jupiter.api.Test
    void theSourceReportsAreNotCalledSeeds() throws IOException {
        for (Path f : shipped()) {
            String text = Files.readString(f);
            assertFalse(text.matches("(?s).*\\bseeds? ?/?0\\d\\d.*"), f + " calls a source report a seed");
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
                battleMatchesItsNotice(s.spec().battle());
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
