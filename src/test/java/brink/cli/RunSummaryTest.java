package brink.cli;

import static brink.cli.CliTest.brink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What brink run prints cannot be misread: a mean with its interval, one replication as one history (never "100 %"),
 * a warning below 50 replications, and a word when a smaller run replaces a larger one in the same folder.
 */
class RunSummaryTest {
    @TempDir
    Path dir;

    @Test
    void oneReplicationIsOneHistoryNotAProbability() {
        Path out = dir.resolve("one");
        CliTest.Result many = brink("run", TestFiles.resource("three-actors.yaml").toString(), "--reps", "60", "--no-charts",
                "--out", out.toString());
        assertEquals(0, many.exit(), many.err());
        assertTrue(many.out().contains("(each mean with its 95 % interval)"), many.out());
        assertTrue(many.out().matches("(?s).*Probability of [^\\n]*: [0-9.]+ % \\[[0-9.]+ %, [0-9.]+ %\\].*"), many.out());
        assertFalse(many.out().contains("Warning"), "60 replications: no warning");
        CliTest.Result one = brink("run", TestFiles.resource("three-actors.yaml").toString(), "--no-charts", "--out", out.toString());
        assertEquals(0, one.exit(), one.err());
        assertFalse(one.out().matches("(?s).*Probability of [^\\n]*: 100\\.0 %.*"), "no probability from one history: " + one.out());
        assertTrue(one.out().contains("in this one history") && one.out().contains("Warning: one replication is one possible history"),
                one.out());
        assertTrue(one.out().contains("Replaced the previous run in " + out + ", of 60 replications, with this one of 1"), one.out());
        CliTest.Result few = brink("run", TestFiles.resource("three-actors.yaml").toString(), "--reps", "20", "--no-charts",
                "--out", dir.resolve("few").toString());
        assertTrue(few.out().contains("Warning: 20 replications are few"), few.out());
    }
}
