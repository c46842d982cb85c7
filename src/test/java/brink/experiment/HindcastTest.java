package brink.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.cli.BrinkCommand;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped hindcast (scenarios/hindcast-2017.yaml): run as a student runs it, every check's verdict is computed,
 * printed and recorded in manifest.json (whatever it is: this test does not ask the model to pass); the inputs take
 * effect on their dates; and what its notice, the README and docs/ODD.md say of the verdicts holds (1,000 replications, the
 * default seed, as they were run).
 */
class HindcastTest {
    @TempDir
    static Path dir;
    static String printed;
    static Map<String, JsonNode> targets = new HashMap<>();
    static Path out;

    @BeforeAll
    static void run() throws Exception {
        out = dir.resolve("hindcast");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        // the README's and docs' numbers come from this run: 1,000 replications, the default seed
        int exit = BrinkCommand.execute(new String[] {"run", "scenarios/hindcast-2017.yaml", "--reps", "1000", "--no-charts", "--out",
                out.toString()}, new PrintWriter(o, true), new PrintWriter(e, true));
        assertEquals(0, exit, e.toString());
        printed = o.toString();
        for (JsonNode t : new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).path("targets")) {
            targets.put(t.path("id").asText(), t);
        }
    }

    private static String verdict(String id) {
        return targets.get(id).path("verdict").asText();
    }

    @Test
    void everyYearIsCheckedPrintedAndRecorded() {
        List<String> yearly = IntStream.rangeClosed(2017, 2024).boxed()
                .flatMap(y -> List.of("missiles-" + y, "launch-days-" + y, "exchanges-" + y).stream()).toList();
        for (String id : yearly) {
            JsonNode t = targets.get(id);
            assertTrue(t != null, id + " in manifest.json");
            assertEquals("check", t.path("use").asText(), id);
            assertEquals("band", t.path("against").asText(), id);
            assertTrue(List.of("inside", "below", "above").contains(verdict(id)), id + ": " + verdict(id));
            assertTrue(t.path("model_p05").isNumber() && t.path("model_p95").isNumber(), id + " records the band");
            assertTrue(printed.lines().anyMatch(l -> l.trim().startsWith(id + " ") && l.contains("single runs [")
                    && (l.endsWith("inside the band") || l.endsWith("the record"))), id + " printed with its band:\n" + printed);
        }
        for (JsonNode t : targets.values()) {
            assertTrue(!verdict(t.path("id").asText()).equals("cannot say"), t.path("id").asText() + ": " + t.path("reason").asText());
        }
        assertTrue(printed.contains("Not used in tuning (checks: an independent test of the model):"), printed);
    }

    @Test
    void theInputsTakeEffectOnTheirDates() throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("events.csv")).stream().filter(l -> l.startsWith("0,")).toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("2018-04-01,US+ROK,DPRK,exercise begins")), "the spring exercise of 2018 in April");
        assertTrue(lines.stream().noneMatch(l -> (l.contains(",2018-03-10,") || l.contains(",2018-08-18,")) && l.contains("exercise begins")),
                "no exercise on the usual days of 2018");
        assertTrue(lines.stream().anyMatch(l -> l.contains("2019-03-10") && l.contains("scaled down: intensity 0.50")), "scaled down in 2019");
        assertTrue(lines.stream().anyMatch(l -> l.contains("2022-08-18") && l.contains("exercise begins") && !l.contains("scaled down")),
                "the summer field exercise back in 2022");
        for (String day : List.of("2018-04-27", "2018-06-12", "2019-02-27")) {
            assertTrue(lines.stream().anyMatch(l -> l.contains("," + day + ",") && l.contains(",talks,")), "talks on " + day);
        }
        // the US's own shows of force (no cause: not an answer to a test) stop with the summit and resume in Nov 2022
        try (var csv = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(out.resolve("events.csv")))) {
            int during = 0;
            int after = 0;
            for (var r : csv) {
                if (r.get("actor").equals("US") && r.get("type").equals("show of force") && r.get("cause").isEmpty()) {
                    String date = r.get("date");
                    during += date.compareTo("2018-06-12") >= 0 && date.compareTo("2022-11-03") < 0 ? 1 : 0;
                    after += date.compareTo("2022-11-03") >= 0 ? 1 : 0;
                }
            }
            assertEquals(0, during, "US shows of force of its own between the Singapore summit and Nov 2022");
            assertTrue(after > 100, "200 runs x 2 a year over two years: " + after);
        }
    }

    @Test
    void theReadmesCountsAreThisRunsCounts() {
        assertTrue(printed.contains("8 of 8 calibration targets inside (a fit); 20 of 32 checks inside"), printed);
        List<String> core = new java.util.ArrayList<>(List.of("rok-budget-growth", "japan-budget-growth", "exchanges-2017-2024",
                "missiles-2017-2024", "launch-days-2017-2024"));
        for (int y = 2017; y <= 2024; y++) {
            core.add("missiles-" + y);
            core.add("launch-days-" + y);
        }
        assertEquals(21, core.size());
        assertEquals(9, core.stream().filter(id -> verdict(id).equals("inside")).count(), "9 of the 21 checks of launches, budgets "
                + "and the rate of exchanges of fire");
    }

    @Test
    void theNoticeSaysWhatTheVerdictsSay() {
        for (String id : List.of("launch-days-2018", "launch-days-2020", "launch-days-2021", "missiles-2018", "japan-budget-growth")) {
            assertEquals("above", verdict(id), id + ": the notice says the record is below the band");
        }
        assertEquals("below", verdict("launch-days-2022"), "the notice says 2022's surge is above the band");
        for (String id : List.of("launch-days-2017", "launch-days-2019", "launch-days-2023")) {
            assertEquals("inside", verdict(id), id + ": the notice says inside");
        }
        double y2017 = targets.get("launch-days-2017").path("model_mean").asDouble();
        double y2020 = targets.get("launch-days-2020").path("model_mean").asDouble();
        assertTrue(y2017 > 19 && y2017 < 23 && y2020 > 16 && y2020 < 19.5, "about 21 a year, then about 17-18: " + y2017 + ", " + y2020);
    }
}
