package brink.spark;

import brink.experiment.Metrics;
import brink.experiment.RemoteReplications;
import brink.experiment.Replication;
import brink.experiment.RunRecord;
import brink.experiment.Seeds;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The replications of {@code brink run} and {@code brink compare} as Spark tasks: a task runs a few consecutive
 * replications of every scenario (the same {@link Replication} with the same seeds as on one machine) and sends their
 * records back; tasks go in batches of sixteen times the cluster's parallelism, and each batch's runs are handed on in
 * replication order before the next is sent, so that the driver holds one batch at a time and the files written are
 * the local engine's, byte for byte. A scenario travels as its resolved content and is rebuilt on the executor (no
 * scenario file is needed there).
 */
public final class SparkReplications implements RemoteReplications {
    /** Replications per task: a baseline replication takes a few milliseconds, a task's overhead about as much. */
    static final int PER_TASK = 8;
    private final SparkEngine engine;
    private final Path scratch;

    /**
     * @param master  the Spark master; null: what spark-submit set, else local[*]
     * @param scratch Spark's working folder in local mode (inside the output folder)
     */
    public SparkReplications(String master, Path scratch) {
        this.engine = new SparkEngine(master);
        this.scratch = scratch;
    }

    /** A scenario as it travels: what {@link ScenarioLoader#copy} rebuilds it from. */
    record Wire(String name, String file, String json, List<String> settings, String sha256) implements Serializable {
        static Wire of(Scenario s) {
            return new Wire(s.name(), s.file().toString(), s.resolvedJson(), List.copyOf(s.settings()), s.sha256());
        }

        Scenario scenario() throws ScenarioException {
            return ScenarioLoader.copy(name, Path.of(file), json, settings, sha256);
        }
    }

    /** Replications from (inclusive) to (exclusive). */
    record Task(int from, int to) implements Serializable {
    }

    /** Runs a task's replications of every scenario, in the order (replication, scenario). */
    static List<RunRecord> run(List<Wire> wires, long baseSeed, Task t) throws ScenarioException {
        List<Replication> replications = new ArrayList<>();
        for (Wire w : wires) {
            Scenario s = w.scenario();
            replications.add(new Replication(s, s.days(), Metrics.standard()));
        }
        List<RunRecord> out = new ArrayList<>();
        for (int i = t.from(); i < t.to(); i++) {
            for (Replication r : replications) {
                out.add(r.run(i, Seeds.replication(baseSeed, i)).record());
            }
        }
        return out;
    }

    @Override
    public void run(List<Scenario> scenarios, int replications, long baseSeed, Sink sink) throws IOException, InterruptedException {
        List<Wire> wires = scenarios.stream().map(Wire::of).toList();
        int k = wires.size();
        try (JavaSparkContext sc = new JavaSparkContext(engine.conf(scratch))) {
            int batch = Math.max(32, 16 * sc.defaultParallelism());
            List<Task> tasks = new ArrayList<>();
            for (int from = 0; from < replications; from += PER_TASK) {
                tasks.add(new Task(from, Math.min(replications, from + PER_TASK)));
            }
            for (int from = 0; from < tasks.size(); from += batch) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("interrupted");
                }
                List<Task> part = new ArrayList<>(tasks.subList(from, Math.min(tasks.size(), from + batch)));
                List<List<RunRecord>> back = sc.parallelize(part, part.size()).map(t -> run(wires, baseSeed, t)).collect();
                for (List<RunRecord> runs : back) {
                    for (int j = 0; j < runs.size(); j++) {
                        sink.accept(j % k, runs.get(j));
                    }
                }
            }
        }
    }
}
