package brink.output;

import brink.experiment.Ensemble;
import brink.experiment.RunRecord;
import brink.experiment.RunShape;
import brink.experiment.StreamingStatistics;
import brink.scenario.Scenario;
import java.io.IOException;
import java.util.List;

/**
 * Writes a theatre scenario's four files: runs.csv and events.csv as replications finish (events of the first
 * {@code eventReplications} only), series.csv and manifest.json at the end, all moved into place together by the
 * {@link OutputFolder}.
 */
public final class TheatreOutputs implements Ensemble.Listener, AutoCloseable {
    public static final List<String> FILES = List.of("series.csv", "runs.csv", "events.csv", "manifest.json");

    private final OutputFolder folder;
    private final Scenario scenario;
    private final int replications;
    private final long memoryBudget;
    private final int eventReplications;
    private final String prefix;
    private RunShape shape;
    private volatile StreamingStatistics stats;
    private final java.util.concurrent.CountDownLatch statsReady = new java.util.concurrent.CountDownLatch(1);
    private final int threads;
    private RunsCsv runs;
    private EventsCsv events;

    /** Thrown when the statistics of so many replications would not fit in memory. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /** @param prefix where the files go inside the folder: "" or a subfolder such as "baseline/" */
    public TheatreOutputs(OutputFolder folder, String prefix, Scenario scenario, int replications, long memoryBudget,
                          int eventReplications, int threads) {
        this.threads = threads;
        this.folder = folder;
        this.prefix = prefix;
        this.scenario = scenario;
        this.replications = replications;
        this.memoryBudget = memoryBudget;
        this.eventReplications = eventReplications;
    }

    @Override
    public void started(RunShape s) throws IOException {
        long need = StreamingStatistics.bytesFor(StreamingStatistics.cellsOf(s), replications, threads);
        if (need > memoryBudget) {
            throw new TooLarge(String.format(java.util.Locale.ROOT, "the statistics of %s need about %d MB, more than the %d MB this Java "
                    + "process may use; give Java more memory (java -Xmx4g -jar ...) or record fewer days daily "
                    + "(recording.dailyDays)", scenario.name(), need >> 20, memoryBudget >> 20));
        }
        shape = s;
        stats = StreamingStatistics.forShape(s, replications);
        statsReady.countDown();
        runs = new RunsCsv(folder.file(prefix + "runs.csv"), s);
        events = new EventsCsv(folder.file(prefix + "events.csv"), scenario.start());
    }

    @Override
    public void finishedOnWorker(RunRecord run) throws InterruptedException {
        if (run.replication() < StreamingStatistics.PILOT) {
            return; // the pilot is kept by the main thread; waiting here for it would deadlock
        }
        statsReady.await();
        if (stats.binsConcurrently(run.replication())) {
            stats.binConcurrently(run.values());
        }
    }

    @Override
    public void finished(RunRecord run) throws IOException {
        stats.add(run.values(), !stats.binsConcurrently(run.replication()));
        runs.add(run.summary());
        if (run.replication() < eventReplications) {
            events.add(run.replication(), run.events());
        }
    }

    /** Writes series.csv and the manifest (the folder moves everything into place when it is committed). */
    public void finish(Manifest.Content manifest) throws IOException {
        closeWriters();
        SeriesCsv.write(folder.file(prefix + "series.csv"), shape, stats);
        Manifest.write(folder.file(prefix + "manifest.json"), manifest);
    }

    public StreamingStatistics statistics() {
        return stats;
    }

    public RunShape shape() {
        return shape;
    }

    private void closeWriters() throws IOException {
        if (runs != null) {
            runs.close();
        }
        if (events != null) {
            events.close();
        }
    }

    @Override
    public void close() throws IOException {
        closeWriters();
    }
}
