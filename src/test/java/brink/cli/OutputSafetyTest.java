package brink.cli;

import static brink.cli.CliTest.brink;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import brink.TestFiles;
import brink.output.OutputFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder shows the old results or the new ones, never a mix, whatever happens (a failed write, Ctrl-C,
 * SIGTERM, SIGKILL, a second run), and nothing is written outside it.
 */
class OutputSafetyTest {
    @TempDir
    Path dir;

    private static String three() {
        return TestFiles.resource("three-actors.yaml").toString();
    }

    /** Every file under the folder (hidden ones too) with its bytes' hash. */
    private static Map<String, Integer> snapshot(Path folder) throws Exception {
        Map<String, Integer> m = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                m.put(folder.relativize(f).toString(), java.util.Arrays.hashCode(Files.readAllBytes(f)));
            }
        }
        return m;
    }

    @Test
    void aFileThatCannotBeReplacedLeavesTheOldResultsWhole() throws Exception {
        Path out = dir.resolve("immutable");
        assertEquals(0, brink("run", three(), "--out", out.toString(), "--reps", "3", "-q").exit());
        Map<String, Integer> before = snapshot(out);
        Process chattr = new ProcessBuilder("chattr", "+i", out.resolve("series.csv").toString()).start();
        assumeTrue(chattr.waitFor() == 0, "chattr +i works on this file system");
        try {
            CliTest.Result r = brink("run", three(), "--out", out.toString(), "--reps", "4", "--seed", "9", "-q");
            assertEquals(1, r.exit(), r.err());
            assertTrue(r.err().contains("the folder holds what it held before"), r.err());
        } finally {
            new ProcessBuilder("chattr", "-i", out.resolve("series.csv").toString()).start().waitFor();
        }
        assertEquals(before, snapshot(out), "the old data, charts and report, and nothing else");
    }

    @Test
    void aSecondRunIntoAFolderInUseIsRefused() throws Exception {
        Path out = dir.resolve("busy");
        try (OutputFolder first = OutputFolder.open(out)) {
            assertTrue(Files.isDirectory(first.dir()));
            CliTest.Result r = brink("run", three(), "--out", out.toString(), "-q");
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().contains("in use by another brink command"), r.err());
        }
        assertEquals(0, brink("run", three(), "--out", out.toString(), "-q").exit(), "free once the first is done");
    }

    @Test
    void whatAKilledRunLeftIsRepairedByTheNextRun() throws Exception {
        Path out = dir.resolve("killed");
        assertEquals(0, brink("run", three(), "--out", out.toString(), "--reps", "2", "-q", "--no-charts").exit());
        byte[] oldSeries = Files.readAllBytes(out.resolve("series.csv"));
        // as a SIGKILL during a commit leaves it: the journal, series.csv already moved aside, a new runs.csv in place,
        // and temporary files of the new charts
        Files.writeString(out.resolve(".brink-commit"), "series.csv\nruns.csv\n");
        Files.move(out.resolve("series.csv"), out.resolve(".series.csv.brink-old"));
        Files.writeString(out.resolve("series.csv"), "half of something new");
        Files.createDirectories(out.resolve("charts"));
        Files.writeString(out.resolve("charts/.ladder.png.4242.partial"), "x");
        try (OutputFolder repaired = OutputFolder.open(out)) {
            assertTrue(Files.isDirectory(repaired.dir()));
            assertArrayEquals(oldSeries, Files.readAllBytes(out.resolve("series.csv")), "the old file is back");
            assertFalse(Files.exists(out.resolve(".brink-commit")));
            assertFalse(Files.exists(out.resolve("charts/.ladder.png.4242.partial")), "leftovers removed");
        }
    }

    @Test
    void anEnginesWorkingFolderIsInsideTheOutputFolderAndGoesWhenTheRunEnds() throws Exception {
        Path out = dir.resolve("scratch");
        Path scratch;
        try (OutputFolder folder = OutputFolder.open(out)) {
            scratch = folder.scratch();
            assertTrue(scratch.toAbsolutePath().startsWith(out.toAbsolutePath()) && Files.isDirectory(scratch), scratch.toString());
            Files.createDirectories(scratch.resolve("blockmgr-1/0c"));
            Files.writeString(scratch.resolve("blockmgr-1/0c/shuffle_0.data"), "x");
        }
        assertFalse(Files.exists(scratch), "removed with what it held");
        // a killed run's working folder is removed by the next run into the folder
        Files.createDirectories(out.resolve(".brink-scratch-4242/spark-1"));
        try (OutputFolder next = OutputFolder.open(out)) {
            assertFalse(Files.exists(out.resolve(".brink-scratch-4242")));
        }
    }

    @Test
    void nothingIsWrittenOutsideTheOutputFolder() throws Exception {
        Path out = dir.resolve("a/b/out");
        try (OutputFolder folder = OutputFolder.open(out)) {
            // an absolute path elsewhere: beside the test's own folder, so the test names no machine's paths
            String absolute = dir.toAbsolutePath().getParent().resolve("z").toString();
            for (String escape : List.of("../x.csv", "../../victim-stock.png", "charts/../../y", absolute)) {
                java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                        () -> folder.file(escape), escape);
                assertTrue(e.getMessage().contains("not a file inside the output folder"), e.getMessage());
            }
        }
        CliTest.Result empty = brink("run", three(), "--out", "");
        assertEquals(2, empty.exit(), empty.err());
        assertTrue(empty.err().contains("--out needs a folder name"), empty.err());
    }

    @Test
    void listAndValidateReportHostileFilesAndCarryOn() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.copy(TestFiles.resource("three-actors.yaml"), folder.resolve("good.yaml"));
        Files.writeString(folder.resolve("nan.yaml"), "info: {title: x, represents: y}\nyears: .nan\n");
        Files.writeString(folder.resolve("null.yaml"), "info: {title: x, represents: y, sources: [a, ~]}\nactors: {A: ~}\n");
        Files.write(folder.resolve("bytes.yaml"), new byte[] {'i', 'n', 'f', 'o', ':', ' ', (byte) 0xFF, '\n'});
        CliTest.Result list = brink("list", "--dir", folder.toString());
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("good") && list.out().contains("(invalid: "), list.out());
        List<String> files = new ArrayList<>(List.of("validate"));
        try (Stream<Path> s = Files.list(folder)) {
            s.sorted().forEach(f -> files.add(f.toString()));
        }
        CliTest.Result validate = brink(files.toArray(String[]::new));
        assertEquals(2, validate.exit(), validate.err());
        assertTrue(validate.out().contains("good.yaml: valid theatre scenario"), validate.out());
        for (String f : List.of("nan.yaml:2:", "null.yaml:1:", "null.yaml:2:", "bytes.yaml:1:")) {
            assertTrue(validate.err().contains(f), f + " in " + validate.err());
        }
        assertFalse(validate.err().contains("Exception") || validate.err().contains("\tat "), validate.err());
    }

    @Test
    void optionsOutsideTheirRangeAreRefused() {
        CliTest.Result years = brink("run", three(), "--years", "0.0001", "--out", dir.resolve("y").toString());
        assertEquals(2, years.exit(), years.err());
        assertTrue(years.err().contains("--years must be at least one day"), years.err());
        for (String y : List.of("0", "-1")) {
            CliTest.Result r = brink("compare", three(), three(), "--at-years", y, "--out", dir.resolve("c").toString());
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().contains("--at-years takes years from 1"), r.err());
        }
    }

    @Test
    void textCellsASpreadsheetWouldRunAsFormulasAreNeutralised() throws Exception {
        Path f = TestFiles.write(dir, "formula.yaml", Files.readString(TestFiles.resource("three-actors.yaml"))
                .replace("type: missile test", "type: \"=HYPERLINK(\\\"http://x\\\")\""));
        Path out = dir.resolve("f");
        CliTest.Result r = brink("run", f.toString(), "--out", out.toString(), "-q", "--no-charts");
        assertEquals(0, r.exit(), r.err());
        String events = Files.readString(out.resolve("events.csv"));
        assertTrue(events.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), "a leading apostrophe, quoted");
        assertFalse(events.contains(",=HYPERLINK"), "never a bare formula");
    }

    @Test
    void chartRefusesDamagedFilesWithTheirNameAndLine() throws Exception {
        Path ok = dir.resolve("ok");
        assertEquals(0, brink("run", three(), "--out", ok.toString(), "--reps", "3", "-q", "--no-charts").exit());
        List<String> series = Files.readAllLines(ok.resolve("series.csv"));
        record Damage(String name, String file, List<String> lines, String says) {
        }
        List<Damage> damages = List.of(
                new Damage("empty", "series.csv", series.subList(0, 1), "has no rows"),
                new Damage("truncated", "series.csv", series.subList(0, series.size() / 2), "the file is incomplete"),
                new Damage("not a number", "series.csv", replace(series, 5, "abc"), "is not a number"),
                new Damage("short row", "series.csv", cut(series, 7), "cells, not 14"),
                new Damage("another header", "series.csv", replace(series, 0, "x"), "does not start with the header"),
                new Damage("runs cut", "runs.csv", Files.readAllLines(ok.resolve("runs.csv")).subList(0, 2), "incomplete"),
                new Damage("manifest", "manifest.json", List.of("{not json"), "not valid JSON"));
        for (Damage d : damages) {
            Path copy = dir.resolve("damaged-" + d.name().replace(' ', '-'));
            copyFolder(ok, copy);
            Files.write(copy.resolve(d.file()), d.lines());
            CliTest.Result r = brink("chart", copy.toString());
            assertEquals(2, r.exit(), d.name() + ": " + r.err());
            assertTrue(r.err().contains(d.file()) && r.err().contains(d.says()), d.name() + ": " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
            assertFalse(Files.exists(copy.resolve("report.html")), d.name() + ": nothing drawn");
        }
    }

    @Test
    void aMissingNumberInRunsCsvIsShownAsNotAvailable() throws Exception {
        Path out = dir.resolve("nan");
        assertEquals(0, brink("run", three(), "--out", out.toString(), "--reps", "2", "-q", "--no-charts").exit());
        List<String> runs = new ArrayList<>(Files.readAllLines(out.resolve("runs.csv")));
        for (int i = 1; i < runs.size(); i++) {
            String[] cells = runs.get(i).split(",", -1);
            cells[6] = ""; // any_clash, the first outcome: a value that is not a number
            runs.set(i, String.join(",", cells));
        }
        Files.write(out.resolve("runs.csv"), runs);
        CliTest.Result r = brink("chart", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(out.resolve("report.html")).contains("n/a"), "the report says the value is not available");
    }

    @Test
    void aScenarioWhoseNumbersRunAwayStopsWithAMessage() throws Exception {
        Path f = TestFiles.write(dir, "runaway.yaml", Files.readString(TestFiles.resource("three-actors.yaml"))
                + "\n".repeat(1));
        String text = Files.readString(f).replaceFirst("reaction: [0-9.]+", "reaction: 100000");
        Files.writeString(f, text);
        assertTrue(text.contains("reaction: 100000"), "the test scenario has a Richardson reaction to blow up");
        CliTest.Result r = brink("run", f.toString(), "--out", dir.resolve("runaway-out").toString(), "-q");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("budget reached") && r.err().contains("run away"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(dir.resolve("runaway-out").resolve("series.csv")), "nothing written");
    }

    /** Line i with its p95 cell (the last number of series.csv, the 12th cell) replaced. */
    private static List<String> replace(List<String> lines, int i, String p95) {
        List<String> out = new ArrayList<>(lines);
        String[] cells = out.get(i).split(",", -1);
        cells[11] = p95;
        out.set(i, String.join(",", cells));
        return out;
    }

    private static List<String> cut(List<String> lines, int i) {
        List<String> out = new ArrayList<>(lines);
        String l = out.get(i);
        out.set(i, l.substring(0, l.lastIndexOf(',')));
        return out;
    }

    private static void copyFolder(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path f : all.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }

    @Test
    void signalsDuringTheChartStepLeaveTheOldResultsOrTheNewNeverAMix() throws Exception {
        Path out = dir.resolve("signals");
        assertEquals(0, brink("run", three(), "--out", out.toString(), "--reps", "5", "-q").exit());
        Map<String, Integer> old = snapshot(out);
        for (String signal : List.of("TERM", "KILL")) {
            Process p = child(out);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && !drawing(out)) {
                Thread.sleep(20);
            }
            assertTrue(drawing(out), "the run reached its chart step");
            new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            if (signal.equals("TERM")) {
                assertEquals(old, snapshot(out), "SIGTERM during the charts: the old results, untouched");
            } else {
                try (OutputFolder next = OutputFolder.open(out)) {
                    assertTrue(Files.isDirectory(next.dir()));
                    // the next run into the folder repairs it first
                }
                assertEquals(old, snapshot(out), "SIGKILL during the charts: the old results once repaired");
            }
        }
    }

    /** A run of the same scenario with other seeds and many replications, so that its charts take a while. */
    private Process child(Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "brink.cli.BrinkCommand", "run", three(), "--reps", "300", "--seed", "77", "--threads", "1", "--out",
                out.toString(), "-q").redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    private static boolean drawing(Path out) throws Exception {
        Path charts = out.resolve("charts");
        if (!Files.isDirectory(charts)) {
            return false;
        }
        try (Stream<Path> s = Files.list(charts)) {
            return s.anyMatch(f -> f.getFileName().toString().endsWith(".partial"));
        }
    }

    /** brink chart reads a folder like any input: a NaN in series.csv (Brink writes an empty cell) is a located error. */
    @Test
    void chartRefusesAHandEditedNaN() throws Exception {
        Path out = dir.resolve("nan");
        assertEquals(0, brink("run", three(), "--reps", "2", "--no-charts", "-q", "--out", out.toString()).exit());
        List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(out.resolve("series.csv")));
        String[] cells = lines.get(5).split(",", -1);
        cells[6] = "NaN";
        lines.set(5, String.join(",", cells));
        java.nio.file.Files.write(out.resolve("series.csv"), lines);
        CliTest.Result r = brink("chart", out.toString());
        assertTrue(r.exit() == 2 && r.err().contains("series.csv line 6, mean: 'NaN' is not a number Brink writes"), r.err());
        assertFalse(java.nio.file.Files.exists(out.resolve("report.html")), "nothing drawn");
    }
}
