package brink.cli;

import static brink.cli.CliTest.brink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's {@code targets:} as a user meets them: the table {@code brink run} prints, what manifest.json and
 * report.html record, each verdict (inside, above, cannot say) and each kind of value (years averaged, a share, a count
 * per year) recomputed from runs.csv; a target with a typo refused with its line; {@code brink compare} saying which
 * scenario stays inside.
 */
class TargetsCliTest {
    @TempDir
    static Path dir;
    static Path out;
    static String printed;
    static JsonNode manifest;
    static List<CSVRecord> runs;

    private static final String TARGETS = """
            targets:
              missiles:
                outcome: RED_missile_fired_y{y}
                years: [1, 2]
                observed: [0, 1000000]
                period: 2022-2023
                source: a test
              too-few:
                outcome: RED_missile_fired_y{y}
                years: [1, 2]
                observed: [0, 0.001]
                period: 2022-2023
                source: a test
              season:
                outcome: RED_missile_firing_days
                share: [RED_missile_firing_days_in_mar, RED_missile_firing_days_in_aug]
                observed: [0.5, 1]
                period: 2019-2021
                source: a test
              clash-rate:
                outcome: clashes
                perYear: true
                observed: [0, 100]
                period: 2010-2024
                source: a test
              too-long:
                outcome: RED_missile_fired_y{y}
                years: [1, 5]
                observed: [0, 100]
                period: 2020-2024
                source: a test
            """;

    static Path scenario(String name, String targets) throws Exception {
        String text = Files.readString(TestFiles.resource("three-actors.yaml"));
        return TestFiles.write(dir, name + ".yaml", text + "\n" + targets);
    }

    @BeforeAll
    static void runOnce() throws Exception {
        Path file = scenario("with-targets", TARGETS);
        out = dir.resolve("out");
        CliTest.Result r = brink("run", file.toString(), "--reps", "40", "--seed", "3", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        printed = r.out();
        manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        try (CSVParser p = CSVParser.parse(out.resolve("runs.csv"), java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            runs = p.getRecords();
        }
    }

    private static Map<String, JsonNode> recorded() {
        Map<String, JsonNode> m = new HashMap<>();
        manifest.path("targets").forEach(t -> m.put(t.path("id").asText(), t));
        return m;
    }

    private static double mean(java.util.function.ToDoubleFunction<CSVRecord> f) {
        return runs.stream().mapToDouble(f).average().orElseThrow();
    }

    private static double col(CSVRecord r, String name) {
        return Double.parseDouble(r.get(name));
    }

    @Test
    void runPrintsTheTableWithEveryVerdict() {
        assertTrue(printed.contains("The model against the record (model mean with its 95 % interval; in brackets where 90 % of "
                + "single runs fall; vs the observed range):"), printed);
        assertTrue(printed.contains("Tuned to these (calibration targets"), "a target without use: is a calibration target: " + printed);
        assertTrue(printed.matches("(?s).*\\n  missiles +[0-9.]+ \\([0-9.]+-[0-9.]+\\) \\[[0-9.]+, [0-9.]+\\] vs 0-1000000 "
                + "\\(2022-2023\\): inside.*"), printed);
        assertTrue(printed.matches("(?s).*\\n  too-few +[0-9.]+ .* vs 0-0.001 \\(2022-2023\\): above.*"), printed);
        assertTrue(printed.matches("(?s).*\\n  too-long +cannot say: the run has 3 year\\(s\\); the target needs years 1-5\\n.*"),
                printed);
        assertTrue(printed.contains("calibration targets inside (a fit); no check that the model was not tuned on"), printed);
    }

    @Test
    void manifestRecordsEachTargetWithValuesRecomputableFromRunsCsv() {
        Map<String, JsonNode> t = recorded();
        assertEquals(List.of("missiles", "too-few", "season", "clash-rate", "too-long"),
                manifest.path("targets").findValuesAsText("id"));
        double missiles = mean(r -> (col(r, "RED_missile_fired_y1") + col(r, "RED_missile_fired_y2")) / 2);
        assertTrue(missiles > 0, "the test scenario fires missiles");
        assertEquals(missiles, t.get("missiles").path("model_mean").asDouble(), 1e-9, "mean of years 1-2");
        assertEquals("inside", t.get("missiles").path("verdict").asText());
        assertEquals("above", t.get("too-few").path("verdict").asText());
        double share = runs.stream().filter(r -> col(r, "RED_missile_firing_days") > 0)
                .mapToDouble(r -> (col(r, "RED_missile_firing_days_in_mar") + col(r, "RED_missile_firing_days_in_aug"))
                        / col(r, "RED_missile_firing_days")).average().orElseThrow();
        assertEquals(share, t.get("season").path("model_mean").asDouble(), 1e-9, "share of March and August launch days");
        double perYear = mean(r -> col(r, "clashes") / 3);
        assertEquals(perYear, t.get("clash-rate").path("model_mean").asDouble(), 1e-9, "clashes per year of a 3-year run");
        JsonNode longer = t.get("too-long");
        assertEquals("cannot say", longer.path("verdict").asText());
        assertTrue(longer.path("model_mean").isNull(), "no number for a target the run cannot speak to: " + longer);
        assertTrue(longer.path("reason").asText().contains("3 year(s)"), longer.toString());
    }

    @Test
    void monthlyFiringDaysAddUpToTheRunsFiringDays() {
        for (CSVRecord r : runs) {
            double months = 0;
            for (String m : List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")) {
                months += col(r, "RED_missile_firing_days_in_" + m);
            }
            assertEquals(col(r, "RED_missile_firing_days"), months, 1e-9, "replication " + r.get("replication"));
            assertEquals(col(r, "RED_missile_firing_days_y1") + col(r, "RED_missile_firing_days_y2")
                    + col(r, "RED_missile_firing_days_y3"), months, 1e-9);
        }
    }

    @Test
    void reportShowsTheTableNearTheTop() throws Exception {
        String html = Files.readString(out.resolve("report.html"));
        int table = html.indexOf("<h2>The model against the record</h2>");
        assertTrue(table > 0 && table < html.indexOf("<h2>Key numbers</h2>"), "before the key numbers");
        assertTrue(html.contains("<td>too-few</td>") && html.contains("<b>above</b>"), "each target with its verdict");
        assertTrue(html.contains("<b>cannot say</b>: the run has 3 year(s)"), "why a target cannot be checked");
    }

    @Test
    void aTargetNamingNoOutcomeIsRefusedWithItsLine() throws Exception {
        Path file = scenario("typo", """
                targets:
                  missiles:
                    outcome: RED_missile_fird_y{y}
                    years: [1, 2]
                    observed: [0, 10]
                    period: 2022-2023
                    source: a test
                """);
        CliTest.Result r = brink("validate", file.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        int line = Files.readAllLines(file).indexOf("    outcome: RED_missile_fird_y{y}") + 1;
        assertTrue(r.err().contains("typo.yaml:" + line + ":") && r.err().contains("targets.missiles.outcome")
                && r.err().contains("did you mean 'RED_missile_fired_y{y}'?"), r.err());
        assertTrue(r.err().lines().noneMatch(l -> l.contains("Exception")), "no stack trace: " + r.err());
    }

    @Test
    void aBackwardsRangeIsRefused() throws Exception {
        Path file = scenario("backwards", TARGETS.replace("observed: [0, 100]\n    period: 2010-2024",
                "observed: [100, 0]\n    period: 2010-2024"));
        CliTest.Result r = brink("validate", file.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("targets.clash-rate.observed") && r.err().contains("low <= high"), r.err());
    }

    @Test
    void compareSaysWhichScenariosStayInside() throws Exception {
        Path narrow = scenario("narrow", TARGETS.replace("observed: [0, 1000000]", "observed: [0, 0.5]"));
        CliTest.Result r = brink("compare", scenario("with-targets", TARGETS).toString(), narrow.toString(), "--reps", "20",
                "--no-charts", "--out", dir.resolve("cmp").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Inside the record?"), r.out());
        assertTrue(r.out().matches("(?s).*\\n  with-targets +2 of 5 calibration targets inside; too-few above; season .*"), r.out());
        assertTrue(r.out().matches("(?s).*\\n  narrow +1 of 5 calibration targets inside; missiles above; too-few above.*"), r.out());
    }

    @Test
    void checksArePrintedApartFromCalibrationTargetsWithTheirNotes() throws Exception {
        CliTest.Result r = brink("run", "scenarios/exercises-suspended.yaml", "--years", "3", "--reps", "30", "--no-charts",
                "--out", dir.resolve("checks").toString());
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        int tuned = out.indexOf("Tuned to these");
        int checks = out.indexOf("Not used in tuning");
        assertTrue(tuned > 0 && checks > tuned, out);
        String checkPart = out.substring(checks);
        for (String id : List.of("dprk-missiles", "dprk-launch-days", "launch-season")) {
            assertTrue(checkPart.contains("\n  " + id + " "), id + " is a check: " + out);
        }
        assertTrue(checkPart.contains("missiles a year in the years without the large US-ROK field exercises"), "its note");
        assertTrue(out.contains("calibration targets inside (a fit); ") && out.contains(" of 6 checks inside"), out);
        JsonNode m = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("checks/manifest.json").toFile());
        for (JsonNode t : m.path("targets")) {
            boolean check = List.of("dprk-missiles", "dprk-launch-days", "launch-season", "launch-quarter-busiest", "launch-quarter-quietest",
                    "launch-august")
                    .contains(t.path("id").asText());
            assertEquals(check ? "check" : "calibration", t.path("use").asText(), t.toString());
            assertTrue(t.path("model_mean_ci95_low").asDouble() <= t.path("model_mean").asDouble()
                    && t.path("model_mean").asDouble() <= t.path("model_mean_ci95_high").asDouble(), t.toString());
        }
    }
}
