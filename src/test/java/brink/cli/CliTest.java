package brink.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process as a user would run it. */
class CliTest {
    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    static Result brink(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BrinkCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    private Path run(String name, String... extra) {
        Path out = dir.resolve(name);
        String[] args = Stream.concat(Stream.of("run", TestFiles.resource("three-actors.yaml").toString(), "--out", out.toString(),
                "--quiet"), Stream.of(extra)).toArray(String[]::new);
        Result r = brink(args);
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    @Test
    void runWritesTheFourFilesWithTheDocumentedColumns() throws Exception {
        Path out = run("o", "--reps", "3", "--seed", "5");
        List<String> series = Files.readAllLines(out.resolve("series.csv"));
        assertEquals("scenario,day,date,actor,domain,metric,mean,p05,p25,p50,p75,p95,kind,subject", series.get(0));
        assertTrue(series.size() > 1000);
        for (String row : series.subList(1, 200)) {
            assertEquals(14, row.split(",", -1).length, row);
        }
        assertTrue(series.stream().anyMatch(r -> r.startsWith("three-actors,0,2024-12-31,theatre,,rung,")),
                "instant 0 is the starting state, dated the eve of the start");
        assertTrue(series.contains("three-actors,0,2024-12-31,RED,armor,stock,1000,1000,1000,1000,1000,1000,own,"),
                "day 0 is the stock the scenario file gives");
        assertTrue(series.stream().anyMatch(r -> r.startsWith("three-actors,31,2025-01-31,RED,armor,stock,")),
                "a month's last row is the state after its last day, dated that day");
        assertTrue(series.stream().anyMatch(r -> r.startsWith("three-actors,1095,2027-12-31,RED,armor,stock,")),
                "the last row is the end of the horizon");
        assertTrue(series.stream().anyMatch(r -> r.contains(",RED,,balance_vs_allies,") && r.endsWith(",balance,allies")),
                "balances use the bloc as actor, and say what they are measured against");
        assertTrue(series.stream().anyMatch(r -> r.contains(",RED,,budget,")), "actor-level metrics have an empty domain");

        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(4, runs.size(), "a header and one row per replication");
        String h = runs.get(0);
        for (String col : List.of("replication", "seed", "highest_rung", "day_highest_first", "any_clash", "any_war",
                "reached_incidents_by_y1", "reached_conventional_war_by_y3", "clashes", "days_at_war", "days_at_peace",
                "RED_missile_fired_y1", "RED_missile_firing_days_y3", "RED_missile_fired_per_year", "count_test_y2",
                "count_threat", "balance_red-vs-allies_y3")) {
            assertTrue(h.contains(col), "runs.csv has " + col + ": " + h);
        }

        List<String> events = Files.readAllLines(out.resolve("events.csv"));
        assertEquals("replication,day,date,actor,target,type,detail,rung_before,rung_after,signal_before,signal_after,cause,kind,period",
                events.get(0));
        assertTrue(events.stream().anyMatch(e -> e.contains("missile test") && e.endsWith("exercise begins by BLUE+GREEN,event,")),
                "tests caused by exercises say so");
        // what a line is, typed: the exercise's beginning is a period of type exercise, not a type to be parsed
        assertTrue(events.stream().anyMatch(e -> e.contains(",exercise begins,") && e.endsWith(",period_begins,exercise")), "period kind");

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(5, manifest.get("base_seed").asLong());
        assertEquals(3, manifest.get("seeds").size());
        assertEquals(64, manifest.get("scenario").get("sha256").asText().length());
        assertTrue(manifest.get("command_line").toString().contains("--reps"));
        JsonNode anyClash = manifest.get("outcomes").get(0);
        assertEquals("any_clash", anyClash.get("name").asText());
        assertEquals("Probability of at least one limited clash within 3 years", anyClash.get("label").asText());
        assertEquals("probability", anyClash.get("unit").asText());
        assertTrue(anyClash.get("headline").asBoolean());
        assertEquals(manifest.get("outcomes").size() + 6, h.split(",").length, "runs.csv: six columns, then every outcome");
        assertTrue(manifest.has("started") && manifest.has("finished") && manifest.has("brink_version"));
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList(),
                    "no temporary files left behind");
        }
        assertTrue(Files.exists(out.resolve("report.html")) && Files.exists(out.resolve("charts/ladder.png")),
                "run draws the charts and the report");
    }

    @Test
    void sameSeedGivesIdenticalFilesAndOtherSeedsDiffer() throws Exception {
        Path a = run("a", "--reps", "2", "--seed", "42");
        Path b = run("b", "--reps", "2", "--seed", "42");
        Path c = run("c", "--reps", "2", "--seed", "43");
        for (String f : List.of("series.csv", "runs.csv", "events.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " is reproducible");
            assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(c.resolve(f))),
                    f + " depends on the seed");
        }
    }

    @Test
    void battleRunReportsDailyStrengths() throws Exception {
        Path out = dir.resolve("battle");
        Result r = brink("run", TestFiles.resource("battle-square.yaml").toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> series = Files.readAllLines(out.resolve("series.csv"));
        assertEquals(1 + 21 * 2, series.size(), "two sides, days 0..20");
        assertTrue(series.get(1).startsWith("battle-square,0,,Blue,,strength,1000,"));
        assertTrue(Files.exists(out.resolve("runs.csv")) && Files.exists(out.resolve("manifest.json")));
    }

    @Test
    void validateSaysValidOrListsProblems() {
        Result ok = brink("validate", TestFiles.resource("three-actors.yaml").toString());
        assertEquals(0, ok.exit());
        assertTrue(ok.out().contains("valid theatre scenario \"Three actors (test)\": 3 actors"), ok.out());
        Path bad = TestFiles.write(dir, "bad.yaml", "info: {title: x, represents: y}\nyeras: 3\n");
        Result no = brink("validate", bad.toString());
        assertEquals(2, no.exit());
        assertTrue(no.err().contains("bad.yaml:2:1: yeras: unknown key, did you mean 'years'?"), no.err());
    }

    @Test
    void userMistakesGetOneClearMessageAndNoStackTrace() {
        Result missing = brink("run", dir.resolve("missing.yaml").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("file not found"), missing.err());
        Result reps = brink("run", TestFiles.resource("three-actors.yaml").toString(), "--reps", "0");
        assertEquals(2, reps.exit());
        assertTrue(reps.err().contains("--reps must be between 1 and 100000"), reps.err());
        Result years = brink("run", TestFiles.resource("three-actors.yaml").toString(), "--years", "-1");
        assertEquals(2, years.exit());
        Result option = brink("run", "--frobnicate");
        assertEquals(2, option.exit());
        for (Result r : List.of(missing, reps, years, option)) {
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void aFailedRunLeavesEarlierOutputsUntouched() throws Exception {
        Path out = run("keep", "--seed", "1");
        byte[] before = Files.readAllBytes(out.resolve("series.csv"));
        Path bad = TestFiles.write(dir, "bad.yaml", "info: {title: x, represents: y}\nyears: -3\n");
        Result r = brink("run", bad.toString(), "--out", out.toString());
        assertEquals(2, r.exit());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("series.csv")));
    }

    @Test
    void anUnwritableOutputFolderIsReportedBeforeAnyWork() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Result r = brink("run", TestFiles.resource("three-actors.yaml").toString(), "--out", file.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cannot write to the output folder"), r.err());
    }

    @Test
    void listShowsScenariosWithTitles() {
        Result r = brink("list", "--dir", TestFiles.resource("three-actors.yaml").getParent().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("three-actors") && r.out().contains("Three actors (test)"), r.out());
        assertTrue(r.out().contains("battle-square") && r.out().contains("battle"), r.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : List.of("run", "validate", "list", "compare", "chart", "bench", "gui")) {
            Result r = brink(c, "--help");
            assertEquals(0, r.exit());
            assertTrue(r.out().startsWith("Usage: brink " + c), r.out());
        }
    }

    /**
     * Every description of every command and subcommand formats without a picocli warning. picocli writes its warnings
     * to the JVM's System.err (its tracer), not to the command's error writer, so this catches System.err while it
     * formats each usage message.
     */
    @Test
    void everyHelpOfEveryCommandFormatsWithoutAPicocliWarning() throws Exception {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream caught = new java.io.ByteArrayOutputStream();
        List<String> seen = new java.util.ArrayList<>();
        try {
            System.setErr(new java.io.PrintStream(caught, true, java.nio.charset.StandardCharsets.UTF_8));
            java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>();
            todo.add(new picocli.CommandLine(new BrinkCommand()));
            while (!todo.isEmpty()) {
                picocli.CommandLine c = todo.poll();
                seen.add(c.getCommandSpec().qualifiedName());
                StringWriter usage = new StringWriter();
                c.usage(new PrintWriter(usage));
                assertFalse(usage.toString().contains("%n") || usage.toString().contains("%%"), usage.toString());
                todo.addAll(c.getSubcommands().values());
            }
        } finally {
            System.setErr(saved);
        }
        String warnings = caught.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(seen.size() > 15 && seen.contains("brink wargame debrief") && seen.contains("brink sweep"), "walked: " + seen);
        assertEquals("", warnings, "picocli warnings while formatting the help of " + seen);
    }

    /** Each command's line in the top-level listing is a whole sentence: picocli shows only the first line there. */
    @Test
    void theTopLevelListingShowsWholeSentences() {
        picocli.CommandLine top = new picocli.CommandLine(new BrinkCommand());
        List<String> cut = new java.util.ArrayList<>();
        java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>(List.of(top));
        while (!todo.isEmpty()) {
            picocli.CommandLine c = todo.poll();
            String[] d = c.getCommandSpec().usageMessage().description();
            if (c != top && (d.length == 0 || !d[0].strip().matches("(?s).*[.?!)]$"))) {
                cut.add(c.getCommandSpec().qualifiedName() + ": " + (d.length == 0 ? "(none)" : d[0]));
            }
            todo.addAll(c.getSubcommands().values());
        }
        assertTrue(cut.isEmpty(), "descriptions whose first line stops mid-sentence:\n" + String.join("\n", cut));
    }

    @Test
    void helpTextsPrintCleanlyWithoutFormatWarnings() {
        for (String c : List.of("run", "validate", "list", "compare", "chart", "bench", "gui")) {
            Result r = brink(c, "--help");
            assertEquals("", r.err(), c + " --help writes nothing to stderr");
            assertFalse(r.out().contains("%n") || r.out().contains("%%"), r.out());
        }
        assertTrue(brink("compare", "--help").out().contains("95 % interval"), brink("compare", "--help").out());
    }

    @Test
    void theManifestHashCoversTheYearsRun() throws Exception {
        Path one = run("y1", "--years", "1", "--no-charts");
        Path two = run("y2", "--years", "2", "--no-charts");
        Path again = run("y1b", "--years", "1", "--no-charts");
        JsonNode a = new ObjectMapper().readTree(one.resolve("manifest.json").toFile()).get("scenario");
        JsonNode b = new ObjectMapper().readTree(two.resolve("manifest.json").toFile()).get("scenario");
        JsonNode c = new ObjectMapper().readTree(again.resolve("manifest.json").toFile()).get("scenario");
        assertNotEquals(a.get("sha256").asText(), b.get("sha256").asText(), "a different horizon is a different scenario");
        assertEquals(a.get("sha256").asText(), c.get("sha256").asText());
        assertEquals(1.0, a.get("years").asDouble());
    }

    @Test
    void aDataOnlyRunRemovesChartsThatShowedTheOldData() throws Exception {
        Path out = dir.resolve("redo");
        Result drawn = brink("run", TestFiles.resource("three-actors.yaml").toString(), "--out", out.toString(), "-q",
                "--reps", "3");
        assertEquals(0, drawn.exit(), drawn.err());
        assertTrue(Files.exists(out.resolve("report.html")) && Files.exists(out.resolve("charts/ladder.png")));
        Result data = brink("run", TestFiles.resource("three-actors.yaml").toString(), "--out", out.toString(), "--seed", "8",
                "--no-charts");
        assertEquals(0, data.exit(), data.err());
        assertFalse(Files.exists(out.resolve("report.html")), "the old report described the old data");
        assertFalse(Files.exists(out.resolve("charts")), "so did the old charts");
        assertTrue(data.out().contains("Removed the charts and report.html of the previous run"), data.out());
    }

    @Test
    void guiWithoutADisplaySaysSoAndSuggestsBrinkRun() {
        // the test JVM runs with java.awt.headless=true, like a server or a CI machine
        Result r = brink("gui", "scenarios/us-drawdown.yaml");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("brink: brink gui needs a display"), r.err());
        assertTrue(r.err().contains("brink run scenarios/us-drawdown.yaml"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void guiChecksTheScenarioFirst() {
        Result missing = brink("gui", dir.resolve("nowhere.yaml").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nowhere.yaml") && missing.err().contains("file not found"), missing.err());
        Result battle = brink("gui", TestFiles.resource("battle-square.yaml").toString());
        assertEquals(2, battle.exit());
        assertTrue(battle.err().contains("is a battle scenario"), battle.err());
    }

    @Test
    void aRunShorterThanAYearGivesYearlyRatesFromItsDays() throws Exception {
        Path out = dir.resolve("quarter");
        assertEquals(0, brink("run", TestFiles.resource("three-actors.yaml").toString(), "--years", "0.25", "--reps", "5",
                "--no-charts", "-q", "--out", out.toString()).exit());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        List<String> head = List.of(runs.get(0).split(","));
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        int days = m.path("days").asInt();
        for (String row : runs.subList(1, runs.size())) {
            String[] c = row.split(",");
            double fired = Double.parseDouble(c[head.indexOf("RED_missile_fired_y1")]);
            assertEquals(fired / (days / 365.25), Double.parseDouble(c[head.indexOf("RED_missile_fired_per_year")]), 1e-3,
                    "a quarter's missiles, as a yearly rate");
        }
        assertTrue(runs.stream().skip(1).anyMatch(r -> Double.parseDouble(r.split(",")[head.indexOf("RED_missile_fired_y1")]) > 0),
                "RED fires in a quarter");
        boolean labelled = false;
        for (JsonNode o : m.path("outcomes")) {
            if (o.path("name").asText().equals("RED_missile_fired_per_year")) {
                labelled = o.path("label").asText().contains("(over its " + days + " days, as a yearly rate)");
            }
        }
        assertTrue(labelled, "the label says how the rate was made");
    }
}
