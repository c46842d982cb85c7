package brink.output;

import brink.experiment.Ensemble;
import brink.experiment.RunRecord;
import brink.experiment.RunShape;
import brink.experiment.SeriesStatistics;
import brink.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a theatre scenario's four files: runs.csv and events.csv as replications finish, series.csv and
 * manifest.json at the end, all moved into place together by the {@link OutputFolder}.
 */
public final class TheatreOutputs implements Ensemble.Listener, AutoCloseable {
    public static final List<String> FILES = List.of("series.csv", "runs.csv", "events.csv", "manifest.json");

    private final OutputFolder folder;
    private final Scenario scenario;
    private final int replications;
    private final long memoryBudget;
    private RunShape shape;
    private SeriesStatistics stats;
    private RunsCsv runs;
    private EventsCsv events;

    /** Thrown when the statistics of so many replications would not fit in memory. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    public TheatreOutputs(OutputFolder folder, Scenario scenario, int replications, long memoryBudget) {
        this.folder = folder;
        this.scenario = scenario;
        this.replications = replications;
        this.memoryBudget = memoryBudget;
    }

    @Override
    public void started(RunShape s) throws IOException {
        long need = SeriesStatistics.bytesFor(s, replications);
        if (need > memoryBudget) {
            long fits = Math.max(1, replications * memoryBudget / need);
            throw new TooLarge(String.format("%d replications of %s need about %d MB for exact statistics, more than the "
                    + "%d MB this Java process may use; use --reps %d or fewer, or give Java more memory (java -Xmx8g ...)",
                    replications, scenario.name(), need >> 20, memoryBudget >> 20, fits));
        }
        shape = s;
        stats = new SeriesStatistics(s, replications);
        runs = new RunsCsv(folder.file("runs.csv"), s);
        events = new EventsCsv(folder.file("events.csv"), scenario.start());
    }

    @Override
    public void finished(RunRecord run) throws IOException {
        stats.add(run);
        runs.add(run.summary());
        events.add(run.replication(), run.events());
    }

    /** Writes series.csv and the manifest, then moves all four files into place. */
    public List<Path> commit(Manifest.Content manifest) throws IOException {
        closeWriters();
        SeriesCsv.write(folder.file("series.csv"), shape, stats);
        Manifest.write(folder.file("manifest.json"), manifest);
        return folder.commit();
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
        folder.close();
    }
}
