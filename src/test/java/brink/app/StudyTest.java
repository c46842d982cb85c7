package brink.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.cli.BrinkCommand;
import brink.scenario.ScenarioException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java API gives what the command line gives: the same outcomes in every replication as runs.csv of
 * {@code brink run}, the same paired rows as comparison.csv of {@code brink compare}, on the shipped baseline; and a
 * mistake is a located problem or a plain message, not a stack trace from the model.
 */
class StudyTest {
    @TempDir
    Path dir;

    private static int brink(String... args) {
        StringWriter err = new StringWriter();
        int exit = BrinkCommand.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(0, exit, err.toString());
        return exit;
    }

    private static List<CSVRecord> csv(Path f) throws Exception {
        return brink.TestFiles.csv(f);
    }

    @Test
    void aRunGivesTheOutcomesOfBrinkRun() throws Exception {
        RunResult r = Study.load("scenarios/baseline.yaml").years(2).run(12, 7);
        brink("run", "scenarios/baseline.yaml", "--years", "2", "--reps", "12", "--seed", "7", "--no-charts", "-q", "--out",
                dir.resolve("run").toString());
        List<CSVRecord> rows = csv(dir.resolve("run/runs.csv"));
        for (String name : List.of("clashes", "any_war", "count_missile-test", "DPRK_missile_fired_per_year")) {
            double[] fromCsv = rows.stream().mapToDouble(x -> Double.parseDouble(x.get(name))).toArray();
            assertArrayEquals(fromCsv, r.outcome(name).values(), 1e-9, name);
        }
        assertEquals(12, r.replications());
        assertTrue(r.outcome("clashes").toString().startsWith("Number of limited clashes within 2 years: ")
                && r.outcome("clashes").toString().endsWith("12 replications)"), r.outcome("clashes").toString());
        assertTrue(!r.targets().isEmpty(), "the baseline's targets are checked");
    }

    @Test
    void aComparisonGivesTheRowsOfBrinkCompare() throws Exception {
        Study baseline = Study.load("scenarios/baseline.yaml").years(2);
        ComparisonResult c = baseline.compare(List.of(Study.load("scenarios/us-drawdown.yaml").years(2)), 20, 5);
        brink("compare", "scenarios/baseline.yaml", "scenarios/us-drawdown.yaml", "--years", "2", "--reps", "20", "--seed", "5",
                "--no-charts", "-q", "--out", dir.resolve("cmp").toString());
        List<CSVRecord> rows = csv(dir.resolve("cmp/comparison.csv"));
        assertEquals(rows.size(), c.rows().size());
        for (CSVRecord x : rows) {
            brink.experiment.Comparison.Row row = c.row(x.get("outcome"), x.get("scenario"));
            assertEquals(Double.parseDouble(x.get("value")), row.value(), 1e-6 * Math.max(1, Math.abs(row.value())), x.toString());
            if (!x.get("ci95_low").isEmpty()) {
                assertEquals(Double.parseDouble(x.get("ci95_low")), row.low(), 1e-6 * Math.max(1, Math.abs(row.low())), x.toString());
            }
        }
        assertTrue(c.bottomLine().get(0).startsWith("us-drawdown against baseline"), c.bottomLine().toString());
    }

    /** A sweep from Java gives brink sweep's samples and Sobol indices (the same design, seeds and outcomes). */
    @Test
    void aSweepGivesTheSamplesAndIndicesOfBrinkSweep() throws Exception {
        Sweeps.Result r = Study.load("scenarios/baseline.yaml").years(2).sweep(List.of(brink.analysis.Parameter.parse(
                "events.border-incident.rate=1:6"), brink.analysis.Parameter.parse("actors.DPRK.resolve=0.5:1")),
                brink.analysis.Design.Kind.SOBOL, 4, 3, 11, List.of("clashes", "any_war"));
        brink("sweep", "scenarios/baseline.yaml", "--years", "2", "--vary", "events.border-incident.rate=1:6", "--vary",
                "actors.DPRK.resolve=0.5:1", "--design", "sobol", "--samples", "4", "--reps", "3", "--seed", "11", "--outcomes",
                "clashes,any_war", "--no-charts", "-q", "--out", dir.resolve("sweep").toString());
        List<CSVRecord> samples = csv(dir.resolve("sweep/samples.csv"));
        assertEquals(samples.size(), r.samples().size());
        assertEquals(4 * (2 * 2 + 2), r.samples().size(), "Saltelli's N x (2k + 2)");
        for (String o : List.of("clashes", "any_war")) {
            double[] fromCsv = samples.stream().mapToDouble(x -> Double.parseDouble(x.get(o))).toArray();
            assertArrayEquals(fromCsv, r.means(o), 1e-6, o); // samples.csv writes seven significant digits
        }
        List<CSVRecord> indices = csv(dir.resolve("sweep/sensitivity.csv"));
        assertEquals(2 * 2, indices.size(), "two outcomes x two fields");
        for (CSVRecord x : indices) {
            var sobol = r.sobol().get(x.get("outcome")).stream().filter(i -> r.parameters().get(i.parameter()).path().equals(x.get("parameter")))
                    .findFirst().orElseThrow();
            if (!x.get("S1").isEmpty()) {
                assertEquals(Double.parseDouble(x.get("S1")), sobol.s1(), 1e-4 * Math.max(1, Math.abs(sobol.s1())), x.toString());
                assertEquals(Double.parseDouble(x.get("ST")), sobol.st(), 1e-4 * Math.max(1, Math.abs(sobol.st())), x.toString());
            }
        }
    }

    /** A calibration from Java keeps the draws brink calibrate keeps (posterior.csv), with the same posterior medians. */
    @Test
    void aCalibrationKeepsTheDrawsOfBrinkCalibrate() throws Exception {
        Calibrations.Result r = Study.load("scenarios/baseline.yaml").years(3).calibrate(List.of(brink.analysis.Parameter.parse(
                "actors.DPRK.resolve=0.5:1")), 8, 3, 5, 0.5);
        brink("calibrate", "scenarios/baseline.yaml", "--years", "3", "--vary", "actors.DPRK.resolve=0.5:1", "--samples", "8", "--reps",
                "3", "--seed", "5", "--tolerance", "0.5", "--no-charts", "-q", "--out", dir.resolve("cal").toString());
        assertEquals(8, r.samples().size());
        assertEquals(csv(dir.resolve("cal/posterior.csv")).size(), r.posterior().accepted().size());
        List<CSVRecord> summary = csv(dir.resolve("cal/calibration.csv"));
        if (!r.posterior().accepted().isEmpty()) {
            assertEquals(Double.parseDouble(summary.get(0).get("posterior_median")), r.posterior().summaries().get(0).median(),
                    1e-4 * Math.max(1, Math.abs(r.posterior().summaries().get(0).median())));
        }
    }

    /** A battle from Java gives brink run's final strengths in every replication. */
    @Test
    void aBattleGivesTheRunsOfBrinkRun() throws Exception {
        Battles.Result r = Study.load("scenarios/battle-iwo-jima.yaml").battle(6, 3);
        brink("run", "scenarios/battle-iwo-jima.yaml", "--reps", "6", "--seed", "3", "--no-charts", "-q", "--out", dir.resolve("battle").toString());
        List<CSVRecord> rows = csv(dir.resolve("battle/runs.csv"));
        assertEquals(6, rows.size());
        String[] sides = r.runs().get(0).sides();
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < sides.length; k++) {
                assertEquals(Double.parseDouble(rows.get(i).get("final_" + sides[k])), r.end(i)[k], 1e-6 * Math.max(1, r.end(i)[k]));
            }
        }
    }

    @Test
    void settingsChangeTheRunAsSetDoes() throws Exception {
        Study baseline = Study.load("scenarios/baseline.yaml").years(1);
        double tests = baseline.run(20, 3).outcome("count_missile-test").mean();
        double more = baseline.set("events.missile-test.rate", "40").run(20, 3).outcome("count_missile-test").mean();
        assertTrue(more > tests + 5, tests + " -> " + more);
    }

    @Test
    void mistakesAreToldNotThrownFromTheModel() {
        ScenarioException missing = assertThrows(ScenarioException.class, () -> Study.load(dir.resolve("nothing.yaml")));
        assertTrue(missing.problems().get(0).toString().contains("nothing.yaml"), missing.problems().toString());
        ScenarioException bad = assertThrows(ScenarioException.class,
                () -> Study.load("scenarios/baseline.yaml").set("events.missile-test.rat", "3"));
        assertTrue(bad.problems().get(0).toString().contains("did you mean 'rate'"), bad.problems().toString());
        IllegalArgumentException outcome = assertThrows(IllegalArgumentException.class,
                () -> Study.load("scenarios/baseline.yaml").years(0.1).run(2).outcome("clash"));
        assertTrue(outcome.getMessage().contains("did you mean 'clashes'"), outcome.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Study.load("scenarios/baseline.yaml").run(0));
        assertThrows(IllegalArgumentException.class, () -> Study.load("scenarios/battle-tanks.yaml").run(1));
        // a sweep's range is tried at its ends before any sample runs, and an unknown outcome is named, as brink sweep does
        Sweeps.RangeRefused range = assertThrows(Sweeps.RangeRefused.class, () -> Study.load("scenarios/baseline.yaml").years(1)
                .sweep(List.of(brink.analysis.Parameter.parse("actors.DPRK.resolve=0.5:3")), brink.analysis.Design.Kind.LHS, 4, 2, 1, List.of()));
        assertTrue(range.getMessage().contains("cannot be swept: at 3") && range.problems().getMessage().contains("resolve"), range.getMessage());
        Refused unknown = assertThrows(Refused.class, () -> Study.load("scenarios/baseline.yaml").years(1)
                .sweep(List.of(brink.analysis.Parameter.parse("actors.DPRK.resolve=0.5:1")), brink.analysis.Design.Kind.LHS, 4, 2, 1,
                        List.of("clashs")));
        assertTrue(unknown.getMessage().contains("did you mean 'clashes'"), unknown.getMessage());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing written");
    }
}
