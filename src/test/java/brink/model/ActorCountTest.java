package brink.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import brink.experiment.Metrics;
import brink.experiment.Replication;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing in the engine assumes the shipped five actors: three or eight run just as well. */
class ActorCountTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {3, 8})
    void aTheatreOfNActorsRuns(int n) throws Exception {
        Scenario s = ScenarioLoader.load(TestFiles.write(dir, "n" + n + ".yaml", TestFiles.theatre(n)));
        Replication.Outcome o = new Replication(s, s.days(), Metrics.standard()).run(0, 11);
        assertEquals(n, o.shape().keys().stream().map(k -> k.actor()).filter(a -> a.startsWith("A")).distinct().count());
        assertTrue(o.record().summary().fired()[0][0] > 0, "A0 tests missiles");
        assertTrue(o.record().events().size() > 5, "events happen");
    }
}
