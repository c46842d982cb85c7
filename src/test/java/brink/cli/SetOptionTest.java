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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --set PATH=VALUE}: the override changes the run, is recorded, and a wrong path or value is refused at the option. */
class SetOptionTest {
    @TempDir
    Path dir;

    private static String three() {
        return TestFiles.resource("three-actors.yaml").toString();
    }

    private static double meanOf(Path runsCsv, String column) throws Exception {
        List<String> lines = Files.readAllLines(runsCsv);
        int c = List.of(lines.get(0).split(",")).indexOf(column);
        return lines.subList(1, lines.size()).stream().mapToDouble(l -> Double.parseDouble(l.split(",")[c])).average().orElseThrow();
    }

    @Test
    void anOverrideChangesTheRunAndIsRecorded() throws Exception {
        Path plain = dir.resolve("plain");
        Path set = dir.resolve("set");
        assertEquals(0, brink("run", three(), "--reps", "20", "--no-charts", "-q", "--out", plain.toString()).exit());
        CliTest.Result r = brink("run", three(), "--reps", "20", "--no-charts", "-q", "--out", set.toString(),
                "--set", "events.test.rate=0", "--set", "ladder.start=2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(meanOf(plain.resolve("runs.csv"), "count_test") > 5, "the test scenario fires tests");
        assertEquals(0, meanOf(set.resolve("runs.csv"), "count_test"), "rate 0: no test events");
        JsonNode m = new ObjectMapper().readTree(set.resolve("manifest.json").toFile());
        assertEquals(List.of("events.test.rate=0", "ladder.start=2"), toList(m.path("scenario").path("settings")));
        JsonNode p = new ObjectMapper().readTree(plain.resolve("manifest.json").toFile());
        assertFalse(p.path("scenario").path("sha256").asText().equals(m.path("scenario").path("sha256").asText()),
                "the resolved content, and so its hash, includes the overrides");
        assertTrue(m.path("command_line").toString().contains("--set"), "the command line too");
    }

    private static List<String> toList(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /**
     * The baseline has no actions: section, yet --set adds a first entry of every kind of action (the wargame's policy
     * moves are such settings), and each changes the run. A typo of a top-level section is still refused at the option.
     */
    @Test
    void everyKindOfActionCanBeAddedToTheBaseline() throws Exception {
        String baseline = "scenarios/baseline.yaml";
        Path plain = dir.resolve("plain");
        assertEquals(0, brink("run", baseline, "--years", "1", "--reps", "2", "--no-charts", "-q", "--out", plain.toString()).exit());
        String plainRuns = Files.readString(plain.resolve("runs.csv"));
        String[] actions = {
            "{type: production, actor: DPRK, domain: missile, factor: 2, date: 2025-01-02}",
            "{type: qualityGrowth, actor: ROK, domain: armor, value: 0.05, date: 2025-01-02}",
            "{type: commitment, actor: US, factor: 0.5, date: 2025-01-02}",
            "{type: budget, actor: Japan, factor: 1.2, date: 2025-01-02}",
            "{type: budgetSplit, actor: DPRK, split: {armor: 0.7, naval: 0.1, missile: 0.1, drone: 0.1}, date: 2025-01-02}",
            "{type: reaction, actor: ROK, factor: 3, date: 2025-01-02}",
            "{type: sink, sink: ukraine-armor, factor: 0, date: 2025-01-02}",
            "{type: transfer, transfer: shells-to-russia, factor: 0, date: 2025-01-02}",
            "{type: resolve, actor: DPRK, value: 0.2, date: 2025-01-02}",
            "{type: exercise, period: freedom-shield, value: 0, date: 2025-01-02}",
        };
        for (String a : actions) {
            Path out = dir.resolve("a" + a.hashCode());
            CliTest.Result r = brink("run", baseline, "--years", "1", "--reps", "2", "--no-charts", "-q", "--out", out.toString(),
                    "--set", "actions.first=" + a);
            assertEquals(0, r.exit(), a + ": " + r.err());
            assertFalse(plainRuns.equals(Files.readString(out.resolve("runs.csv"))), a + " changes the run");
            assertTrue(Files.readString(out.resolve("events.csv")).contains(",first,"), a + " is in the event log");
        }
        CliTest.Result typo = brink("run", baseline, "--out", dir.resolve("never").toString(),
                "--set", "actons.first={type: budget, actor: US, factor: 2, date: 2025-01-02}");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("actons: unknown key"), typo.err());
    }

    @Test
    void wrongPathsAndValuesAreRefusedAtTheOptionAndNothingIsWritten() {
        Path out = dir.resolve("never");
        String[][] cases = {
            {"events.test.rat=3", "--set events.test.rat=3: events.test.rat: unknown key, did you mean 'rate'?"},
            {"events.test.rate=abc", "--set events.test.rate=abc: events.test.rate: 'abc' is not a number"},
            {"events.test.rate=-1", "--set events.test.rate=-1: events.test.rate: must not be negative"},
            {"events.test.rate.x=1", "events.test.rate: is not a mapping, so it has no field 'x'"},
            {"ladder.rungs[40].calmDays=3", "ladder.rungs: has "},
            {"events.test.rate=[1, 2", "--set events.test.rate=[1, 2: not valid YAML"},
            {"norequals", "brink: --set norequals: expected PATH=VALUE"},
            {"a..b=1", "is not a field path"},
            {"info.title=a\u0001b", "an invisible control character (U+0001) in the value"},
            {"a" + ".a".repeat(1999) + "=1", "the path is too long (at most 64 steps"},
            {"info.title=a\u0000b", "an invisible control character (U+0000) in the value"},
        };
        for (String[] c : cases) {
            CliTest.Result r = brink("run", three(), "--out", out.toString(), "--set", c[0]);
            assertEquals(2, r.exit(), c[0]);
            assertTrue(r.err().contains(c[1]), c[0] + " -> " + r.err());
            assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
        }
        assertFalse(Files.exists(out), "nothing written for a refused option");
    }

    @Test
    void compareAppliesTheOverridesToEveryScenario() throws Exception {
        Path out = dir.resolve("cmp");
        Path variant = TestFiles.write(dir, "variant.yaml", Files.readString(TestFiles.resource("three-actors.yaml")));
        CliTest.Result r = brink("compare", three(), variant.toString(), "--reps", "10", "--no-charts", "-q", "--out",
                out.toString(), "--set", "events.test.rate=0");
        assertEquals(0, r.exit(), r.err());
        assertEquals(0, meanOf(out.resolve("three-actors/runs.csv"), "count_test"));
        assertEquals(0, meanOf(out.resolve("variant/runs.csv"), "count_test"));
    }
}
