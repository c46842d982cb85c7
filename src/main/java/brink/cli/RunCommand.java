package brink.cli;

import brink.model.Battle;
import brink.output.Manifest;
import brink.output.OutputFolder;
import brink.output.TheatreOutputs;
import brink.scenario.Scenario;
import brink.scenario.ScenarioSpec;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario and write series.csv, runs.csv, events.csv and manifest.json to its output folder.",
                "Replications run in parallel; the outputs are the same for any thread count. All four files appear",
                "together when the run has finished; a failed or interrupted run leaves the folder as it was."})
final class RunCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ExtendsOption access = new ExtendsOption();

    @Mixin
    SetOption set = new SetOption();

    @Parameters(paramLabel = "SCENARIO", description = "scenario file (YAML), e.g. scenarios/baseline.yaml")
    Path scenarioFile;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out/<scenario-name>/)")
    Path out;

    @Mixin
    RepsOption replications = new RepsOption();

    private int reps;

    @Option(names = "--events", paramLabel = "K", defaultValue = "100",
            description = "write the event log of the first K replications to events.csv (default: ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--no-charts", description = "do not draw charts/ and report.html (brink chart DIR draws them later)")
    boolean noCharts;

    @Mixin
    EnsembleOptions options;

    @Mixin
    EngineOption engine = new EngineOption();

    @Override
    public Integer call() throws IOException {
        reps = replications.count();
        options.checkYears();
        int threads = options.threads();
        EnsembleOptions.checkEvents(events);
        Scenario scenario = Scenarios.load(scenarioFile, options.years, access, set, spec.commandLine().getErr());
        if (scenario == null) {
            return BrinkCommand.USER_ERROR;
        }
        if (scenario.spec().kind() == ScenarioSpec.Kind.BATTLE && !engine.local()) {
            throw new UserError("--engine spark runs theatre scenarios; " + scenarioFile + " is a battle (its "
                    + "replications take microseconds here)");
        }
        Path dir = out != null ? out : Path.of("out", scenario.name());
        OutputFolder folder = Scenarios.openFolder(dir);
        Instant started = Instant.now();
        try (Interruption interruption = Interruption.install()) {
            return runInto(scenario, dir, folder, threads, started);
        }
    }

    /** Runs into the folder; on interruption the folder is cleaned up before the message, all before the JVM exits. */
    private int runInto(Scenario scenario, Path dir, OutputFolder folder, int threads, Instant started) throws IOException {
        try (folder) {
            List<Path> written;
            if (scenario.spec().kind() == ScenarioSpec.Kind.BATTLE) {
                Battle.Result first = runBattle(scenario, folder, started);
                String failed = Scenarios.charts(folder, List.of(""), false, noCharts);
                written = Scenarios.commit(folder);
                double[] end = first.strengths()[first.strengths().length - 1];
                say(String.format(Locale.ROOT, "%s: after %d days (replication 0) %s has %.0f, %s has %.0f",
                        scenario.spec().info().title(), scenario.spec().battle().days(), first.sides()[0], end[0],
                        first.sides()[1], end[1]));
                if (failed != null) {
                    return Scenarios.chartsFailed(spec.commandLine().getErr(), failed, dir);
                }
            } else {
                int before = previousReplications(dir);
                brink.app.Runs.Result r;
                try (ProgressReporter progress = new ProgressReporter(scenario.name(), reps, options.quiet)) {
                    r = brink.app.Runs.run(List.of(scenario), reps, options.seed, threads, null, progress,
                            new brink.app.Runs.Output(folder, List.of(""), events, commandLine()), brink.app.Runs.Keep.SUMMARIES,
                            engine.replications(folder));
                }
                boolean hadCharts = java.nio.file.Files.exists(dir.resolve("report.html"))
                        || java.nio.file.Files.isDirectory(dir.resolve("charts"));
                String failed = Scenarios.charts(folder, List.of(""), false, noCharts);
                written = new java.util.ArrayList<>(Scenarios.commit(folder));
                say(Summary.of(scenario, r.shapes().get(0), r.summaries(0), options.seed));
                if (!r.targets().get(0).isEmpty()) {
                    say(Summary.record(r.targets().get(0)));
                }
                if (failed != null) {
                    return Scenarios.chartsFailed(spec.commandLine().getErr(), failed, dir);
                }
                if (before > reps) {
                    say("Replaced the previous run in " + dir + ", of " + before + " replications, with this one of " + reps
                            + " (--out another folder to keep both)");
                }
                if (noCharts && hadCharts) {
                    say("Removed the charts and report.html of the previous run in " + dir + " (they showed the old data); "
                            + "brink chart " + dir + " draws new ones");
                }
            }
            say(String.format(Locale.ROOT, "Wrote %s in %.1f s: %s", dir, Duration.between(started, Instant.now()).toMillis() / 1000.0,
                    String.join(", ", written.stream().map(p -> dir.relativize(p).getName(0).toString()).distinct().toList())));
            return 0;
        } catch (InterruptedIOException e) {
            return Scenarios.interrupted(spec.commandLine().getErr(), e, dir);
        } catch (TheatreOutputs.TooLarge e) {
            throw new UserError(e.getMessage());
        }
    }

    /** How many replications the run already in the folder had (0: none, or not readable). */
    private static int previousReplications(Path dir) {
        try {
            Integer n = Manifest.readRun(dir.resolve("manifest.json"), dir.resolve("manifest.json")).replications();
            return n == null ? 0 : n;
        } catch (IOException | RuntimeException e) {
            return 0; // no previous run, or not one of ours: nothing to say
        }
    }

    /** Runs the replications and writes the battle's data files (uncommitted); returns replication 0. */
    private Battle.Result runBattle(Scenario scenario, OutputFolder folder, Instant started) throws IOException {
        brink.app.Battles.Result r = brink.app.Battles.run(scenario, reps, options.seed);
        brink.app.Battles.write(folder, scenario, r, commandLine(), started);
        return r.runs().get(0);
    }

    private List<String> commandLine() {
        return Scenarios.commandLine(spec);
    }

    private void say(String text) {
        if (!options.quiet) {
            spec.commandLine().getOut().println(text);
        }
    }
}
