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
        SampleRunner runner = new SampleRunner(TestFiles.resource("three-actors.yaml"), false,
                List.of(new brink.scenario.Setting("events.talks.rate", "1")), null,
                List.of(Parameter.uniform("events.test.rate", 2, 20)), List.of("count_test", "any_clash"), 4, 5);
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
    }
}
