package brink.cli;

import static brink.cli.CliTest.brink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * brink robust on a planted problem: a policy that sets the rate of missile tests, judged by the number of tests and
 * the risk of a clash, across futures that vary the rival's resolve. The lowest rate is best in every future (regret 0,
 * recovered as the most robust policy); a threshold is met where it should be; the policies' paired differences over
 * the futures are narrower than two independent samples would give (the futures and random streams are shared); the
 * shipped baseline runs a small posture study; mistakes are located.
 */
class RobustTest {
    @TempDir
    Path dir;

    private static List<CSVRecord> csv(Path f) throws Exception {
        return brink.TestFiles.csv(f);
    }

    @Test
    void thePlantedRobustPolicyIsRecovered() throws Exception {
        Path out = dir.resolve("robust");
        CliTest.Result r = brink("robust", TestFiles.resource("three-actors.yaml").toString(), "--policy", "events.test.rate=2,10,30",
                "--vary", "actors.BLUE.resolve=0.2:0.9", "--samples", "8", "--reps", "20", "--outcomes", "count_test,any_clash",
                "--goal", "count_test=min", "--satisfy", "count_test<40", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("count_test (count over the run, lower is better)") && r.out().contains("Most robust by the largest regret: events.test.rate=2"),
                r.out());
        // a probability's regret is charted in percentage points, as the tables say it; a count's as it is
        assertTrue(Files.readString(out.resolve("charts/regret-any_clash.svg")).contains("Regret in any_clash (percentage points) across"));
        assertTrue(Files.readString(out.resolve("charts/regret-map-any_clash.svg")).contains("Regret in any_clash (percentage points) by"));
        assertFalse(Files.readString(out.resolve("charts/regret-count_test.svg")).contains("percentage points"));
        Map<String, CSVRecord> byPolicy = new HashMap<>();
        for (CSVRecord x : csv(out.resolve("policies.csv"))) {
            if (x.get("outcome").equals("count_test")) {
                byPolicy.put(x.get("policy"), x);
            }
        }
        assertEquals(0.0, Double.parseDouble(byPolicy.get("events.test.rate=2").get("max_regret")), 1e-12);
        assertEquals(1.0, Double.parseDouble(byPolicy.get("events.test.rate=2").get("satisficing_share")), 1e-12);
        assertEquals(0.0, Double.parseDouble(byPolicy.get("events.test.rate=30").get("satisficing_share")), 1e-12);
        assertTrue(Double.parseDouble(byPolicy.get("events.test.rate=30").get("mean_regret")) > 50);
        // every future's regret: 0 for the lowest rate, the distance to it for the others
        List<CSVRecord> regret = csv(out.resolve("regret.csv"));
        assertEquals(8 * 3 * 2, regret.size());
        Map<String, Double> lowest = new HashMap<>();
        for (CSVRecord x : regret) {
            if (x.get("outcome").equals("count_test") && x.get("policy").equals("events.test.rate=2")) {
                assertEquals(0.0, Double.parseDouble(x.get("regret")), 1e-12);
                lowest.put(x.get("future"), Double.parseDouble(x.get("value")));
            }
        }
        double[] diff = new double[8];
        double[] a = new double[8];
        double[] b = new double[8];
        int k = 0;
        for (CSVRecord x : regret) {
            if (x.get("outcome").equals("count_test") && x.get("policy").equals("events.test.rate=10")) {
                double v = Double.parseDouble(x.get("value"));
                assertEquals(v - lowest.get(x.get("future")), Double.parseDouble(x.get("regret")), 1e-9);
                a[k] = v;
                b[k] = lowest.get(x.get("future"));
                diff[k] = v - b[k];
                k++;
            }
        }
        // the pairing: the spread of the paired differences is below what two independent samples of futures would show
        assertTrue(sd(diff) < Math.sqrt(sd(a) * sd(a) + sd(b) * sd(b)), "paired " + sd(diff) + " vs unpaired");
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"count_test\" : \"min\""));
        // the report says it in words, and draws regret and the trade-off
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("count_test: the most robust policy is events.test.rate=2"), report);
        for (String c : List.of("regret-count_test", "regret-any_clash", "tradeoff")) {
            assertTrue(Files.isRegularFile(out.resolve("charts/" + c + ".svg")) && report.contains("id=\"" + c + "\""), c);
        }
        // brink chart redraws a robust folder from its files: the same report and charts
        String svg = Files.readString(out.resolve("charts/regret-any_clash.svg"));
        Files.delete(out.resolve("charts/regret-any_clash.svg"));
        Files.writeString(out.resolve("report.html"), "stale");
        CliTest.Result redrawn = brink("chart", out.toString());
        assertEquals(0, redrawn.exit(), redrawn.err());
        assertEquals(report, Files.readString(out.resolve("report.html")));
        assertEquals(svg, Files.readString(out.resolve("charts/regret-any_clash.svg")));
    }

    private static double sd(double[] v) {
        double m = java.util.Arrays.stream(v).average().orElse(0);
        return Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / (v.length - 1));
    }

    @Test
    void aUsPostureStudyRunsOnTheBaseline() throws Exception {
        Path out = dir.resolve("posture");
        CliTest.Result r = brink("robust", "scenarios/baseline.yaml", "--years", "2", "--policy",
                "events.show-of-force.rate=0,2,6", "--vary", "events.border-incident.rate=1:6", "--samples", "3", "--reps", "6",
                "--outcomes", "clashes,any_war", "--satisfy", "any_war<0.05", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(3 * 2, csv(out.resolve("policies.csv")).size());
        assertTrue(r.out().contains("Warning: 6 replications"), r.out());
    }

    /**
     * The shipped experiment as written, and what docs/GUIDE.md says it finds: no US shows of force of its own is the most
     * robust posture for clashes (the others' largest regret above one clash), the exercise's intensity moves little, and
     * shows of force raise the risk of war by a paired difference whose interval excludes 0.
     */
    @Test
    void theShippedPostureExperimentFindsWhatTheGuideSays() throws Exception {
        Path out = dir.resolve("us-posture-full");
        CliTest.Result r = brink("robust", "scenarios/experiments/us-posture.yaml", "--no-charts", "-q", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        Map<String, CSVRecord> clashes = new HashMap<>();
        Map<String, CSVRecord> war = new HashMap<>();
        for (CSVRecord x : csv(out.resolve("policies.csv"))) {
            (x.get("outcome").equals("clashes") ? clashes : war).put(x.get("policy"), x);
        }
        String none = "events.show-of-force.rate=0 periods.freedom-shield.intensity=0.5";
        String six = "events.show-of-force.rate=6 periods.freedom-shield.intensity=1";
        String two = "events.show-of-force.rate=2 periods.freedom-shield.intensity=1";
        assertTrue(Double.parseDouble(clashes.get(none).get("max_regret")) < 0.2, clashes.get(none).toString());
        assertTrue(Double.parseDouble(clashes.get(six).get("max_regret")) > 1, clashes.get(six).toString());
        assertTrue(Double.parseDouble(clashes.get(two).get("max_regret")) > 1, clashes.get(two).toString());
        double exercise = Math.abs(Double.parseDouble(clashes.get(none).get("mean_over_futures"))
                - Double.parseDouble(clashes.get("events.show-of-force.rate=0 periods.freedom-shield.intensity=1").get("mean_over_futures")));
        assertTrue(exercise < 0.1, "the exercise's intensity moves clashes little: " + exercise);
        double low = Double.parseDouble(war.get(two).get("difference_ci95_low"));
        double high = Double.parseDouble(war.get(two).get("difference_ci95_high"));
        assertTrue(low < 0 && high > 0 && high < 0.03, "the risk of war does not separate the policies (the guide): " + war.get(two));
    }

    /** The shipped experiment runs as written (shortened), and an experiment's mistake is located at its line. */
    @Test
    void theShippedPostureExperimentRuns() throws Exception {
        Path out = dir.resolve("us-posture");
        CliTest.Result r = brink("robust", "scenarios/experiments/us-posture.yaml", "--years", "1", "--samples", "3", "--reps", "4",
                "--no-charts", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(6 * 2, csv(out.resolve("policies.csv")).size(), "six policies, two outcomes");
        assertTrue(r.out().contains("share of futures with any_war < 0.05"), r.out());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("scenarios/experiments/us-posture.yaml"))
                .replace("../baseline.yaml", Path.of("scenarios/baseline.yaml").toAbsolutePath().toString())
                .replace("levels: [\"0\", \"2\", \"6\"]", "levels: []"));
        CliTest.Result refused = brink("robust", bad.toString(), "--out", dir.resolve("bad").toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("bad.yaml:") && refused.err().contains("experiment.policies[0].levels: gives the lever no value"),
                refused.err());
        CliTest.Result sweep = brink("sweep", "scenarios/experiments/us-posture.yaml", "--out", dir.resolve("sw").toString());
        assertEquals(2, sweep.exit());
        assertTrue(sweep.err().contains("it is an experiment for brink robust"), sweep.err());
    }

    @Test
    void anInterruptedRobustRunResumesToTheSameOutputs() throws Exception {
        String[] robust = {"robust", TestFiles.resource("three-actors.yaml").toString(), "--policy", "events.test.rate=2,10,30", "--vary",
            "actors.BLUE.resolve=0.2:0.9", "--samples", "12", "--reps", "60", "--outcomes", "count_test,any_clash", "--goal",
            "count_test=min", "--threads", "1", "--no-charts", "-q"};
        Path whole = dir.resolve("whole");
        assertEquals(0, brink(concat(robust, "--out", whole.toString())).exit());
        // the same run in another JVM, killed once the second policy's futures have begun to be kept
        Path cut = dir.resolve("cut");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(javaBin, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "brink.cli.BrinkCommand"));
        cmd.addAll(List.of(concat(robust, "--out", cut.toString())));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path second = cut.resolve(RobustCommand.checkpoint(1));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && (!Files.exists(second) || Files.readAllLines(second).size() < 3)) {
            Thread.sleep(10);
        }
        p.destroyForcibly();
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(13, Files.readAllLines(cut.resolve(RobustCommand.checkpoint(0))).size(), "the first policy's 12 futures kept");
        assertTrue(Files.readAllLines(second).size() < 13, "the second's part-way");
        assertFalse(Files.exists(cut.resolve("regret.csv")), "nothing but the checkpoints before the end");
        CliTest.Result r = brink(concat(robust, "--out", cut.toString(), "--resume"));
        assertEquals(0, r.exit(), r.err());
        for (String f : List.of("policies.csv", "regret.csv", "futures.csv")) {
            assertEquals(Files.readString(whole.resolve(f)), Files.readString(cut.resolve(f)), f);
        }
        assertFalse(Files.exists(cut.resolve(RobustCommand.checkpoint(0))), "the checkpoints go once the run is written");
    }

    @Test
    void futuresFromASobolSequence() throws Exception {
        Path out = dir.resolve("sobol");
        CliTest.Result r = brink("robust", TestFiles.resource("three-actors.yaml").toString(), "--policy", "events.test.rate=2,10",
                "--vary", "actors.BLUE.resolve=0.2:0.9", "--vary", "combat.noise=0:0.5", "--design", "sobol", "--samples", "4", "--reps",
                "3", "--outcomes", "count_test", "--goal", "count_test=min", "--no-charts", "-q", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<CSVRecord> futures = csv(out.resolve("futures.csv"));
        assertEquals(4 * (2 * 2 + 2), futures.size(), "Saltelli's design: N x (2 x fields + 2) futures");
        assertTrue(futures.stream().allMatch(f -> Double.parseDouble(f.get(1)) >= 0.2 && Double.parseDouble(f.get(1)) <= 0.9),
                "inside the ranges");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void mistakesAreLocated() {
        CliTest.Result noGoal = brink("robust", TestFiles.resource("three-actors.yaml").toString(), "--policy", "events.test.rate=2,10",
                "--vary", "actors.BLUE.resolve=0.2:0.9", "--outcomes", "count_test", "--out", dir.resolve("x").toString());
        assertEquals(2, noGoal.exit());
        assertTrue(noGoal.err().contains("--goal count_test=min"), noGoal.err());
        CliTest.Result badPolicy = brink("robust", TestFiles.resource("three-actors.yaml").toString(), "--policy", "events.test.rat=2,10",
                "--vary", "actors.BLUE.resolve=0.2:0.9", "--out", dir.resolve("y").toString());
        assertEquals(2, badPolicy.exit());
        assertTrue(badPolicy.err().contains("did you mean 'rate'"), badPolicy.err());
        CliTest.Result badThreshold = brink("robust", TestFiles.resource("three-actors.yaml").toString(), "--policy",
                "events.test.rate=2,10", "--vary", "actors.BLUE.resolve=0.2:0.9", "--satisfy", "any_war=0", "--out",
                dir.resolve("z").toString());
        assertEquals(2, badThreshold.exit());
        assertTrue(badThreshold.err().contains("expected OUTCOME<VALUE"), badThreshold.err());
    }
}
