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
import sim.engine.Steppable;

/**
 * Runs N replications of one or more scenarios on T threads. Replication i of every scenario uses the seed
 * {@link Seeds#replication}(S, i) (common random numbers), and finished runs are handed on strictly in the order
 * (replication, scenario), whatever the thread count and the order the threads finish in; so every output is the
 * same for any T. At most a few runs per thread wait in memory at any time. Every replication of Brink is run here
 * (through {@link Replication}): {@code brink run} and {@code compare}, the samples of a sweep, calibration and robust
 * run (on one thread each), the wargame's turns; battles by {@link #battles}; the GUI watches replication 0 as
 * {@link Replication#watchable} builds it.
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

        /** What watches replication i day by day (see {@link Replication#run(int, long, Steppable)}), or null. */
        default Steppable watcher(int replication) {
            return null;
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

    /**
     * Replications of a battle scenario with the same seed rule (replication i has seed i of the base seed), in order,
     * on the calling thread (a battle takes microseconds).
     */
    public static List<brink.model.Battle.Result> battles(brink.scenario.BattleSpec battle, int replications, long baseSeed)
            throws InterruptedIOException {
        List<brink.model.Battle.Result> out = new ArrayList<>(replications);
        for (long seed : seeds(baseSeed, replications)) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("interrupted after " + out.size() + " of " + replications + " replications");
            }
            out.add(brink.model.Battle.run(battle, seed));
        }
        return out;
    }

    /** One scenario. */
    public static RunShape run(Scenario scenario, int replications, long baseSeed, int threads, List<Metric> metrics,
                               Listener listener, Progress progress) throws IOException {
        return run(List.of(scenario), replications, baseSeed, threads, metrics, List.of(listener), null, progress).get(0);
    }

    public static List<RunShape> run(List<Scenario> scenarios, int replications, long baseSeed, int threads,
                                     List<Metric> metrics, List<Listener> listeners, Pairing pairing, Progress progress)
            throws IOException {
        return run(scenarios, replications, baseSeed, threads, metrics, listeners, pairing, progress, null);
    }

    /** The same, with the runs made by {@code remote} when it is not null (threads then only bound what waits here). */
    public static List<RunShape> run(List<Scenario> scenarios, int replications, long baseSeed, int threads,
                                     List<Metric> metrics, List<Listener> listeners, Pairing pairing, Progress progress,
                                     RemoteReplications remote) throws IOException {
        int k = scenarios.size();
        List<Replication> replicators = scenarios.stream().map(s -> new Replication(s, s.days(), metrics)).toList();
        if (remote != null) {
            return remotely(replicators, replications, baseSeed, listeners, pairing, progress, remote);
        }
        AtomicInteger worker = new AtomicInteger();
        // one thread: the caller's own (a sweep's sample, a Spark task), no pool to start and stop per call
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "brink-worker-" + worker.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        List<RunShape> shapes = new ArrayList<>(java.util.Collections.nCopies(k, null));
        ArrayDeque<Future<Replication.Outcome>> inFlight = new ArrayDeque<>();
        // inline, a run is handed over before the next starts: a listener may wait on a worker for the runs before it
        int window = pool == null ? 1 : 4 * threads + k;
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
                    java.util.concurrent.Callable<Replication.Outcome> task = () -> {
                        Replication.Outcome o = r.run(i, seed, listener.watcher(i));
                        listener.finishedOnWorker(o.record());
                        return o;
                    };
                    inFlight.add(pool != null ? pool.submit(task) : inline(task, done / k, replications));
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
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return shapes;
    }

    /** The runs come from elsewhere, in order: each is handed on as a local worker's would be. */
    private static List<RunShape> remotely(List<Replication> replicators, int replications, long baseSeed, List<Listener> listeners,
                                           Pairing pairing, Progress progress, RemoteReplications remote) throws IOException {
        int k = replicators.size();
        List<RunShape> shapes = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            shapes.add(replicators.get(s).shape());
            listeners.get(s).started(shapes.get(s));
        }
        RunRecord[] bundle = new RunRecord[k];
        int[] expected = {0};
        try {
            remote.run(replicators.stream().map(Replication::scenario).toList(), replications, baseSeed, (s, run) -> {
                if (s != expected[0] % k || run.replication() != expected[0] / k) {
                    throw new IllegalStateException("a remote run came back out of order: replication " + run.replication()
                            + " of scenario " + s + ", expected replication " + expected[0] / k + " of scenario " + expected[0] % k);
                }
                expected[0]++;
                listeners.get(s).finishedOnWorker(run);
                listeners.get(s).finished(run);
                bundle[s] = run;
                if (s == k - 1) {
                    if (pairing != null) {
                        pairing.replication(shapes, bundle.clone());
                    }
                    progress.done(run.replication() + 1, replications);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted after " + expected[0] / k + " of " + replications + " replications");
        }
        if (expected[0] != (long) replications * k) {
            throw new IllegalStateException("the remote runs stopped after " + expected[0] + " of " + (long) replications * k);
        }
        return shapes;
    }

    /** Runs a task on the calling thread, as a finished future; an interrupt between replications stops the run. */
    private static Future<Replication.Outcome> inline(java.util.concurrent.Callable<Replication.Outcome> task, long finished,
                                                      int replications) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted after " + finished + " of " + replications + " replications");
        }
        java.util.concurrent.FutureTask<Replication.Outcome> f = new java.util.concurrent.FutureTask<>(task);
        f.run();
        return f;
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
