package brink.experiment;

import brink.scenario.Scenario;
import java.io.IOException;
import java.util.List;

/**
 * Runs the replications of one scenario, one after another, and hands each finished run to a listener in
 * replication order. Replication i uses {@link Seeds#replication(long, int)}.
 */
public final class Ensemble {
    /** Receives the runs; {@code shape} comes first, then every run in order. */
    public interface Listener {
        void started(RunShape shape) throws IOException;

        void finished(RunRecord run) throws IOException;
    }

    /** Told after each replication; may throw to stop the ensemble (for example on interruption). */
    public interface Progress {
        void done(int finished, int total);
    }

    private Ensemble() {
    }

    public static long[] seeds(long base, int replications) {
        long[] s = new long[replications];
        for (int i = 0; i < replications; i++) {
            s[i] = Seeds.replication(base, i);
        }
        return s;
    }

    public static RunShape run(Scenario scenario, int days, int replications, long baseSeed, List<Metric> metrics,
                               Listener listener, Progress progress) throws IOException {
        Replication replication = new Replication(scenario, days, metrics);
        RunShape shape = null;
        for (int i = 0; i < replications; i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.io.InterruptedIOException("interrupted after " + i + " replications");
            }
            Replication.Outcome o = replication.run(i, Seeds.replication(baseSeed, i));
            if (shape == null) {
                shape = o.shape();
                listener.started(shape);
            }
            listener.finished(o.record());
            progress.done(i + 1, replications);
        }
        return shape;
    }
}
