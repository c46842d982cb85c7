package brink.cli;

import static brink.cli.CliTest.brink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * brink discover with the Workbench's options (objective, pasting, covering, a chosen step, resampling, discrete
 * fields) on a sweep, and on a brink robust folder: the futures in which a chosen policy fails, on a planted problem
 * (answering every test with a show of force costs most where tests are frequent; the combat noise does not matter).
 */
class DiscoverTest {
    @TempDir
    Path dir;

    private static List<CSVRecord> csv(Path f) throws Exception {
        return brink.TestFiles.csv(f);
    }

    private static CSVRecord row(List<CSVRecord> rows, String box, String parameter) {
        return rows.stream().filter(r -> r.get("box").equals(box) && r.get("parameter").equals(parameter)).findFirst().orElseThrow();
    }

    @Test
    void theFuturesWhereAPolicyFailsAreFound() throws Exception {
        Path out = dir.resolve("robust");
        CliTest.Result run = brink("robust", TestFiles.resource("three-actors.yaml").toString(), "--policy",
                "events.test.responses.show.probability=0,1", "--vary", "events.test.rate=1:30", "--vary", "combat.noise=0:0.5",
                "--samples", "40", "--reps", "5", "--outcomes", "count_show-of-force", "--goal", "count_show-of-force=min", "--no-charts",
                "-q", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        CliTest.Result r = brink("discover", out.toString(), "--policy", "events.test.responses.show.probability=1", "--where",
                "regret_count_show-of-force > 45", "--resample", "10");
        assertEquals(0, r.exit(), r.err());
        List<CSVRecord> boxes = csv(out.resolve("boxes.csv"));
        CSVRecord rate = row(boxes, "1", "events.test.rate");
        CSVRecord noise = row(boxes, "1", "combat.noise");
        assertEquals("true", rate.get("restricted"), rate.toString());
        assertEquals(15.5, Double.parseDouble(rate.get("low")), 2.5, "regret 45 is about 15 tests a year: " + rate);
        assertTrue(rate.get("qp_high").isEmpty() && Double.parseDouble(rate.get("qp_low")) < 0.01, "only its lower side matters: " + rate);
        assertTrue(noise.get("restricted").equals("false") || Double.parseDouble(noise.get("qp")) > 0.05, "the noise does not: " + noise);
        assertTrue(Double.parseDouble(rate.get("resampled")) >= 0.8, "and comes back in most random halves: " + rate);
        assertTrue(r.out().contains("futures have regret_count_show-of-force > 45 for events.test.responses.show.probability=1")
                && r.out().contains("restricted in") && r.out().contains("do not show boxes"), r.out());
        // a robust folder needs a policy, and a policy it has
        CliTest.Result none = brink("discover", out.toString(), "--where", "count_show-of-force > 45");
        assertTrue(none.exit() == 2 && none.err().contains("--policy names the policy"), none.err());
        CliTest.Result typo = brink("discover", out.toString(), "--policy", "events.test.responses.show.probability=2", "--where",
                "count_show-of-force > 45");
        assertTrue(typo.exit() == 2 && typo.err().contains("did you mean \"events.test.responses.show.probability"), typo.err());
        assertFalse(typo.err().contains("Exception"), typo.err());
        // a damaged robust folder is named with what is wrong, not an input/output failure
        Files.writeString(out.resolve("manifest.json"), "{not json");
        CliTest.Result damaged = brink("discover", out.toString(), "--policy", "p", "--where", "count_show-of-force > 45");
        assertTrue(damaged.exit() == 2 && damaged.err().contains("manifest.json is not valid JSON (line 1"), damaged.err());
        Files.delete(out.resolve("manifest.json"));
        CliTest.Result missing = brink("discover", out.toString(), "--policy", "p", "--where", "count_show-of-force > 45");
        assertTrue(missing.exit() == 2 && missing.err().contains("but no manifest.json"), missing.err());
    }

    @Test
    void theWorkbenchOptionsOnASweep() throws Exception {
        Path out = dir.resolve("sweep");
        assertEquals(0, brink("sweep", TestFiles.resource("three-actors.yaml").toString(), "--vary", "events.test.rate=2:20", "--vary",
                "ladder.start=0:2", "--samples", "60", "--reps", "3", "--outcomes", "count_test", "--no-charts", "-q", "--out",
                out.toString()).exit());
        // ladder.start is a whole number: its limits stay on whole levels
        CliTest.Result r = brink("discover", out.toString(), "--where", "count_test > 25", "--objective", "lenient2", "--boxes", "2",
                "--no-charts");
        assertEquals(0, r.exit(), r.err());
        List<CSVRecord> boxes = csv(out.resolve("boxes.csv"));
        for (CSVRecord b : boxes) {
            if (b.get("parameter").equals("ladder.start")) {
                assertEquals(Math.rint(Double.parseDouble(b.get("low"))), Double.parseDouble(b.get("low")), 0, b.toString());
            }
        }
        assertTrue(boxes.stream().allMatch(b -> b.get("box").equals("1") || b.get("box").equals("2")), "boxes numbered");
        assertTrue(r.out().contains("The box (step") || r.out().contains("Box 1 (step"), r.out());
        // a chosen step of the first box's trajectory
        List<CSVRecord> steps = csv(out.resolve("trajectory.csv"));
        CliTest.Result two = brink("discover", out.toString(), "--where", "count_test > 25", "--select", "2", "--no-paste", "--no-charts");
        assertEquals(0, two.exit(), two.err());
        assertTrue(two.out().contains("(step 2 of"), two.out());
        assertTrue(steps.size() > 2);
        for (String[] bad : new String[][] {{"--objective", "greedy"}, {"--boxes", "0"}, {"--select", "999"}}) {
            CliTest.Result refused = brink("discover", out.toString(), "--where", "count_test > 25", bad[0], bad[1], "--no-charts");
            assertEquals(2, refused.exit(), String.join(" ", bad) + ": " + refused.out());
            assertTrue(refused.err().startsWith("brink: ") && !refused.err().contains("Exception"), refused.err());
        }
    }
}
