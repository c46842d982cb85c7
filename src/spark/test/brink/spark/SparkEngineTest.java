package brink.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.cli.BrinkCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine in Spark's local mode gives the local engine's output files byte for byte, for a sweep and for a
 * calibration, and a user's mistake is reported before any Spark job starts.
 */
class SparkEngineTest {
    static final String THREE = "src/test/resources/scenarios/three-actors.yaml";
    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    static Result brink(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BrinkCommand.execute(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    static List<String> with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void aSweepOnSparkWritesTheLocalEnginesFiles() throws Exception {
        List<String> sweep = List.of("sweep", THREE, "--vary", "events.test.rate=2:20", "--vary", "actors.BLUE.resolve=0.2:0.9",
                "--design", "sobol", "--samples", "8", "--reps", "6", "--outcomes", "count_test,any_clash", "-q", "--no-charts");
        sameOnBothEngines(sweep, "local", "spark", "samples.csv", "sensitivity.csv");
        assertTrue(Files.readString(dir.resolve("spark/manifest.json")).contains("--engine"), "the command is recorded");
    }

    @Test
    void aRobustRunOnSparkWritesTheLocalEnginesFiles() throws Exception {
        List<String> robust = List.of("robust", THREE, "--policy", "events.test.rate=2,10", "--vary", "actors.BLUE.resolve=0.2:0.9",
                "--samples", "6", "--reps", "5", "--outcomes", "count_test,any_clash", "--goal", "count_test=min", "-q", "--no-charts");
        sameOnBothEngines(robust, "robust-local", "robust-spark", "policies.csv", "regret.csv", "futures.csv");
    }

    /** Runs the command locally into {@code local} and on Spark into {@code spark}; the files named are the same there. */
    private void sameOnBothEngines(List<String> command, String local, String spark, String... files) throws Exception {
        Result here = brink(with(command, "--out", dir.resolve(local).toString()));
        assertEquals(0, here.exit(), here.err());
        Result there = brink(with(command, "--out", dir.resolve(spark).toString(), "--engine", "spark", "--master", "local[2]"));
        assertEquals(0, there.exit(), there.err());
        for (String f : files) {
            assertEquals(Files.readString(dir.resolve(local).resolve(f)), Files.readString(dir.resolve(spark).resolve(f)), f);
        }
    }

    /**
     * brink run and brink compare on Spark: the baseline (with --years cutting dated entries off, which the executors
     * must read back as the driver did) and a comparison, their files the local engine's byte for byte.
     */
    @Test
    void runAndCompareOnSparkWriteTheLocalEnginesFiles() throws Exception {
        List<String> run = List.of("run", "scenarios/baseline.yaml", "--reps", "21", "--years", "3", "--seed", "9", "-q", "--no-charts");
        sameOnBothEngines(run, "run-local", "run-spark", "runs.csv", "series.csv", "events.csv");
        List<String> compare = List.of("compare", "scenarios/baseline.yaml", "scenarios/us-drawdown.yaml", "--reps", "20", "--years", "2",
                "-q", "--no-charts");
        sameOnBothEngines(compare, "compare-local", "compare-spark", "comparison.csv", "baseline/runs.csv", "us-drawdown/series.csv");
        try (var left = Files.list(dir.resolve("run-spark"))) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".brink-scratch")), "Spark's scratch folder removed");
        }
    }

    /**
     * Spark's working files in local mode (its block manager, a folder per context, unpacked native libraries) are made
     * inside the output folder, not in java.io.tmpdir, which is watched during the run (they are deleted when the
     * context stops, so only a watch sees them).
     */
    @Test
    void sparksWorkingFilesStayInsideTheOutputFolder() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path out = dir.resolve("scratch");
        List<String> created = new ArrayList<>();
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            tmp.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            Result spark = brink(List.of("sweep", THREE, "--vary", "events.test.rate=2:20", "--samples", "4", "--reps", "2",
                    "-q", "--no-charts", "--engine", "spark", "--master", "local[2]", "--out", out.toString()));
            assertEquals(0, spark.exit(), spark.err());
            for (WatchKey key = watch.poll(200, TimeUnit.MILLISECONDS); key != null; key = watch.poll(200, TimeUnit.MILLISECONDS)) {
                key.pollEvents().forEach(e -> created.add(e.context().toString()));
                key.reset();
            }
        }
        assertEquals(List.of(), created.stream().filter(n -> n.startsWith("spark-") || n.startsWith("blockmgr-")
                || n.startsWith("liblz4") || n.startsWith("libnetty")).toList(), "Spark's files created in " + tmp);
        assertTrue(Files.exists(out.resolve("samples.csv")));
        try (var files = Files.list(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".brink-scratch")), "working folder removed");
        }
    }

    @Test
    void aCalibrationOnSparkKeepsTheSameDraws() throws Exception {
        Path scenario = dir.resolve("with-record.yaml");
        Files.writeString(scenario, Files.readString(Path.of(THREE)) + """

                targets:
                  tests:
                    outcome: count_test
                    perYear: true
                    observed: [8, 14]
                    period: made up
                    source: this test
                """);
        List<String> cal = List.of("calibrate", scenario.toString(), "--vary", "events.test.rate=1:30", "--samples", "24", "--reps",
                "5", "-q", "--no-charts");
        sameOnBothEngines(cal, "cal-local", "cal-spark", "samples.csv", "posterior.csv", "calibration.csv");
    }

    @Test
    void aMistakeIsReportedBeforeAnyJob() {
        Result r = brink(List.of("sweep", THREE, "--vary", "events.tset.rate=1:5", "--engine", "spark", "--master", "local[2]",
                "--out", dir.resolve("never").toString()));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("did you mean 'test'?"), r.err());
        assertTrue(!Files.exists(dir.resolve("never")), "nothing written");
        // a battle's replications take microseconds: run says it keeps them here rather than start Spark for them
        Result battle = brink(List.of("run", "scenarios/battle-tanks.yaml", "--engine", "spark", "--master", "local[2]", "-q",
                "--out", dir.resolve("battle").toString()));
        assertEquals(2, battle.exit());
        assertTrue(battle.err().contains("--engine spark runs theatre scenarios; scenarios/battle-tanks.yaml is a battle"), battle.err());
        assertTrue(!Files.exists(dir.resolve("battle")), "nothing written");
    }
}
