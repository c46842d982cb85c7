package brink.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import brink.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sweep's work unit travels: serialized and read back (as a cluster would ship it), it gives the same sample. */
class SampleRunnerTest {
    @Test
    void aSerializedWorkUnitGivesTheSameSample() throws Exception {
        brink.scenario.Scenario base = brink.scenario.ScenarioLoader.load(TestFiles.resource("three-actors.yaml"), false,
                List.of(new brink.scenario.Setting("events.talks.rate", "1")));
        SampleRunner runner = new SampleRunner(base, List.of(Parameter.uniform("events.test.rate", 2, 20)),
                List.of("count_test", "any_clash"), 4, 5);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(runner);
        }
        SampleRunner copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (SampleRunner) in.readObject();
        }
        SampleResult a = runner.run(3, new double[] {0.4});
        SampleResult b = copy.run(3, new double[] {0.4});
        assertArrayEquals(a.mean(), b.mean());
        assertArrayEquals(a.values(), b.values());
        // a sample made from the resolved content is the scenario loaded from its file with the same settings
        brink.scenario.Scenario direct = brink.scenario.ScenarioLoader.load(TestFiles.resource("three-actors.yaml"), false,
                List.of(new brink.scenario.Setting("events.talks.rate", "1"), new brink.scenario.Setting("events.test.rate", "9.2")));
        org.junit.jupiter.api.Assertions.assertEquals(direct.spec(), runner.scenario(new double[] {9.2}).spec());
    }
}
