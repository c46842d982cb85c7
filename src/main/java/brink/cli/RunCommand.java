package brink.cli;

import brink.experiment.Ensemble;
import brink.experiment.Metrics;
import brink.experiment.RunRecord;
import brink.experiment.RunShape;
import brink.experiment.RunSummary;
import brink.experiment.Seeds;
import brink.model.Battle;
import brink.output.BattleOutputs;
import brink.output.Manifest;
import brink.output.OutputFolder;
import brink.output.TheatreOutputs;
import brink.scenario.Problem;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import brink.scenario.ScenarioSpec;
import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario and write series.csv, runs.csv, events.csv and manifest.json to its output folder.",
                "All four files appear together when the run has finished; a failed or interrupted run leaves the folder as it was."})
final class RunCommand implements Callable<Integer> {
    static final int MAX_REPS = 100_000;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "scenario file (YAML), e.g. scenarios/baseline.yaml")
    Path scenarioFile;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out/<scenario-name>/)")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + Seeds.DEFAULT,
            description = "base seed; replication i uses a seed derived from (S, i) (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--reps", paramLabel = "N", defaultValue = "1",
            description = "number of replications, 1 to " + MAX_REPS + " (default: ${DEFAULT-VALUE})")
    int reps;

    @Option(names = "--years", paramLabel = "Y", description = "simulate Y years instead of the scenario's horizon (0 < Y <= 100)")
    Double years;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (reps < 1 || reps > MAX_REPS) {
            throw new UserError("--reps must be between 1 and " + MAX_REPS + ", got " + reps);
        }
        if (years != null && !(years > 0 && years <= 100)) {
            throw new UserError("--years must be more than 0 and at most 100, got " + years);
        }
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(scenarioFile);
        } catch (ScenarioException e) {
            for (Problem p : e.problems()) {
                spec.commandLine().getErr().println(p);
            }
            return BrinkCommand.USER_ERROR;
        }
        if (years != null) {
            scenario = scenario.withYears(years);
        }
        Path dir = out != null ? out : Path.of("out", scenario.name());
        OutputFolder folder;
        try {
            folder = OutputFolder.open(dir);
        } catch (IOException e) {
            throw new UserError("cannot write to the output folder " + dir + ": " + e.getMessage());
        }
        Interruption interruption = Interruption.install();
        Instant started = Instant.now();
        try (folder) {
            List<Path> written = scenario.spec().kind() == ScenarioSpec.Kind.BATTLE
                    ? runBattle(scenario, folder, started) : runTheatre(scenario, folder, started);
            say(String.format(Locale.ROOT, "Wrote %s in %.1f s: %s", dir, Duration.between(started, Instant.now()).toMillis() / 1000.0,
                    String.join(", ", written.stream().map(p -> p.getFileName().toString()).toList())));
            return 0;
        } catch (InterruptedIOException e) {
            spec.commandLine().getErr().println("brink: interrupted (" + e.getMessage() + "); nothing was written, "
                    + dir + " holds what it held before");
            return 130;
        } catch (TheatreOutputs.TooLarge e) {
            throw new UserError(e.getMessage());
        } finally {
            interruption.done();
        }
    }

    private List<Path> runTheatre(Scenario scenario, OutputFolder folder, Instant started) throws IOException {
        long budget = (long) (Runtime.getRuntime().maxMemory() * 0.6);
        TheatreOutputs outputs = new TheatreOutputs(folder, scenario, reps, budget);
        List<RunSummary> summaries = new ArrayList<>();
        Progress progress = new Progress(quiet ? null : spec.commandLine().getErr(), reps);
        RunShape shape = Ensemble.run(scenario, scenario.days(), reps, seed, Metrics.standard(), new Ensemble.Listener() {
            @Override
            public void started(RunShape s) throws IOException {
                outputs.started(s);
            }

            @Override
            public void finished(RunRecord run) throws IOException {
                outputs.finished(run);
                summaries.add(run.summary());
            }
        }, progress);
        progress.finish();
        List<Path> files = outputs.commit(manifest(scenario, started, TheatreOutputs.FILES));
        say(Summary.of(scenario, shape, summaries, seed));
        return files;
    }

    private List<Path> runBattle(Scenario scenario, OutputFolder folder, Instant started) throws IOException {
        long[] seeds = Ensemble.seeds(seed, reps);
        List<Battle.Result> results = new ArrayList<>();
        for (long s : seeds) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("interrupted after " + results.size() + " replications");
            }
            results.add(Battle.run(scenario.spec().battle(), new MersenneTwisterFast(s)));
        }
        BattleOutputs.write(folder, scenario.name(), scenario.start(), seeds, results,
                manifest(scenario, started, BattleOutputs.FILES));
        Battle.Result r0 = results.get(0);
        double[] end = r0.strengths()[r0.strengths().length - 1];
        say(String.format(Locale.ROOT, "%s: after %d days (replication 0) %s has %.0f, %s has %.0f", scenario.spec().info().title(),
                scenario.spec().battle().days(), r0.sides()[0], end[0], r0.sides()[1], end[1]));
        return BattleOutputs.FILES.stream().map(folder.dir()::resolve).toList();
    }

    private Manifest.Content manifest(Scenario scenario, Instant started, List<String> files) {
        List<String> cmd = new ArrayList<>(List.of("brink"));
        cmd.addAll(spec.commandLine().getParseResult().originalArgs());
        return new Manifest.Content(cmd, scenario.name(), scenario.file(), scenario.sha256(), scenario.spec().info().title(),
                seed, "seed of replication i = splitmix64(S + (i + 1) * 0x9E3779B97F4A7C15)", Ensemble.seeds(seed, reps),
                scenario.days(), started, Instant.now(), files);
    }

    private void say(String text) {
        if (!quiet) {
            spec.commandLine().getOut().println(text);
        }
    }

    /** Replications done, on one terminal line; silent when not on a terminal or when quiet. */
    private static final class Progress implements Ensemble.Progress {
        private final PrintWriter err;
        private final int total;
        private final long start = System.nanoTime();

        Progress(PrintWriter err, int total) {
            this.err = System.console() != null && total > 1 ? err : null;
            this.total = total;
        }

        @Override
        public void done(int finished, int all) {
            if (err != null && (finished % Math.max(1, total / 100) == 0 || finished == total)) {
                double s = (System.nanoTime() - start) / 1e9;
                err.printf(Locale.ROOT, "\rreplication %d/%d  %.0f/s ", finished, total, finished / Math.max(s, 1e-9));
                err.flush();
            }
        }

        void finish() {
            if (err != null) {
                err.println();
            }
        }
    }

    /** Ctrl-C: interrupt the run, let it clean up its temporary files, then let the JVM exit. */
    private static final class Interruption {
        private final Thread hook;
        private final CountDownLatch cleaned = new CountDownLatch(1);

        private Interruption(Thread worker) {
            hook = new Thread(() -> {
                worker.interrupt();
                try {
                    cleaned.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "brink-interrupt");
        }

        static Interruption install() {
            Interruption i = new Interruption(Thread.currentThread());
            Runtime.getRuntime().addShutdownHook(i.hook);
            return i;
        }

        void done() {
            cleaned.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting because of the interruption; the hook is running and will return
            }
        }
    }
}
