package brink.app;

import brink.experiment.Cadence;
import brink.experiment.Comparison;
import brink.experiment.Ensemble;
import brink.experiment.Metrics;
import brink.experiment.RunRecord;
import brink.experiment.RunShape;
import brink.experiment.RunSummary;
import brink.experiment.Targets;
import brink.model.LoggedEvent;
import brink.output.Manifest;
import brink.output.OutputFolder;
import brink.output.TheatreOutputs;
import brink.scenario.Scenario;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs theatre scenarios as one ensemble (common random numbers: replication i has the same seed in every scenario)
 * and keeps what a caller asks for: the run summaries always, each run's recorded series at its end and its event log
 * on request, and an output folder's files (series.csv, runs.csv, events.csv, manifest.json, uncommitted) when one is
 * given. {@code brink run}, {@code brink compare} and the Java API ({@link Study}) all run through here.
 */
public final class Runs {
    /** Summaries kept per scenario at most (the outcomes of 100,000 replications). */
    public static final int MAX_KEPT = 100_000;

    /** Where to write, if anywhere: the folder, each scenario's prefix in it, how many event logs, the command line. */
    public record Output(OutputFolder folder, List<String> prefixes, int events, List<String> commandLine) {
        public Output {
            prefixes = List.copyOf(prefixes);
            commandLine = List.copyOf(commandLine);
        }
    }

    /** Sees every run in replication order, as it finishes (what it keeps is its own affair). */
    public interface Observer {
        void run(RunShape shape, RunRecord run);
    }

    /** What to keep in memory beyond the summaries (each run's series at its end, its events), and who else looks. */
    public record Keep(boolean ends, boolean events, Observer observer, java.util.function.IntFunction<sim.engine.Steppable> watchers) {
        public static final Keep SUMMARIES = new Keep(false, false, null);

        public Keep(boolean ends, boolean events) {
            this(ends, events, null);
        }

        public Keep(boolean ends, boolean events, Observer observer) {
            this(ends, events, observer, null);
        }

        /** The same, with {@code watchers.apply(i)} watching replication i day by day (null: none). */
        public Keep watching(java.util.function.IntFunction<sim.engine.Steppable> w) {
            return new Keep(ends, events, observer, w);
        }
    }

    /** One scenario's run as kept: its summary, its recorded series at the end (or null), its events (or null). */
    public record Kept(RunSummary summary, double[] end, List<LoggedEvent> events) {
    }

    /** Per scenario: its shape, its runs as kept (in replication order) and its targets checked on them. */
    public record Result(List<RunShape> shapes, List<List<Kept>> runs, List<List<Targets.Result>> targets) {
        /** The summaries of scenario s, in replication order. */
        public List<RunSummary> summaries(int s) {
            return runs.get(s).stream().map(Kept::summary).toList();
        }
    }

    private Runs() {
    }

    /**
     * Runs {@code reps} replications of every scenario with base seed {@code seed} on {@code threads} threads; with an
     * {@code output}, writes its files (not committed: the caller commits the folder).
     */
    public static Result run(List<Scenario> scenarios, int reps, long seed, int threads, Comparison pairing, Ensemble.Progress progress,
                             Output output, Keep keep) throws IOException {
        return run(scenarios, reps, seed, threads, pairing, progress, output, keep, null);
    }

    /** The same, the runs made by {@code remote} (Spark) unless it is null; the results are the same either way. */
    public static Result run(List<Scenario> scenarios, int reps, long seed, int threads, Comparison pairing, Ensemble.Progress progress,
                             Output output, Keep keep, brink.experiment.RemoteReplications remote) throws IOException {
        if (remote != null && keep.watchers() != null) {
            throw new IllegalArgumentException("a run watched day by day runs on this machine");
        }
        long budget = (long) (Runtime.getRuntime().maxMemory() * 0.6) / scenarios.size();
        List<TheatreOutputs> outputs = new ArrayList<>();
        List<List<Kept>> kept = new ArrayList<>();
        List<Ensemble.Listener> listeners = new ArrayList<>();
        Instant started = Instant.now();
        for (int s = 0; s < scenarios.size(); s++) {
            TheatreOutputs out = output == null ? null
                    : new TheatreOutputs(output.folder(), output.prefixes().get(s), scenarios.get(s), reps, budget, output.events(), threads);
            List<Kept> list = new ArrayList<>();
            outputs.add(out);
            kept.add(list);
            RunShape[] shape = new RunShape[1];
            listeners.add(new Ensemble.Listener() {
                @Override
                public void started(RunShape started) throws IOException {
                    shape[0] = started;
                    if (out != null) {
                        out.started(started);
                    }
                }

                @Override
                public sim.engine.Steppable watcher(int replication) {
                    return keep.watchers() == null ? null : keep.watchers().apply(replication);
                }

                @Override
                public void finishedOnWorker(RunRecord run) throws InterruptedException {
                    if (out != null) {
                        out.finishedOnWorker(run);
                    }
                }

                @Override
                public void finished(RunRecord run) throws IOException {
                    if (out != null) {
                        out.finished(run);
                    }
                    if (keep.observer() != null) {
                        keep.observer().run(shape[0], run);
                    }
                    if (list.size() < MAX_KEPT) {
                        list.add(new Kept(run.summary(), keep.ends() ? end(shape[0], run) : null,
                                keep.events() ? List.copyOf(run.events()) : null));
                    }
                }
            });
        }
        List<RunShape> shapes;
        try {
            shapes = Ensemble.run(scenarios, reps, seed, threads, Metrics.standard(), listeners, pairing, progress, remote);
        } finally {
            for (TheatreOutputs o : outputs) {
                if (o != null) {
                    o.close();
                }
            }
        }
        List<List<Targets.Result>> targets = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            Scenario sc = scenarios.get(s);
            List<Targets.Result> checked = Targets.check(sc, shapes.get(s), kept.get(s).stream().map(Kept::summary).toList());
            targets.add(checked);
            if (output != null) {
                outputs.get(s).finish(new Manifest.Content(output.commandLine(), sc.name(), sc.file(), sc.sha256(),
                        sc.spec().info().title(), seed, Manifest.SEED_RULE, Ensemble.seeds(seed, reps), sc.days(), started, Instant.now(),
                        TheatreOutputs.FILES, shapes.get(s), sc.spec(), checked, sc.settings()));
            }
        }
        return new Result(shapes, kept, targets);
    }

    /** The run's standard-cadence series at the last record point, in the order of the shape's standard keys. */
    private static double[] end(RunShape shape, RunRecord run) {
        int last = shape.layout().points(Cadence.STANDARD) - 1;
        double[] standard = run.values()[Cadence.STANDARD.ordinal()];
        double[] out = new double[(int) shape.keys().stream().filter(k -> k.cadence() == Cadence.STANDARD).count()];
        for (int k = 0, j = 0; k < shape.keys().size(); k++) {
            if (shape.keys().get(k).cadence() == Cadence.STANDARD) {
                out[j++] = standard[shape.cell(k, last)];
            }
        }
        return out;
    }
}
