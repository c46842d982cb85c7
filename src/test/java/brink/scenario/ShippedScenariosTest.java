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

    /** Each shipped battle's notice, checked; a battle without its check fails (its notice would go untested). */
    private static void battleMatchesItsNotice(Path file, BattleSpec b) {
        switch (file.getFileName().toString()) {
            case "battle-tanks.yaml" -> tanksMatchItsNotice(b);
            case "battle-iwo-jima.yaml" -> iwoJimaMatchesItsNotice(b);
            default -> throw new AssertionError(file + ": a shipped battle needs a test of its notice here");
        }
    }

    /**
     * battle-iwo-jima.yaml's notice: the US peaks on day 6, after the last landing, and declines slowly after; the
     * defenders then lose 500-750 a day and are wiped out on day 36; the US keeps about 53,000; per soldier the
     * defenders were five times as effective.
     */
    private static void iwoJimaMatchesItsNotice(BattleSpec b) {
        Battle.Result r = Battle.run(b, 1);
        double[][] s = r.strengths();
        for (int d = 0; d < s.length; d++) {
            assertTrue(s[d][0] <= s[6][0], "the US peaks on day 6: day " + d);
        }
        for (int d = 7; d <= 35; d++) {
            assertTrue(s[d][0] < s[d - 1][0], "the US declines after the landings: day " + d);
            double lost = s[d - 1][1] - s[d][1];
            assertTrue(lost > 500 && lost < 750, "defenders lost " + lost + " on day " + d);
        }
        assertTrue(s[35][1] > 0 && s[36][1] == 0, "the defenders are wiped out on day 36: " + s[35][1] + ", " + s[36][1]);
        assertEquals(53000, s[36][0], 1000, "the US keeps about 53,000");
        double ratio = b.sides().get(1).effectiveness() / b.sides().get(0).effectiveness();
        assertEquals(5, ratio, 0.2, "five times as effective per soldier");
    }

    /**
     * battle-tanks.yaml's notice: under the square law fighting strength goes with effectiveness x numbers squared, so
     * Red's 50 % more tanks outweigh Blue's better guns until Blue's reinforcement arrives on day 4.
     */
    private static void tanksMatchItsNotice(BattleSpec b) {
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
        texts.add("docs/GUIDE.md: " + Files.readString(Path.of("docs", "GUIDE.md")));
        for (String text : texts) {
            java.util.regex.Matcher m = named.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                boolean shippedFile = Files.exists(Path.of("scenarios", name)) || Files.exists(Path.of("scenarios", "experiments", name));
                boolean example = name.equals("my.yaml") || name.startsWith("my-") || name.equals("my-levers.yaml")
                        || name.equals("calibrated.yaml") || name.equals("game.yaml"); // what brink calibrate and wargame write

                assertTrue(shippedFile || example, text.substring(0, text.indexOf(':')) + " names " + name + ", which does not exist");
            }
        }
    }

    /** Every shipped experiment file loads, and names a shipped scenario. */
    @org.junit.jupiter.api.Test
    void shippedExperimentsLoad() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("scenarios", "experiments"))) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".yaml")).toList();
            assertFalse(files.isEmpty());
            for (Path f : files) {
                ExperimentLoader.Loaded x = ExperimentLoader.load(f);
                assertTrue(Files.isRegularFile(x.scenario()), f + " names " + x.scenario());
                ScenarioLoader.load(x.scenario());
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
                battleMatchesItsNotice(f, s.spec().battle());
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
