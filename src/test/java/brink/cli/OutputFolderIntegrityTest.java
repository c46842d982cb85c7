package brink.cli;

import static brink.cli.CliTest.brink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder stays whole whatever happens to it: nothing written through a link inside it, a commit killed at
 * any step leaves the old run or the new one, and what a killed command left is removed at any depth.
 */
class OutputFolderIntegrityTest {
    @TempDir
    Path dir;

    private static String three() {
        return TestFiles.resource("three-actors.yaml").toString();
    }

    /**
     * No file is created, truncated or replaced through a symbolic link inside an output folder: a charts folder, a sweep's
     * checkpoint or the lock that is a link makes every command that would write there refuse, before any work, with
     * exit 2 and the entry named, and the link's target is left as it was.
     */
    @Test
    void nothingIsWrittenThroughALinkInTheOutputFolder() throws Exception {
        Path victim = dir.resolve("victim");
        java.nio.file.Files.createDirectories(victim);
        Path precious = victim.resolve("precious.txt");
        java.nio.file.Files.writeString(precious, "keep");
        Path sweep = dir.resolve("sweep");
        assertEquals(0, brink("sweep", three(), "--vary", "events.test.rate=2:20", "--samples", "4", "--reps", "2", "--out",
                sweep.toString(), "-q").exit());
        Path run = dir.resolve("run");
        assertEquals(0, brink("run", three(), "--reps", "2", "--out", run.toString(), "-q").exit());
        String[][] cases = {
            {"run", "charts", "run"},
            {"run", "report.html", "chart"},
            {"sweep", ".brink-sweep-progress.csv", "sweep"},
            {"sweep", "charts", "discover"},
            {"run", ".brink-lock", "run"},
        };
        for (String[] c : cases) {
            Path folder = c[0].equals("run") ? run : sweep;
            Path entry = folder.resolve(c[1]);
            Path moved = folder.resolve(c[1] + ".aside");
            if (java.nio.file.Files.exists(entry)) {
                java.nio.file.Files.move(entry, moved);
            }
            java.nio.file.Files.createSymbolicLink(entry, c[1].equals("charts") ? victim : precious);
            CliTest.Result r = switch (c[2]) {
                case "run" -> brink("run", three(), "--reps", "2", "--out", folder.toString());
                case "chart" -> brink("chart", folder.toString());
                case "sweep" -> brink("sweep", three(), "--vary", "events.test.rate=2:20", "--samples", "4", "--reps", "2", "--resume",
                        "--out", folder.toString());
                default -> brink("discover", folder.toString(), "--where", "count_test > 5");
            };
            assertEquals(2, r.exit(), c[2] + " with " + c[1] + " a link: " + r.out() + r.err());
            assertTrue(r.err().contains(c[1] + " is a symbolic link"), r.err());
            assertEquals("keep", java.nio.file.Files.readString(precious), "the link's target is untouched");
            assertEquals(List.of(precious), java.nio.file.Files.list(victim).toList(), "nothing written into the linked folder");
            java.nio.file.Files.delete(entry);
            if (java.nio.file.Files.exists(moved)) {
                java.nio.file.Files.move(moved, entry);
            }
        }
    }

    /** What a killed command left at any depth (a game's turn-NN/run/charts/) is removed by the next command into the folder. */
    @Test
    void leftoversAreRemovedAtAnyDepth() throws Exception {
        Path out = dir.resolve("deep");
        Path deep = out.resolve("turn-01/run/charts/more");
        java.nio.file.Files.createDirectories(deep);
        Path partial = deep.resolve(".ladder.png.4242.partial");
        Path old = out.resolve("turn-01/run/charts/.report.html.brink-old");
        java.nio.file.Files.writeString(partial, "half");
        java.nio.file.Files.writeString(old, "old");
        assertEquals(0, brink("run", three(), "--reps", "2", "--no-charts", "-q", "--out", out.toString()).exit());
        assertFalse(java.nio.file.Files.exists(partial), "a temporary file five levels down is gone");
        assertFalse(java.nio.file.Files.exists(old), "and a backup four levels down");
    }

    /**
     * A commit killed at any of its steps (the test hook halts the JVM as SIGKILL would) leaves, once the next command
     * has opened the folder, either every file of the old run or every file of the new one, never a mix.
     */
    @Test
    void aCommitKilledAtAnyStepLeavesTheOldRunOrTheNewWhole() throws Exception {
        Path out = dir.resolve("killed");
        Path fresh = dir.resolve("fresh");
        assertEquals(0, brink("run", three(), "--reps", "3", "--seed", "1", "--no-charts", "-q", "--out", out.toString()).exit());
        assertEquals(0, brink("run", three(), "--reps", "3", "--seed", "2", "--no-charts", "-q", "--out", fresh.toString()).exit());
        List<String> files = List.of("runs.csv", "series.csv", "events.csv");
        Map<String, String> before = new java.util.HashMap<>();
        Map<String, String> after = new java.util.HashMap<>();
        for (String f : files) {
            before.put(f, java.nio.file.Files.readString(out.resolve(f)));
            after.put(f, java.nio.file.Files.readString(fresh.resolve(f)));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int sawOld = 0;
        int sawNew = 0;
        for (int k = 1; k <= 16; k++) {
            Process p = new ProcessBuilder(java, "-Dbrink.test.commitStopAfter=" + k, "-cp", System.getProperty("java.class.path"),
                    "brink.cli.BrinkCommand", "run", three(), "--reps", "3", "--seed", "2", "--no-charts", "-q", "--out", out.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("kill.log").toFile()).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            brink.output.OutputFolder.open(out).close(); // the next command into the folder: recovery only
            boolean old = files.stream().allMatch(f -> read(out.resolve(f)).equals(before.get(f)));
            boolean young = files.stream().allMatch(f -> read(out.resolve(f)).equals(after.get(f)));
            assertTrue(old || young, "killed after step " + k + " (exit " + p.exitValue() + "): a mix of the old and the new run");
            sawOld += old ? 1 : 0;
            sawNew += young ? 1 : 0;
            if (young) {
                // back to the old run for the next step
                assertEquals(0, brink("run", three(), "--reps", "3", "--seed", "1", "--no-charts", "-q", "--out", out.toString()).exit());
            }
        }
        assertTrue(sawOld > 0 && sawNew > 0, "the kills fell both before and after the commit was finished: " + sawOld + " / " + sawNew);
    }

    private static String read(Path f) {
        try {
            return java.nio.file.Files.readString(f);
        } catch (java.io.IOException e) {
            return "(missing: " + f.getFileName() + ")";
        }
    }
}
