package brink.experiment;

import brink.scenario.Scenario;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs N replications of one or more scenarios on T threads. Replication i of every scenario uses the seed
 * {@link Seeds#replication}(S, i) (common random numbers), and finished runs are handed on strictly in the order
 * (replication, scenario), whatever the thread count and the order the threads finish in; so every output is the
 * same for any T. At most a few runs per thread wait in memory at any time.
 */
public final class Ensemble {
    public static final int MAX_THREADS = 64;

    /** Receives one scenario's runs: its shape first, then every run in order. */
    public interface Listener {
        void started(RunShape shape) throws IOException;

        void finished(RunRecord run) throws IOException;

        /**
         * Called on the worker thread as soon as a run is done, in no particular order, before {@link #finished};
         * for work that does not depend on order (binning for percentiles).
         */
        default void finishedOnWorker(RunRecord run) throws InterruptedException {
        }
    }

    /** Receives replication i of all scenarios together, after their listeners. */
    public interface Pairing {
        void replication(List<RunShape> shapes, RunRecord[] runs);
    }

    /** Told after each replication (of all scenarios). */
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

    /** One scenario. */
    public static RunShape run(Scenario scenario, int replications, long baseSeed, int threads, List<Metric> metrics,
                               Listener listener, Progress progress) throws IOException {
        return run(List.of(scenario), replications, baseSeed, threads, metrics, List.of(listener), null, progress).get(0);
    }

    public static List<RunShape> run(List<Scenario> scenarios, int replications, long baseSeed, int threads,
                                     List<Metric> metrics, List<Listener> listeners, Pairing pairing, Progress progress)
            throws IOException {
        int k = scenarios.size();
        List<Replication> replicators = scenarios.stream().map(s -> new Replication(s, s.days(), metrics)).toList();
        AtomicInteger worker = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "brink-worker-" + worker.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        List<RunShape> shapes = new ArrayList<>(java.util.Collections.nCopies(k, null));
        ArrayDeque<Future<Replication.Outcome>> inFlight = new ArrayDeque<>();
        int window = 4 * threads + k;
        long total = (long) replications * k;
        long next = 0;
        RunRecord[] bundle = new RunRecord[k];
        try {
            for (long done = 0; done < total; done++) {
                while (next < total && inFlight.size() < window) {
                    int i = (int) (next / k);
                    Replication r = replicators.get((int) (next % k));
                    Listener listener = listeners.get((int) (next % k));
                    long seed = Seeds.replication(baseSeed, i);
                    inFlight.add(pool.submit(() -> {
                        Replication.Outcome o = r.run(i, seed);
                        listener.finishedOnWorker(o.record());
                        return o;
                    }));
                    next++;
                }
                Replication.Outcome o = await(inFlight.poll(), done / k, replications);
                int s = (int) (done % k);
                if (shapes.get(s) == null) {
                    shapes.set(s, o.shape());
                    listeners.get(s).started(o.shape());
                }
                listeners.get(s).finished(o.record());
                bundle[s] = o.record();
                if (s == k - 1) {
                    if (pairing != null) {
                        pairing.replication(shapes, bundle.clone());
                    }
                    progress.done((int) (done / k) + 1, replications);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return shapes;
    }

    private static Replication.Outcome await(Future<Replication.Outcome> f, long finished, int replications)
            throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted after " + finished + " of " + replications + " replications");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }
}
