package brink.output;

import static brink.cli.CliTestAccess.brink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * manifest.json is one model (Manifest) written and read by one class: what a command writes reads back typed and
 * writes again to the same bytes; an older manifest (without the fields added since) still reads; a damaged one is
 * named with where it breaks.
 */
class ManifestTest {
    @TempDir
    Path dir;

    @Test
    void aRunsManifestReadsBackTypedAndWritesAgainToTheSameBytes() throws Exception {
        Path out = dir.resolve("run");
        assertEquals(0, brink("run", "scenarios/baseline.yaml", "--years", "2", "--reps", "3", "--no-charts", "-q", "--out", out.toString()));
        Path file = out.resolve("manifest.json");
        Manifest.Run m = Manifest.readRun(file, file);
        assertEquals(3, m.replications());
        assertEquals("baseline", m.scenario().name());
        assertTrue(m.outcomes().stream().anyMatch(o -> o.name().equals("any_war") && o.headline() && o.unit().equals("probability")));
        assertTrue(m.targets().stream().anyMatch(t -> t.id().equals("incidents") && t.calibration() && t.modelMean() != null));
        assertEquals(List.of("peace", "rhetoric", "weapons tests", "shows of force and exercises", "incidents", "limited clash",
                "conventional war"), m.rungs());
        Path again = dir.resolve("again.json");
        Manifest.write(again, m);
        assertEquals(Files.readString(file), Files.readString(again));
    }

    @Test
    void everyKindOfFolderReadsBackToTheSameBytes() throws Exception {
        String three = TestFiles.resource("three-actors.yaml").toString();
        Path compare = dir.resolve("compare");
        assertEquals(0, brink("compare", three, three, "--reps", "3", "--no-charts", "-q", "--out", compare.toString()));
        Path sweep = dir.resolve("sweep");
        assertEquals(0, brink("sweep", three, "--vary", "events.test.rate=2:20", "--samples", "4", "--reps", "2", "--no-charts", "-q",
                "--out", sweep.toString()));
        Path robust = dir.resolve("robust");
        assertEquals(0, brink("robust", three, "--policy", "events.test.rate=2,10", "--vary", "actors.BLUE.resolve=0.2:0.9", "--samples", "3",
                "--reps", "2", "--no-charts", "-q", "--out", robust.toString()));
        Path battle = dir.resolve("battle");
        assertEquals(0, brink("run", "scenarios/battle-iwo-jima.yaml", "--reps", "2", "--no-charts", "-q", "--out", battle.toString()));
        List<Manifest.Document> read = List.of(Manifest.readCompare(compare.resolve("manifest.json"), compare), Manifest.readSweep(sweep.resolve("manifest.json"), sweep),
                Manifest.readRobust(robust.resolve("manifest.json"), robust), Manifest.readRun(battle.resolve("manifest.json"), battle));
        List<Path> files = List.of(compare, sweep, robust, battle);
        for (int i = 0; i < files.size(); i++) {
            Path again = dir.resolve("again-" + i + ".json");
            Manifest.write(again, read.get(i));
            assertEquals(Files.readString(files.get(i).resolve("manifest.json")), Files.readString(again), files.get(i).toString());
        }
        assertEquals(2, ((Manifest.Compare) read.get(0)).scenarios().size());
        assertEquals("events.test.rate", ((Manifest.Sweep) read.get(1)).parameters().get(0).path());
        assertEquals(List.of("events.test.rate=2", "events.test.rate=10"), ((Manifest.Robust) read.get(2)).policies());
        assertEquals(2, ((Manifest.Run) read.get(3)).battle().sides().size());
        assertNull(((Manifest.Run) read.get(3)).outcomes(), "a battle has no outcome catalogue");
    }

    @Test
    void anOlderManifestReadsAndADamagedOneIsNamed() throws Exception {
        Path old = dir.resolve("old.json");
        // as an earlier version wrote it: no kind, subject, year or month for outcomes, no against for targets
        Files.writeString(old, "{\"brink_version\":\"0.0.9\",\"replications\":2,\"days\":365,\"outcomes\":[{\"name\":\"any_war\","
                + "\"label\":\"War\",\"unit\":\"probability\",\"headline\":true}],\"targets\":[{\"id\":\"x\",\"verdict\":\"inside\","
                + "\"model_mean\":null}],\"a_field_of_a_later_version\":1}");
        Manifest.Run m = Manifest.readRun(old, old);
        assertEquals(365, m.days());
        assertNull(m.outcomes().get(0).kind());
        assertNull(m.targets().get(0).modelMean());
        assertTrue(m.targets().get(0).calibration(), "a target without use is a calibration target");
        Path damaged = dir.resolve("damaged.json");
        Files.writeString(damaged, "{\"replications\": 2,\n  \"days\": }");
        Manifest.Unreadable e = assertThrows(Manifest.Unreadable.class, () -> Manifest.readRun(damaged, Path.of("out/x/manifest.json")));
        assertEquals("out/x/manifest.json is not valid JSON (line 2, column 11)", e.getMessage());
        Files.writeString(damaged, "{\"replications\": \"many\"}");
        e = assertThrows(Manifest.Unreadable.class, () -> Manifest.readRun(damaged, damaged));
        assertTrue(e.getMessage().contains("replications holds something else"), e.getMessage());
    }
}
