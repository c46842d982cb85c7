package brink.cli;

import brink.experiment.Comparison;
import brink.experiment.Ensemble;
import brink.experiment.Metrics;
import brink.experiment.RunRecord;
import brink.experiment.RunShape;
import brink.experiment.RunSummary;
import brink.experiment.Targets;
import brink.output.Manifest;
import brink.output.OutputFolder;
import brink.output.TheatreOutputs;
import brink.scenario.Scenario;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Runs theatre scenarios as one ensemble (common random numbers) into an output folder; used by run and compare. */
final class TheatreEnsemble {
    /** What a student sees after the run, per scenario: shapes, run summaries and the targets checked. */
    record Result(List<RunShape> shapes, List<List<RunSummary>> summaries, List<List<Targets.Result>> targets) {
    }

    private TheatreEnsemble() {
    }

    static Result run(List<Scenario> scenarios, List<String> prefixes, OutputFolder folder, int reps, long seed,
                      int threads, int events, Comparison comparison, List<String> commandLine, boolean quiet)
            throws IOException {
        long budget = (long) (Runtime.getRuntime().maxMemory() * 0.6) / scenarios.size();
        List<TheatreOutputs> outputs = new ArrayList<>();
        List<List<RunSummary>> summaries = new ArrayList<>();
        List<Ensemble.Listener> listeners = new ArrayList<>();
        Instant started = Instant.now();
        for (int s = 0; s < scenarios.size(); s++) {
            TheatreOutputs out = new TheatreOutputs(folder, prefixes.get(s), scenarios.get(s), reps, budget, events, threads);
            List<RunSummary> list = new ArrayList<>();
            outputs.add(out);
            summaries.add(list);
            listeners.add(new Ensemble.Listener() {
                @Override
                public void started(RunShape shape) throws IOException {
                    out.started(shape);
                }

                @Override
                public void finishedOnWorker(RunRecord run) throws InterruptedException {
                    out.finishedOnWorker(run);
                }

                @Override
                public void finished(RunRecord run) throws IOException {
                    out.finished(run);
                    if (list.size() < 100_000) {
                        list.add(run.summary());
                    }
                }
            });
        }
        String task = scenarios.size() == 1 ? scenarios.get(0).name() : "compare";
        List<RunShape> shapes;
        try (ProgressReporter progress = new ProgressReporter(task, reps, quiet)) {
            shapes = Ensemble.run(scenarios, reps, seed, threads, Metrics.standard(), listeners, comparison, progress);
        } finally {
            for (TheatreOutputs o : outputs) {
                o.close();
            }
        }
        List<List<Targets.Result>> targets = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            Scenario sc = scenarios.get(s);
            List<Targets.Result> checked = Targets.check(sc, shapes.get(s), summaries.get(s));
            targets.add(checked);
            outputs.get(s).finish(new Manifest.Content(commandLine, sc.name(), sc.file(), sc.sha256(), sc.spec().info().title(),
                    seed, Manifest.SEED_RULE, Ensemble.seeds(seed, reps), sc.days(), started, Instant.now(),
                    TheatreOutputs.FILES, shapes.get(s), sc.spec(), checked, sc.settings()));
        }
        return new Result(shapes, summaries, targets);
    }
}
