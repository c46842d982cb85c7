package brink.cli;

import brink.experiment.Ensemble;
import brink.experiment.Metrics;
import brink.experiment.RunRecord;
import brink.experiment.RunShape;
import brink.experiment.StreamingStatistics;
import brink.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure how fast this machine runs a scenario (default: the baseline).",
                "Replications per second and time per replication on 1 thread and on T threads (simulation, recording and "
                    + "streaming statistics; no files), the speed-up, and the heap held by the statistics after 100 and after N "
                    + "replications."})
final class BenchCommand implements Callable<Integer> {
    private static final int MEMORY_SMALL = 100;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ExtendsOption access = new ExtendsOption();

    @Mixin
    RepsOption replications = new RepsOption();

    private int reps;

    @Option(names = "--threads", paramLabel = "T", description = "threads for the parallel measurement (default: all cores)")
    Integer threads;

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = "scenarios/baseline.yaml",
            description = "scenario to measure (default: ${DEFAULT-VALUE})")
    Path file;

    @Override
    public Integer call() throws IOException {
        reps = replications.count();
        if (reps < MEMORY_SMALL) {
            throw new UserError("--reps must be at least " + MEMORY_SMALL + " for the memory comparison, got " + reps);
        }
        EnsembleOptions t = new EnsembleOptions();
        t.threads = threads;
        int parallel = t.threads();
        Scenario scenario = Scenarios.load(file, null, access, spec.commandLine().getErr());
        if (scenario == null) {
            return BrinkCommand.USER_ERROR;
        }
        if (scenario.spec().kind() != brink.scenario.ScenarioSpec.Kind.THEATRE) {
            throw new UserError(file + ": bench measures theatre scenarios; a battle runs in milliseconds anyway");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "brink bench: %s (%d days), %,d replications per measurement, %d cores, Java %s, max heap %,d MB,"
                + " collector %s%n", scenario.name(), scenario.days(), reps, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, collector());
        out.flush();
        time(scenario, Math.min(reps, 300), parallel); // warm-up: let the JIT compile the hot paths
        double one = time(scenario, reps, 1);
        out.printf(Locale.ROOT, "  1 thread : %,8.0f replications/s  (%.3f ms per replication)%n", reps / one, one * 1000 / reps);
        out.flush();
        double many = time(scenario, reps, parallel);
        out.printf(Locale.ROOT, "  %d threads: %,8.0f replications/s  (%.3f ms per replication), speed-up %.2fx%n", parallel,
                reps / many, many * 1000 / reps, one / many);
        out.flush();
        long small = liveHeapAfter(scenario, MEMORY_SMALL, parallel);
        long large = liveHeapAfter(scenario, reps, parallel);
        out.printf(Locale.ROOT, "  live heap with the statistics of %,d replications: %,d MB; of %,d: %,d MB (%.2fx)%n",
                MEMORY_SMALL, small >> 20, reps, large >> 20, (double) large / small);
        out.printf(Locale.ROOT, "  peak heap used during the bench (garbage included): %,d MB%n", peakHeap() >> 20);
        return 0;
    }

    /** Seconds to run {@code n} replications with statistics on {@code threads} threads. */
    private static double time(Scenario scenario, int n, int threads) throws IOException {
        long t0 = System.nanoTime();
        runWithStatistics(scenario, n, threads);
        return (System.nanoTime() - t0) / 1e9;
    }

    private static StreamingStatistics runWithStatistics(Scenario scenario, int n, int threads) throws IOException {
        StreamingStatistics[] stats = new StreamingStatistics[1];
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
        Ensemble.run(scenario, n, 1, threads, Metrics.standard(), new Ensemble.Listener() {
            @Override
            public void started(RunShape shape) {
                stats[0] = StreamingStatistics.forShape(shape, n);
                ready.countDown();
            }

            @Override
            public void finishedOnWorker(RunRecord run) throws InterruptedException {
                if (run.replication() < StreamingStatistics.PILOT) {
                    return; // the pilot is kept by the main thread; waiting here for it would deadlock
                }
                ready.await();
                if (stats[0].binsConcurrently(run.replication())) {
                    stats[0].binConcurrently(run.values());
                }
            }

            @Override
            public void finished(RunRecord run) {
                stats[0].add(run.values(), !stats[0].binsConcurrently(run.replication()));
            }
        }, (done, total) -> { });
        return stats[0];
    }

    /** Heap in use after a full collection while the statistics of {@code n} replications are still held. */
    private static long liveHeapAfter(Scenario scenario, int n, int threads) throws IOException {
        System.gc();
        StreamingStatistics stats = runWithStatistics(scenario, n, threads);
        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        java.lang.ref.Reference.reachabilityFence(stats);
        return used;
    }

    /** The garbage collector in use (G1 by default on two cores or more; Serial with -XX:+UseSerialGC). */
    private static String collector() {
        String names = ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList().toString();
        return names.contains("G1") ? "G1" : names.contains("Copy") || names.contains("MarkSweepCompact") ? "Serial"
                : names.contains("PS ") ? "Parallel" : names;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
