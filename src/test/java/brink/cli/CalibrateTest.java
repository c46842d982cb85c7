package brink.cli;

import static brink.cli.CliTest.brink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import brink.analysis.Abc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brink calibrate} recovers a known answer: the test scenario's record is made by the model itself at a test
 * rate of 10 a year, and calibration from a prior of 1-30 must bring the rate back, with a posterior that contains 10.
 */
class CalibrateTest {
    @TempDir
    Path dir;

    @Test
    void recoversTheRateThatMadeTheRecord() throws Exception {
        // the "record": tests per year at rate 10, as the model gives them (400 replications)
        Path truth = dir.resolve("truth");
        assertEquals(0, brink("run", TestFiles.resource("three-actors.yaml").toString(), "--set", "events.test.rate=10", "--reps",
                "400", "--no-charts", "-q", "--out", truth.toString()).exit());
        List<String> runs = Files.readAllLines(truth.resolve("runs.csv"));
        int c = List.of(runs.get(0).split(",")).indexOf("count_test");
        double perYear = runs.subList(1, runs.size()).stream().mapToDouble(l -> Double.parseDouble(l.split(",")[c])).average()
                .orElseThrow() / 3;
        String targets = String.format(Locale.ROOT, """

                targets:
                  tests:
                    outcome: count_test
                    perYear: true
                    observed: [%.3f, %.3f]
                    period: made by the model at rate 10
                    source: this test
                """, perYear * 0.8, perYear * 1.2);
        Path scenario = TestFiles.write(dir, "with-record.yaml", Files.readString(TestFiles.resource("three-actors.yaml")) + targets);
        Path out = dir.resolve("cal");
        CliTest.Result r = brink("calibrate", scenario.toString(), "--vary", "events.test.rate=1:30", "--samples", "100", "--reps",
                "20", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        // fewer than 20 kept draws are too few to read a 5-95 % range from, and the output says so (and only then)
        java.util.regex.Matcher kept = java.util.regex.Pattern.compile("(\\d+) of 100 draws keep").matcher(r.out());
        assertTrue(kept.find(), r.out());
        assertEquals(Integer.parseInt(kept.group(1)) < 20, r.out().contains("Warning: only " + kept.group(1) + " draw(s) kept"), r.out());
        CliTest.Result many = brink("calibrate", scenario.toString(), "--vary", "events.test.rate=5:15", "--samples", "60", "--reps",
                "5", "--no-charts", "--tolerance", "0.5", "--out", dir.resolve("many").toString());
        assertEquals(0, many.exit(), many.err());
        java.util.regex.Matcher k2 = java.util.regex.Pattern.compile("(\\d+) of 60 draws keep").matcher(many.out());
        assertTrue(k2.find(), many.out());
        assertEquals(Integer.parseInt(k2.group(1)) < 20, many.out().contains("Warning: only"), many.out());
        List<String> summary = Files.readAllLines(out.resolve("calibration.csv"));
        assertEquals("parameter,prior_low,prior_high,posterior_median,posterior_p05,posterior_p95,accepted", summary.get(0));
        String[] row = summary.get(1).split(",");
        double median = Double.parseDouble(row[3]);
        double p05 = Double.parseDouble(row[4]);
        double p95 = Double.parseDouble(row[5]);
        System.out.println("[abc] rate 10 recovered as " + median + " [" + p05 + ", " + p95 + "], " + row[6] + " of 100 kept");
        assertEquals(10, median, 2, "the posterior median is near the true rate");
        assertTrue(p05 <= 10 && 10 <= p95, "the posterior holds the true rate");
        assertTrue(p95 - p05 < 10, "and is much narrower than the prior (1-30)");
        // the calibrated scenario loads and carries the median
        String yaml = Files.readString(out.resolve("calibrated.yaml"));
        assertTrue(yaml.contains("extends: ") && yaml.contains("rate: "), yaml);
        Path rerun = dir.resolve("rerun");
        CliTest.Result again = brink("run", out.resolve("calibrated.yaml").toString(), "--extends-anywhere", "--reps", "100",
                "--no-charts", "--out", rerun.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("tests ") && again.out().contains(": inside"), again.out());
        assertTrue(Files.readAllLines(out.resolve("posterior.csv")).stream().skip(1).allMatch(l -> l.contains(",true,")));
        assertTrue(Files.exists(out.resolve("charts/prior-and-posterior.png")), "prior and posterior drawn");
        assertTrue(Files.readString(out.resolve("report.html")).contains("<h2>Prior and posterior</h2>"), "and reported");
    }

    @Test
    void aScenarioWithoutTargetsCannotBeCalibrated() {
        CliTest.Result r = brink("calibrate", TestFiles.resource("three-actors.yaml").toString(), "--vary", "events.test.rate=1:30",
                "--out", dir.resolve("never").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("has no targets: section"), r.err());
    }

    @Test
    void distanceIsZeroInsideAndCountsRangeWidthsOutside() {
        assertEquals(0, Abc.distance(5, 4, 6));
        assertEquals(0.5, Abc.distance(7, 4, 6), 1e-12);
        assertEquals(1.5, Abc.distance(1, 4, 6), 1e-12);
        assertTrue(Double.isNaN(Abc.distance(Double.NaN, 4, 6)), "a target the run cannot speak to is left out");
    }
}
