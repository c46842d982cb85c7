package brink.cli;

import static brink.cli.CliTest.brink;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parallel ensembles, compare, limits and interruption, through the command line. */
class EnsembleCliTest {
    @TempDir
    Path dir;

    private static String scenario(String name) {
        return TestFiles.resource(name).toString();
    }

    @Test
    void outputsAreIdenticalOnOneAndTwoThreads() throws Exception {
        // 150 replications: past the 100-replication pilot, so worker-side binning is exercised too.
        for (String t : List.of("1", "2")) {
            CliTest.Result r = brink("run", scenario("three-actors.yaml"), "--reps", "150", "--threads", t, "--seed", "9",
                    "--out", dir.resolve("t" + t).toString(), "-q");
            assertEquals(0, r.exit(), r.err());
        }
        for (String f : List.of("series.csv", "runs.csv", "events.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("t1").resolve(f)), Files.readAllBytes(dir.resolve("t2").resolve(f)), f);
        }
    }

    /** comparison.csv's rows by "outcome|scenario", each as its columns by name. */
    private Map<String, Map<String, String>> comparison(Path out) throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("comparison.csv"));
        assertEquals("outcome,label,unit,headline,scenario,reference,value,difference,ci95_low,ci95_high,unpaired_ci95_low,"
                + "unpaired_ci95_high,replications,pairs_differing,kind,subject,year,month", lines.get(0));
        Map<String, Map<String, String>> rows = new HashMap<>();
        try (java.io.Reader in = Files.newBufferedReader(out.resolve("comparison.csv"))) {
            for (org.apache.commons.csv.CSVRecord r : org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                    .setSkipHeaderRecord(true).get().parse(in)) {
                rows.put(r.get("outcome") + "|" + r.get("scenario"), r.toMap());
            }
        }
        return rows;
    }

    @Test
    void comparingAScenarioWithItselfGivesZeroDifferences() throws Exception {
        Path out = dir.resolve("same");
        CliTest.Result r = brink("compare", scenario("three-actors.yaml"), scenario("three-actors.yaml"), "--reps", "40",
                "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        Map<String, Map<String, String>> rows = comparison(out);
        int checked = 0;
        for (Map<String, String> c : rows.values()) {
            if (c.get("scenario").equals("three-actors-2")) {
                assertEquals(0.0, Double.parseDouble(c.get("difference")), c.get("outcome"));
                assertEquals("0", c.get("pairs_differing"), c.get("outcome"));
                // what the outcome is about, typed: a per-year outcome's year is its column, not a part of its name to parse
                String year = c.get("year");
                assertTrue(year.equals("0") ? !c.get("outcome").matches(".*_y\\d+$") : c.get("outcome").endsWith("_y" + year), c.toString());
                // no pair differed: the interval is the change that would have shown, not a certainty of zero
                assertEquals(-Double.parseDouble(c.get("ci95_high")), Double.parseDouble(c.get("ci95_low")), 1e-9, c.get("outcome"));
                assertTrue(Double.parseDouble(c.get("ci95_high")) >= 0, c.get("outcome"));
                checked++;
            }
        }
        assertTrue(checked > 20, "every outcome compared: " + checked);
        for (String sub : List.of("three-actors", "three-actors-2")) {
            for (String f : List.of("series.csv", "runs.csv", "events.csv", "manifest.json")) {
                assertTrue(Files.exists(out.resolve(sub).resolve(f)), sub + "/" + f);
            }
        }
        assertTrue(Files.exists(out.resolve("manifest.json")));
    }

    @Test
    void pairingNarrowsTheIntervalForScenariosThatDifferInOneParameter() throws Exception {
        Path out = dir.resolve("pair");
        CliTest.Result r = brink("compare", scenario("three-actors.yaml"), scenario("three-actors-more-tests.yaml"),
                "--reps", "200", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        Map<String, String> c = comparison(out).get("RED_missile_firing_days_y1|three-actors-more-tests");
        double diff = Double.parseDouble(c.get("difference"));
        double paired = Double.parseDouble(c.get("ci95_high")) - Double.parseDouble(c.get("ci95_low"));
        double unpaired = Double.parseDouble(c.get("unpaired_ci95_high")) - Double.parseDouble(c.get("unpaired_ci95_low"));
        assertTrue(diff > 0, "more tests: " + diff);
        assertTrue(paired < unpaired, "paired width " + paired + " vs unpaired " + unpaired);
    }

    @Test
    void limitsAreCheckedWithTheirBounds() {
        CliTest.Result threads = brink("run", scenario("three-actors.yaml"), "--threads", "0");
        assertEquals(2, threads.exit());
        assertTrue(threads.err().contains("--threads must be between 1 and 64"), threads.err());
        CliTest.Result reps = brink("run", scenario("three-actors.yaml"), "--reps", "100001");
        assertEquals(2, reps.exit());
        assertTrue(reps.err().contains("--reps must be between 1 and 100000"), reps.err());
        CliTest.Result compare = brink("compare", scenario("three-actors.yaml"), scenario("battle-square.yaml"), "--reps", "5",
                "--out", dir.resolve("x").toString());
        assertEquals(2, compare.exit());
        assertTrue(compare.err().contains("compare takes theatre scenarios"), compare.err());
        CliTest.Result bench = brink("bench", "--scenario", scenario("battle-square.yaml"));
        assertEquals(2, bench.exit());
        assertTrue(bench.err().contains("bench measures theatre scenarios"), bench.err());
        CliTest.Result help = brink("bench", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().startsWith("Usage: brink bench"));
    }

    @Test
    void interruptingARunLeavesNoFilesAndSaysSo() throws Exception {
        Path out = dir.resolve("stopped");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "brink.cli.BrinkCommand", "run",
                scenario("three-actors.yaml"), "--reps", "100000", "--threads", "1", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !hasTemporaryFiles(out)) {
            Thread.sleep(50);
        }
        assertTrue(hasTemporaryFiles(out), "the run started writing");
        p.destroy(); // SIGTERM: the same shutdown path as Ctrl-C
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String log = Files.readString(dir.resolve("log.txt"));
        assertTrue(log.contains("interrupted after") && log.contains("nothing was written"), log);
        try (Stream<Path> files = Files.list(out)) {
            List<String> left = new ArrayList<>(files.map(f -> f.getFileName().toString()).toList());
            left.remove(".brink-lock"); // the folder's empty lock file stays (deleting it would let two writers in)
            assertEquals(List.of(), left, "no files, half-written or whole");
        }
    }

    private static boolean hasTemporaryFiles(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return false;
        }
        try (Stream<Path> files = Files.list(out)) {
            // not the folder's write probe (.brink-write-check*.partial), which open() creates and deletes at once
            return files.map(f -> f.getFileName().toString()).anyMatch(n -> n.endsWith(".partial") && !n.startsWith(".brink-write-check"));
        }
    }

    static {
        // the child JVM needs the test classpath; surefire's may be a manifest jar, which works as a classpath too
        assertFalse(System.getProperty("java.class.path").isEmpty(), File.pathSeparator);
    }

    /** The folder's lock keeps a second process out while the first writes, and lets the next one in once it is gone. */
    @Test
    void aSecondProcessIsKeptOutOfAFolderInUse() throws Exception {
        Path out = dir.resolve("busy");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process first = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "brink.cli.BrinkCommand", "run",
                scenario("three-actors.yaml"), "--reps", "100000", "--threads", "1", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("first.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && !hasTemporaryFiles(out)) {
                Thread.sleep(50);
            }
            assertTrue(hasTemporaryFiles(out), "the first process is writing");
            Process second = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "brink.cli.BrinkCommand", "run",
                    scenario("three-actors.yaml"), "--reps", "2", "--out", out.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("second.txt").toFile()).start();
            assertTrue(second.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, second.exitValue(), Files.readString(dir.resolve("second.txt")));
            assertTrue(Files.readString(dir.resolve("second.txt")).contains("is in use by another brink command"));
        } finally {
            first.destroy();
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        }
        CliTest.Result after = brink("run", scenario("three-actors.yaml"), "--reps", "2", "--out", out.toString(), "-q");
        assertEquals(0, after.exit(), "the folder is free once the first process has gone: " + after.err());
    }
}
