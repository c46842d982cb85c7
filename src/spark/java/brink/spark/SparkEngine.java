package brink.spark;

import brink.analysis.Checkpoint;
import brink.analysis.Design;
import brink.analysis.Engine;
import brink.analysis.SampleResult;
import brink.analysis.SampleRunner;
import brink.analysis.Sweep;
import brink.scenario.ScenarioException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Samples as Spark tasks (spark-core's RDD API): one task is one sample with all its replications, the same
 * {@link SampleRunner} work unit as on one machine. Tasks are sent in batches of sixteen times the cluster's
 * parallelism; after each batch the finished samples go to the checkpoint (so --resume works as on one machine) and
 * the results are kept in sample order: the output files are those of the local engine, byte for byte. A sample
 * whose scenario the loader refuses comes back as that refusal (a user's error, not retried); anything else a task
 * throws is Spark's to retry.
 */
public final class SparkEngine implements Engine {
    private static final String NO_NATIVE = "io.netty.transport.noNative";
    private final String master;

    /** @param master the Spark master; null: what spark-submit set, else local[*] */
    public SparkEngine(String master) {
        this.master = master;
    }

    /** What one task gives back: the sample, or why its scenario was refused. */
    record Outcome(int sample, SampleResult result, ScenarioException refused) implements Serializable {
    }

    record Work(int sample, double[] unit) implements Serializable {
    }

    static Outcome run(SampleRunner runner, Work w) {
        try {
            return new Outcome(w.sample(), runner.run(w.sample(), w.unit()), null);
        } catch (ScenarioException e) {
            return new Outcome(w.sample(), null, e);
        }
    }

    /**
     * In local mode Spark's working files (its block manager, a folder per context) go to {@code scratch}, inside the
     * output folder, instead of java.io.tmpdir; netty's native transport, which would unpack a library there, is
     * switched off (NIO serves one machine as well), and broadcasts, the only thing compressed in a sweep, are left
     * uncompressed so that no codec unpacks its native library either. On a cluster the executors' working folders
     * are the cluster manager's to choose.
     */
    SparkConf conf(Path scratch) {
        SparkConf conf = new SparkConf().setAppName("brink");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.local.dir", scratch.toAbsolutePath().toString());
            conf.setIfMissing("spark.broadcast.compress", "false");
            if (System.getProperty(NO_NATIVE) == null) {
                System.setProperty(NO_NATIVE, "true");
            }
        }
        return conf;
    }

    @Override
    public List<SampleResult> run(SampleRunner runner, Design.Plan plan, Map<Integer, SampleResult> done, Checkpoint checkpoint,
                                  Sweep.Progress progress, Path scratch) throws IOException, InterruptedException, Sweep.SampleRefused {
        List<SampleResult> results = new ArrayList<>(done.values());
        int total = plan.size();
        progress.done(results.size(), total);
        List<Work> todo = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (!done.containsKey(i)) {
                todo.add(new Work(i, plan.unit()[i]));
            }
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf(scratch))) {
            // large enough that cores seldom wait for a batch's slowest task; small enough that a crash loses little
            int batch = Math.max(32, 16 * sc.defaultParallelism());
            for (int from = 0; from < todo.size(); from += batch) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("interrupted");
                }
                List<Work> part = todo.subList(from, Math.min(todo.size(), from + batch));
                List<Outcome> out = sc.parallelize(new ArrayList<>(part), part.size()).map(w -> run(runner, w)).collect();
                for (Outcome o : out) {
                    if (o.refused() != null) {
                        throw new Sweep.SampleRefused(o.sample(), o.refused());
                    }
                    checkpoint.add(o.result());
                    results.add(o.result());
                }
                progress.done(results.size(), total);
            }
        }
        results.sort(Comparator.comparingInt(SampleResult::sample));
        return results;
    }
}
