package brink.analysis;

import brink.scenario.ScenarioException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a design's samples on all cores, each sample a {@link SampleRunner} work unit, skipping those a checkpoint
 * already holds and adding each finished one to it. The results come back in sample order whatever the order they
 * finished in, so an interrupted and resumed sweep ends with what an uninterrupted one gives.
 */
public final class Sweep {
    private Sweep() {
    }

    /** Told after every finished sample. */
    public interface Progress {
        void done(int finished, int total);
    }

    /** A sample whose scenario the loader refused: the sample, its values and the problems. */
    public static final class SampleRefused extends Exception {
        private static final long serialVersionUID = 1L;
        private final int sample;
        private final ScenarioException problems;

        public SampleRefused(int sample, ScenarioException problems) {
            super("sample " + sample + ": " + problems.getMessage());
            this.sample = sample;
            this.problems = problems;
        }

        public int sample() {
            return sample;
        }

        public ScenarioException problems() {
            return problems;
        }
    }

    public static List<SampleResult> run(SampleRunner runner, Design.Plan plan, int threads, Map<Integer, SampleResult> done,
                                         Checkpoint checkpoint, Progress progress)
            throws IOException, InterruptedException, SampleRefused {
        List<SampleResult> results = new ArrayList<>(done.values());
        int total = plan.size();
        progress.done(results.size(), total);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "brink-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<SampleResult>> futures = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                if (done.containsKey(i)) {
                    continue;
                }
                int sample = i;
                futures.add(pool.submit(() -> {
                    SampleResult r = runner.run(sample, plan.unit()[sample]);
                    checkpoint.add(r);
                    return r;
                }));
            }
            for (Future<SampleResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof ScenarioException se) {
                        throw new SampleRefused(sampleOf(futures, f, done, total), se);
                    }
                    if (c instanceof IOException io) {
                        throw io;
                    }
                    if (c instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(c);
                }
                progress.done(results.size(), total);
            }
        } finally {
            pool.shutdownNow();
        }
        results.sort(Comparator.comparingInt(SampleResult::sample));
        return results;
    }

    /** The design index of the k-th submitted future (samples already done were not submitted). */
    private static int sampleOf(List<Future<SampleResult>> futures, Future<SampleResult> f, Map<Integer, SampleResult> done, int total) {
        int k = futures.indexOf(f);
        for (int i = 0, seen = 0; i < total; i++) {
            if (!done.containsKey(i)) {
                if (seen++ == k) {
                    return i;
                }
            }
        }
        return -1;
    }
}
