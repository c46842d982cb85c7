package brink.cli;

import static brink.cli.CliTest.brink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brink sweep} as a user meets it: the tables, common random numbers, an inert field, resuming, mistakes. */
class SweepTest {
    @TempDir
    Path dir;

    private static String three() {
        return TestFiles.resource("three-actors.yaml").toString();
    }

    private static List<Map<String, String>> rows(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        String[] head = lines.get(0).split(",");
        return lines.subList(1, lines.size()).stream().map(l -> {
            String[] cells = l.split(",", -1);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < head.length; i++) {
                m.put(head[i], cells[i]);
            }
            return m;
        }).toList();
    }

    @Test
    void aLatinHypercubeSweepWritesItsSamplesAndManifest() throws Exception {
        Path out = dir.resolve("lhs");
        CliTest.Result r = brink("sweep", three(), "--vary", "events.test.rate=2:20", "--vary", "actors.BLUE.resolve=0.2:0.9",
                "--samples", "6", "--reps", "4", "--outcomes", "count_test,any_clash", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("samples.csv"));
        assertEquals("sample,events.test.rate,actors.BLUE.resolve,count_test,count_test_low,count_test_high,any_clash,"
                + "any_clash_low,any_clash_high", lines.get(0));
        assertEquals(7, lines.size(), "one row per sample");
        for (Map<String, String> row : rows(out.resolve("samples.csv"))) {
            double rate = Double.parseDouble(row.get("events.test.rate"));
            assertTrue(rate >= 2 && rate <= 20, "inside the range: " + rate);
            double p = Double.parseDouble(row.get("any_clash"));
            assertTrue(Double.parseDouble(row.get("any_clash_low")) >= 0 && Double.parseDouble(row.get("any_clash_high")) <= 1
                    && Double.parseDouble(row.get("any_clash_low")) <= p, "a probability's interval stays in [0, 1]: " + row);
        }
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("lhs", m.path("design").path("kind").asText());
        assertEquals(6, m.path("design").path("samples").asInt());
        assertEquals("2:20", m.path("parameters").get(0).path("range").asText());
        assertFalse(Files.exists(out.resolve("sensitivity.csv")), "no indices from a Latin hypercube");
        assertFalse(Files.exists(out.resolve(DesignRun.CHECKPOINT)), "the checkpoint goes once the sweep is done");
    }

    @Test
    void samplesShareTheirReplicationSeeds() throws Exception {
        // recording.dailyDays changes what series.csv would record, never the model: with common random numbers the two
        // levels must give identical outcomes, sample for sample
        Path out = dir.resolve("crn");
        assertEquals(0, brink("sweep", three(), "--vary", "recording.dailyDays=0,30", "--vary", "events.test.rate=4:12",
                "--design", "grid", "--samples", "3", "--reps", "5", "--outcomes", "count_test,clashes", "--out", out.toString(),
                "-q").exit());
        List<Map<String, String>> rows = rows(out.resolve("samples.csv"));
        assertEquals(6, rows.size(), "2 levels x 3 points");
        for (Map<String, String> a : rows) {
            for (Map<String, String> b : rows) {
                if (a.get("events.test.rate").equals(b.get("events.test.rate"))) {
                    assertEquals(a.get("count_test"), b.get("count_test"));
                    assertEquals(a.get("clashes"), b.get("clashes"));
                }
            }
        }
        assertTrue(rows.stream().map(x -> x.get("count_test")).distinct().count() == 3, "the rate itself does change the outcome");
    }

    @Test
    void aFieldThatCannotAffectTheModelHasATotalIndexOfZero() throws Exception {
        Path out = dir.resolve("sobol");
        CliTest.Result r = brink("sweep", three(), "--vary", "events.test.rate=2:20", "--vary", "recording.dailyDays=0:30",
                "--design", "sobol", "--samples", "16", "--reps", "4", "--outcomes", "count_test", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        Map<String, Map<String, String>> byParameter = new HashMap<>();
        rows(out.resolve("sensitivity.csv")).forEach(row -> byParameter.put(row.get("parameter"), row));
        assertEquals(0, Double.parseDouble(byParameter.get("recording.dailyDays").get("ST")), 1e-9, "inert: ST = 0");
        assertTrue(Double.parseDouble(byParameter.get("events.test.rate").get("ST")) > 0.8,
                "the test rate drives the number of tests: " + byParameter.get("events.test.rate"));
        assertTrue(r.out().contains("Which field matters (Sobol total index ST") && r.out().contains("count_test:"), r.out());
        assertEquals(16 * (2 * 2 + 2) + 1, Files.readAllLines(out.resolve("samples.csv")).size(), "n(2k+2) samples");
        // the charts a class reads: outcome against each field, the ranked indices, a heat map for two fields
        for (String chart : List.of("outcome-count_test", "sensitivity-count_test", "heatmap-count_test")) {
            assertTrue(Files.size(out.resolve("charts/" + chart + ".png")) > 5_000 && Files.exists(out.resolve("charts/" + chart + ".svg")),
                    chart);
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2>Which field matters</h2>") && html.contains("<td>recording.dailyDays</td>")
                && html.contains("<figure id=\"sensitivity-count_test\">"), "report.html");
        if (brink.Chromium.installed()) {
            String loaded = brink.Chromium.dom(out.resolve("report.html"), dir);
            assertTrue(loaded.split("<svg", -1).length - 1 >= 3, "the report shows its charts in a browser");
            java.awt.image.BufferedImage img = brink.Chromium.screenshot(out.resolve("report.html"), dir, 1200, 2400);
            assertTrue(brink.Chromium.colouredSamples(img, 400) > 500, "charts visible in the rendered page");
        }
    }

    @Test
    void morrisWritesItsMeasures() throws Exception {
        Path out = dir.resolve("morris");
        assertEquals(0, brink("sweep", three(), "--vary", "events.test.rate=2:20", "--vary", "recording.dailyDays=0:30",
                "--design", "morris", "--samples", "4", "--reps", "3", "--outcomes", "count_test", "--out", out.toString(),
                "-q").exit());
        List<Map<String, String>> rows = rows(out.resolve("sensitivity.csv"));
        assertEquals("outcome,parameter,mu_star,mu_star_low,mu_star_high,sigma",
                Files.readAllLines(out.resolve("sensitivity.csv")).get(0));
        Map<String, String> inert = rows.stream().filter(x -> x.get("parameter").equals("recording.dailyDays")).findFirst().orElseThrow();
        assertEquals(0, Double.parseDouble(inert.get("mu_star")), 1e-12);
    }

    @Test
    void anInterruptedSweepResumesToTheSameOutputs() throws Exception {
        String[] sweep = {"sweep", three(), "--vary", "events.test.rate=2:20", "--vary", "actors.BLUE.resolve=0.2:0.9",
            "--design", "sobol", "--samples", "8", "--reps", "30", "--outcomes", "count_test,any_clash", "--threads", "1", "-q"};
        Path whole = dir.resolve("whole");
        assertEquals(0, brink(concat(sweep, "--out", whole.toString())).exit());
        // the same sweep in another JVM, killed (as by a power cut) once some samples are in its checkpoint
        Path cut = dir.resolve("cut");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "brink.cli.BrinkCommand"));
        cmd.addAll(List.of(concat(sweep, "--out", cut.toString())));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path checkpoint = cut.resolve(DesignRun.CHECKPOINT);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && (!Files.exists(checkpoint) || Files.readAllLines(checkpoint).size() < 10)) {
            Thread.sleep(10);
        }
        p.destroyForcibly();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        int kept = Files.readAllLines(checkpoint).size() - 1;
        assertTrue(kept >= 9 && kept < 48, "killed part-way: " + kept + " of 48 samples kept");
        assertFalse(Files.exists(cut.resolve("samples.csv")), "nothing but the checkpoint before the end");
        // a checkpoint is read like any input: a phantom sample the design does not have is left out (and said), and a
        // last line cut off mid-number (here a finished sample's line, shortened) is run again rather than trusted
        String text = Files.readString(checkpoint);
        List<String> lines = new java.util.ArrayList<>(List.of(text.substring(0, text.lastIndexOf('\n') + 1).split("\n")));
        String last = lines.remove(lines.size() - 1);
        String phantom = "999" + lines.get(1).substring(lines.get(1).indexOf(','));
        Files.writeString(checkpoint, String.join("\n", lines) + "\n" + phantom + "\n" + last.substring(0, last.length() - 3));
        CliTest.Result r = brink(concat(sweep, "--out", cut.toString(), "--resume"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("--resume left out 1 line(s)") && r.err().contains("sample 999 is not in this design"), r.err());
        assertEquals(Files.readString(whole.resolve("samples.csv")), Files.readString(cut.resolve("samples.csv")));
        assertEquals(Files.readString(whole.resolve("sensitivity.csv")), Files.readString(cut.resolve("sensitivity.csv")));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void mistakesAreRefusedBeforeAnySampleRuns() {
        Path out = dir.resolve("never");
        String[][] cases = {
            {"--vary", "events.test.rate", "expected PATH=LOW:HIGH"},
            {"--vary", "events.test.rate=5:1", "LOW < HIGH"},
            {"--vary", "events.test.rate=-5:1", "--vary events.test.rate=-5:1 cannot be swept: at -5 the scenario is refused"},
            {"--vary", "events.tset.rate=1:5", "events.tset: there is no 'tset' here, did you mean 'test'?"},
            {"--vary", "ladder.start=0:50", "--vary ladder.start=0:50 cannot be swept: at "},
            {"--outcomes", "count_tset", "did you mean 'count_test'?"},
            {"--design", "magic", "--design must be grid, lhs, sobol or morris"},
            {"--vary", "info.title=1:3", "info.title is 'Three actors (test)' in this scenario, not a number"},
            {"--vary", "events.test.rate=0:1e13", "'1e13' is too large: a field takes numbers up to 1e12 in size"},
            {"--vary", "events.test.rate=0:NaN", "'NaN' is not a number"},
        };
        for (String[] c : cases) {
            List<String> args = new java.util.ArrayList<>(List.of("sweep", three(), "--out", out.toString(), "--reps", "2",
                    "--samples", "2"));
            if (!c[0].equals("--vary")) {
                args.addAll(List.of("--vary", "events.test.rate=1:5"));
            }
            args.add(c[0]);
            args.add(c[1]);
            CliTest.Result r = brink(args.toArray(String[]::new));
            assertEquals(2, r.exit(), c[1]);
            assertTrue(r.err().contains(c[2]), c[1] + " -> " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        // a design's size is checked before it is built: no ArithmeticException, no OutOfMemoryError
        CliTest.Result grid = brink("sweep", three(), "--vary", "events.test.rate=1:5", "--vary", "ladder.start=0:2", "--design", "grid",
                "--samples", "1000000", "--out", out.toString());
        assertTrue(grid.exit() == 2 && grid.err().contains("the grid design would have 1,000,000,000,000 samples"), grid.err());
        CliTest.Result sobol = brink("sweep", three(), "--vary", "events.test.rate=1:5", "--design", "sobol", "--samples", "1000000",
                "--out", out.toString());
        assertTrue(sobol.exit() == 2 && sobol.err().contains("the sobol design would have 4,000,000 samples"), sobol.err());
        assertFalse(Files.exists(out), "nothing written");
        CliTest.Result battle = brink("sweep", "scenarios/battle-tanks.yaml", "--vary", "battle.noise=0:1", "--out", out.toString());
        assertTrue(battle.exit() == 2 && battle.err().contains("sweeps run theatre scenarios"), battle.err());
    }

    @Test
    void discoveryFindsTheFieldThatDrivesTheOutcome() throws Exception {
        Path out = dir.resolve("discover");
        assertEquals(0, brink("sweep", three(), "--vary", "events.test.rate=2:20", "--vary", "recording.dailyDays=0:30",
                "--samples", "80", "--reps", "3", "--outcomes", "count_test", "--out", out.toString(), "-q").exit());
        CliTest.Result r = brink("discover", out.toString(), "--where", "count_test > 25");
        assertEquals(0, r.exit(), r.err());
        List<Map<String, String>> box = rows(out.resolve("boxes.csv"));
        Map<String, String> rate = box.stream().filter(x -> x.get("parameter").equals("events.test.rate")).findFirst().orElseThrow();
        Map<String, String> inert = box.stream().filter(x -> x.get("parameter").equals("recording.dailyDays")).findFirst().orElseThrow();
        assertEquals("true", rate.get("restricted"), "more tests need a higher test rate: " + rate);
        assertTrue(Double.parseDouble(rate.get("low")) > 5, rate.toString());
        assertTrue(inert.get("restricted").equals("false") || Double.parseDouble(inert.get("qp")) > 0.05, "inert: " + inert);
        assertTrue(Double.parseDouble(rate.get("density")) >= 0.8, rate.toString());
        assertTrue(Files.readAllLines(out.resolve("trajectory.csv")).get(0).equals("step,coverage,density,mass,samples,cases,chosen,box"));
        assertTrue(r.out().contains("samples have count_test > 25") && r.out().contains("matters"), r.out());
        // where the scenario itself stands against the box: its own test rate, recorded by the sweep
        double own = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("manifest.json").toFile())
                .path("parameters").path(0).path("scenario_value").asDouble(-1);
        assertTrue(own > 0, "the sweep records the scenario's own value of each field");
        assertTrue(r.out().contains("The scenario itself (three-actors) stands at: events.test.rate " + brink.output.Csv.number(own)),
                r.out());
        assertTrue(Files.exists(out.resolve("charts/prim-trajectory.png")), "the peeling trajectory is drawn");
        assertTrue(Files.readString(out.resolve("report.html")).contains("Scenario discovery: count_test &gt; 25"), "and reported");
        // the box's limits as written select exactly the samples the chosen box holds
        Map<String, String> chosen = rows(out.resolve("trajectory.csv")).stream().filter(x -> x.get("chosen").equals("true"))
                .findFirst().orElseThrow();
        List<Map<String, String>> samples = rows(out.resolve("samples.csv"));
        long inside = samples.stream().filter(s -> box.stream().allMatch(l -> {
            double v = Double.parseDouble(s.get(l.get("parameter")));
            return v >= Double.parseDouble(l.get("low")) && v <= Double.parseDouble(l.get("high"));
        })).count();
        assertEquals(Long.parseLong(chosen.get("samples")), inside, "applying boxes.csv gives the reported samples");
        // --no-charts leaves what it did not draw
        String report = Files.readString(out.resolve("report.html"));
        CliTest.Result quiet = brink("discover", out.toString(), "--where", "count_test > 30", "--no-charts");
        assertEquals(0, quiet.exit(), quiet.err());
        assertEquals(report, Files.readString(out.resolve("report.html")), "discover --no-charts keeps the report it did not draw");
        assertTrue(Files.exists(out.resolve("charts/prim-trajectory.png")), "and the charts");
        assertTrue(quiet.out().contains("are as they were") && !quiet.out().contains("redrew"), quiet.out());

        CliTest.Result typo = brink("discover", out.toString(), "--where", "count_tst > 3");
        assertTrue(typo.exit() == 2 && typo.err().contains("did you mean 'count_test'?"), typo.err());
        CliTest.Result bad = brink("discover", out.toString(), "--where", "count_test is big");
        assertTrue(bad.exit() == 2 && bad.err().contains("expected OUTCOME > VALUE"), bad.err());
        CliTest.Result notSweep = brink("discover", dir.toString(), "--where", "x > 1");
        assertTrue(notSweep.exit() == 2 && notSweep.err().contains("is it the output folder of brink sweep?"), notSweep.err());
    }

    @Test
    void anExperimentFileHoldsTheWholeSweep() throws Exception {
        TestFiles.write(dir, "exp/three.yaml", Files.readString(TestFiles.resource("three-actors.yaml")));
        Path experiment = TestFiles.write(dir, "exp/tests.yaml", """
                experiment:
                  scenario: three.yaml
                  parameters:
                    - {path: events.test.rate, low: 2, high: 20}
                    - {path: actors.BLUE.resolve, low: 0.2, high: 0.9, distribution: log-uniform}
                    - {path: recording.dailyDays, levels: [0, 30]}
                  set: ["events.talks.rate=0"]
                  outcomes: [count_test, count_talks]
                  design: grid
                  samples: 2
                  replications: 3
                  seed: 99
                """);
        Path out = dir.resolve("exp-out");
        CliTest.Result r = brink("sweep", experiment.toString(), "--out", out.toString(), "--reps", "4", "-q", "--no-charts");
        assertEquals(0, r.exit(), r.err());
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("grid", m.path("design").path("kind").asText());
        assertEquals(8, m.path("design").path("samples").asInt(), "2 x 2 x 2 levels");
        assertEquals(4, m.path("replications").asInt(), "--reps on the command line wins over the file");
        assertEquals(99, m.path("base_seed").asLong(), "the file's seed");
        assertEquals("log-uniform", m.path("parameters").get(1).path("distribution").asText());
        assertEquals("events.talks.rate=0", m.path("scenario").path("settings").get(0).asText());
        for (Map<String, String> row : rows(out.resolve("samples.csv"))) {
            assertEquals(0, Double.parseDouble(row.get("count_talks")), "the file's set: applies to every sample");
        }
        Path bad = TestFiles.write(dir, "exp/bad.yaml", """
                experiment:
                  scenario: three.yaml
                  parameters:
                    - {path: events.test.rate, low: 20, high: 2}
                  desgn: sobol
                """);
        CliTest.Result refused = brink("sweep", bad.toString(), "--out", dir.resolve("never").toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("bad.yaml:5:3: experiment.desgn: unknown key, did you mean 'design'?"), refused.err());
        CliTest.Result both = brink("sweep", experiment.toString(), "--vary", "events.test.rate=1:2", "--out", dir.resolve("never").toString());
        assertTrue(both.exit() == 2 && both.err().contains("no --vary with it"), both.err());
    }

    @Test
    void aDeclaredLeverCanBeSweptByItsName() throws Exception {
        Path own = TestFiles.write(dir, "own.yaml", Files.readString(TestFiles.resource("three-actors.yaml")) + """

                levers:
                  red-tests:
                    label: RED's test rate (x)
                    scale: [events.test.rate]
                """);
        Path out = dir.resolve("lever");
        CliTest.Result r = brink("sweep", own.toString(), "--vary", "red-tests=0.5,1,2", "--design", "grid", "--reps", "5",
                "--outcomes", "count_test", "--out", out.toString(), "-q", "--no-charts");
        assertEquals(0, r.exit(), r.err());
        List<Map<String, String>> rows = rows(out.resolve("samples.csv"));
        double low = Double.parseDouble(rows.get(0).get("count_test"));
        double high = Double.parseDouble(rows.get(2).get("count_test"));
        assertEquals("0.5", rows.get(0).get("red-tests"));
        assertTrue(high > 2.5 * low, "four times the rate, about four times the tests: " + low + " -> " + high);
        CliTest.Result bad = brink("sweep", own.toString(), "--vary", "red-tests=1:9", "--out", dir.resolve("never").toString());
        assertTrue(bad.exit() == 2 && bad.err().contains("out of the lever's range: 9"), bad.err());
    }

    @Test
    void theSparkEngineNeedsTheSparkBuild() {
        boolean sparkHere;
        try {
            Class.forName("org.apache.spark.SparkConf");
            sparkHere = true;
        } catch (ClassNotFoundException e) {
            sparkHere = false;
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(sparkHere, "this is the -Pspark build: SparkEngineTest covers it");
        CliTest.Result r = brink("sweep", three(), "--vary", "events.test.rate=2:20", "--engine", "spark", "--out",
                dir.resolve("never").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--engine spark needs the Spark build of Brink: mvn -B -Pspark package"), r.err());
        CliTest.Result master = brink("sweep", three(), "--vary", "events.test.rate=2:20", "--master", "local[2]", "--out",
                dir.resolve("never").toString());
        assertTrue(master.exit() == 2 && master.err().contains("--master is for --engine spark"), master.err());
    }

    /**
     * --years shorter than the baseline's dated content (a transfer begins in 2026) gives the same answer everywhere: run,
     * compare, sweep and calibrate all accept it, what falls beyond the horizon does not happen, and each says which.
     */
    @Test
    void aShortHorizonIsAcceptedByEveryCommandAsByRun() {
        String baseline = "scenarios/baseline.yaml";
        String note = "brink: note: --years 1 ends the run on 2025-12-31; 1 dated entry of baseline.yaml falls after it and does not "
                + "happen: transfers.tomahawks-to-japan (2026-04-01)";
        CliTest.Result run = brink("run", baseline, "--years", "1", "--reps", "2", "--no-charts", "-q", "--out", dir.resolve("y-run").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains(note), run.err());
        CliTest.Result compare = brink("compare", baseline, "scenarios/us-drawdown.yaml", "--years", "1", "--reps", "2", "--no-charts",
                "-q", "--out", dir.resolve("y-cmp").toString());
        assertEquals(0, compare.exit(), compare.err());
        assertTrue(compare.err().contains(note) && compare.err().contains("of us-drawdown.yaml falls after it"), compare.err());
        CliTest.Result sweep = brink("sweep", baseline, "--vary", "events.border-incident.rate=1:8", "--years", "1", "--samples", "2",
                "--reps", "2", "--no-charts", "-q", "--out", dir.resolve("y-sweep").toString());
        assertEquals(0, sweep.exit(), sweep.err());
        assertTrue(sweep.err().contains(note), sweep.err());
        CliTest.Result calibrate = brink("calibrate", baseline, "--vary", "events.border-incident.rate=1:8", "--years", "1",
                "--samples", "2", "--reps", "2", "--no-charts", "-q", "--out", dir.resolve("y-cal").toString());
        assertEquals(0, calibrate.exit(), calibrate.err());
        assertTrue(calibrate.err().contains(note), calibrate.err());
        CliTest.Result whole = brink("run", baseline, "--years", "10", "--reps", "1", "--no-charts", "-q", "--out",
                dir.resolve("y-whole").toString());
        assertTrue(!whole.err().contains("note: --years"), "nothing falls beyond the scenario's own horizon: " + whole.err());
    }

    /** An experiment file's parameter that the scenario refuses is named by the file's line, not as a --vary option. */
    @Test
    void anExperimentParameterProblemNamesTheFile() throws Exception {
        Path x = dir.resolve("bad-experiment.yaml");
        Files.writeString(x, "experiment:\n  scenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n  parameters:\n"
                + "    - {path: events.border-incident.rate, low: 1, high: 8}\n    - {path: info.title, low: 1, high: 2}\n");
        CliTest.Result r = brink("sweep", x.toString(), "--samples", "2", "--reps", "1", "--no-charts", "-q", "--out",
                dir.resolve("bad-x").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(x + ":5:") && r.err().contains("experiment.parameters[1] (info.title="), r.err());
        assertTrue(!r.err().contains("--vary"), r.err());
    }

    /** A file too large to read is said to be so, not "nothing to vary". */
    @Test
    void aTooLargeFileIsSaidToBeSo() throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "experiment:\n  scenario: baseline.yaml\n# " + "x".repeat(2_100_000) + "\n");
        CliTest.Result r = brink("sweep", big.toString(), "--samples", "2", "--no-charts", "--out", dir.resolve("big").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("is 2.1 MB, too large for a scenario, experiment or move sheet file"), r.err());
        assertTrue(!r.err().contains("nothing to vary"), r.err());
    }

    /** A NaN in a varied field's column of samples.csv is a located error for discover and chart, not an exception. */
    @Test
    void aDamagedSamplesFileIsALocatedError() throws Exception {
        Path out = dir.resolve("damaged");
        assertEquals(0, brink("sweep", three(), "--vary", "events.test.rate=2:20", "--samples", "6", "--reps", "2", "--no-charts",
                "--out", out.toString(), "-q").exit());
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(out.resolve("samples.csv")));
        String[] cells = lines.get(2).split(",", -1);
        cells[1] = "NaN";
        lines.set(2, String.join(",", cells));
        Files.write(out.resolve("samples.csv"), lines);
        for (String[] command : new String[][] {{"discover", out.toString(), "--where", "count_test > 5"}, {"chart", out.toString()}}) {
            CliTest.Result r = brink(command);
            assertTrue(r.exit() == 2 && r.err().contains("samples.csv line 3, events.test.rate: 'NaN' is not a value of the varied field")
                    && !r.err().contains("Exception"), command[0] + ": " + r.err());
        }
    }
}
