package brink.experiment;

import brink.scenario.Scenario;
import java.io.IOException;
import java.util.List;

/**
 * Replications run away from this machine's threads (the Spark engine of the {@code -Pspark} build): the same
 * {@link Replication}s with the same seeds, handed back in the order (replication, scenario), so that an ensemble's
 * files are the same byte for byte wherever its runs were made.
 */
public interface RemoteReplications {
    /** Receives each run as it comes back, in order. */
    interface Sink {
        void accept(int scenario, RunRecord run) throws IOException, InterruptedException;
    }

    /**
     * Runs replications 0 to {@code replications - 1} of every scenario, replication i with seed
     * {@link Seeds#replication}(baseSeed, i), and hands each run to {@code sink} in the order (replication, scenario).
     */
    void run(List<Scenario> scenarios, int replications, long baseSeed, Sink sink) throws IOException, InterruptedException;
}
