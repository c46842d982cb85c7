package brink.cli;

import brink.analysis.Design;
import brink.analysis.Parameter;
import brink.analysis.SampleResult;
import brink.analysis.SampleRunner;
import brink.scenario.Scenario;
import brink.scenario.ScenarioSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Vary scenario fields over a design: which assumption matters?",
                "Runs every sample with the same replication seeds (common random numbers across samples). Writes samples.csv "
                    + "(each sample's values and outcome means with 95 %% intervals), sensitivity.csv for Sobol and Morris "
                    + "designs, and manifest.json. An interrupted sweep continues with --resume.",
                "Example: brink sweep scenarios/baseline.yaml --vary actors.US.forces.armor.theatreShare=0.005:0.02",
                "  --vary events.border-incident.rate=1:6 --design sobol --samples 32 --reps 20 --outcomes any_war,clashes"})
final class SweepCommand implements Callable<Integer> {
    private static final int MAX_SAMPLES = 1_000_000;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ExtendsOption access = new ExtendsOption();

    @Mixin
    SetOption set = new SetOption();

    @Mixin
    EnsembleOptions options;

    @Mixin
    EngineOption engine = new EngineOption();

    @Parameters(paramLabel = "SCENARIO|EXPERIMENT",
            description = "theatre scenario file, or an experiment file (experiment: scenario, parameters, design, ...)")
    Path scenarioFile;

    @Option(names = "--vary", paramLabel = "PATH=RANGE",
            description = {"a field to vary: PATH=LOW:HIGH (uniform), PATH=LOW:HIGH:log (log-uniform) or PATH=A,B,C (levels);",
                "repeatable. Integer fields need integer levels."})
    List<String> vary;

    @Option(names = "--design", paramLabel = "D",
            description = "grid, lhs (Latin hypercube), sobol (Saltelli: n(2k+2) samples) or morris (r(k+1)) (default: lhs)")
    String design;

    @Option(names = "--samples", paramLabel = "N",
            description = {"grid: points per field (default 5); lhs: samples (default 100); sobol: base samples n",
                "(default 64); morris: trajectories r (default 20)"})
    Integer samples;

    @Mixin
    RepsOption replications = new RepsOption();

    private Integer reps;

    @Option(names = "--outcomes", paramLabel = "NAME,...", split = ",",
            description = "outcomes of the catalogue to record (default: the headline outcomes)")
    List<String> outcomes;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out/sweep-<scenario>/)")
    Path out;

    @Option(names = "--no-charts", description = "do not draw charts/ and report.html (brink chart DIR draws them later)")
    boolean noCharts;

    @Option(names = "--resume", description = "continue the unfinished sweep in the output folder, keeping its finished samples")
    boolean resume;

    @Override
    public Integer call() throws IOException {
        reps = replications.value();
        List<Parameter> parameters = new ArrayList<>();
        List<brink.scenario.Setting> settings = new ArrayList<>();
        java.util.Map<String, String> origins = new java.util.HashMap<>();
        long seed = options.seed;
        if (brink.scenario.ExperimentLoader.isExperiment(scenarioFile)) {
            brink.scenario.ExperimentLoader.Loaded x;
            try {
                x = brink.scenario.ExperimentLoader.load(scenarioFile);
            } catch (brink.scenario.ScenarioException e) {
                Scenarios.printProblems(e, spec.commandLine().getErr());
                return BrinkCommand.USER_ERROR;
            }
            if (vary != null && !vary.isEmpty()) {
                throw new UserError(scenarioFile + " is an experiment file: its parameters are the fields varied (no --vary with it)");
            }
            if (!x.experiment().policies().isEmpty()) {
                throw new UserError(scenarioFile + " has policies: it is an experiment for brink robust " + scenarioFile);
            }
            parameters.addAll(fromExperiment(x.experiment()));
            for (int i = 0; i < parameters.size(); i++) {
                origins.put(parameters.get(i).path(), x.parameterAt().get(i) + " experiment.parameters[" + i + "] (" + parameters.get(i) + ")");
            }
            x.experiment().set().forEach(s -> settings.add(brink.scenario.Setting.parse(s)));
            design = design != null ? design : x.experiment().design() == null ? null
                    : x.experiment().design().name().toLowerCase(Locale.ROOT);
            samples = samples != null ? samples : x.experiment().samples();
            reps = reps != null ? reps : x.experiment().replications();
            outcomes = outcomes != null ? outcomes : x.experiment().outcomes().isEmpty() ? null : x.experiment().outcomes();
            if (!spec.commandLine().getParseResult().hasMatchedOption("--seed") && x.experiment().seed() != null) {
                seed = x.experiment().seed();
            }
            scenarioFile = x.scenario();
        } else if (vary == null || vary.isEmpty()) {
            // a file that could not be read (too large, not YAML) is not known to be an experiment file: say what is wrong with it
            if (Scenarios.load(scenarioFile, null, access, set.settings(), spec.commandLine().getErr()) == null) {
                return BrinkCommand.USER_ERROR;
            }
            throw new UserError("nothing to vary: give --vary PATH=LOW:HIGH (repeatable), or an experiment file");
        }
        settings.addAll(set.settings());
        reps = reps == null ? RepsOption.PER_SAMPLE : reps;
        RepsOption.check("--reps", reps);
        options.checkYears();
        int threads = options.threads();
        brink.analysis.Engine where = engine.engine(threads);
        Design.Kind kind = kind(design == null ? "lhs" : design);
        parameters.addAll(brink.app.Sweeps.parameters(vary));
        if (parameters.stream().map(Parameter::path).distinct().count() < parameters.size()) {
            throw new UserError("--vary names the same field twice");
        }
        int n = samples != null ? samples : switch (kind) {
            case GRID -> 5;
            case LHS -> 100;
            case SOBOL -> 64;
            case MORRIS -> 20;
        };
        if (n < 1 || n > MAX_SAMPLES || kind == Design.Kind.SOBOL && n < 2 || kind == Design.Kind.MORRIS && n < 2) {
            throw new UserError("--samples must be between " + (kind == Design.Kind.SOBOL || kind == Design.Kind.MORRIS ? 2 : 1)
                    + " and " + MAX_SAMPLES + ", got " + n);
        }
        long size = Design.size(kind, parameters, n);
        if (size > MAX_SAMPLES) {
            throw new UserError("the " + kind.name().toLowerCase(Locale.ROOT) + " design would have "
                    + (size == Long.MAX_VALUE ? "more than 9e18" : String.format(Locale.ROOT, "%,d", size)) + " samples, more than the "
                    + String.format(Locale.ROOT, "%,d", MAX_SAMPLES) + " a sweep takes: fewer --samples or fewer fields");
        }
        Scenario base = Scenarios.load(scenarioFile, options.years, access, settings, spec.commandLine().getErr());
        if (base == null) {
            return BrinkCommand.USER_ERROR;
        }
        if (base.spec().kind() != ScenarioSpec.Kind.THEATRE) {
            throw new UserError(scenarioFile + " is a battle scenario; sweeps run theatre scenarios");
        }
        List<String> names = brink.app.Sweeps.outcomes(base, outcomes);
        // samples are checked over the scenario's own horizon and cut to --years after, as brink run does
        Scenario own = options.years == null ? base : Scenarios.load(scenarioFile, null, access, settings, spec.commandLine().getErr());
        if (own == null) {
            return BrinkCommand.USER_ERROR;
        }
        SampleRunner runner = new SampleRunner(own, options.years, parameters, names, reps, seed, false);
        List<Parameter> checked = SweepSetup.checkRanges(base, runner, spec.commandLine().getErr(),
                p -> origins.getOrDefault(p.path(), "--vary " + p));
        if (checked == null) {
            return BrinkCommand.USER_ERROR;
        }
        parameters = checked;
        runner = runner.with(checked);
        Design.Plan plan = Design.plan(kind, parameters, n, seed);
        if (plan.size() > MAX_SAMPLES) {
            throw new UserError("the design has " + plan.size() + " samples, more than " + MAX_SAMPLES + ": fewer --samples or fields");
        }
        Path dir = out != null ? out : Path.of("out", "sweep-" + base.name());
        String fingerprint = brink.app.Sweeps.fingerprint(base, parameters, kind, n, reps, seed, names);
        Instant started = Instant.now();
        brink.output.OutputFolder folder = Scenarios.openFolder(dir);
        try (Interruption interruption = Interruption.install(); folder) {
            List<SampleResult> results;
            try {
                results = DesignRun.run(spec.commandLine().getOut(), spec.commandLine().getErr(), options.quiet, folder, runner,
                        plan, where, fingerprint, new DesignRun.Widths(parameters.size(), names.size(), 0), resume,
                        "sweep " + base.name());
            } catch (DesignRun.Stopped stop) {
                return stop.exit;
            }
            brink.app.Sweeps.Result swept = brink.app.Sweeps.analyse(parameters, names, plan, results, seed);
            List<String> files = new ArrayList<>(brink.app.Sweeps.write(folder, swept,
                    new brink.app.Sweeps.Provenance(Scenarios.commandLine(spec), base, n, reps, seed, started)));
            String failed = Scenarios.sweepCharts(folder, noCharts);
            if (!noCharts && failed == null) {
                files.add("charts");
                files.add("report.html");
            }
            Scenarios.commit(folder);
            DesignRun.finished(folder);
            if (failed != null) {
                return Scenarios.chartsFailed(spec.commandLine().getErr(), failed, dir);
            }
            if (!options.quiet) {
                SweepSetup.printSummary(spec.commandLine().getOut(), parameters, names, swept.sobol(), swept.morris());
                spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s in %.1f s: %s (%d samples x %d replications)%n", dir,
                        Duration.between(started, Instant.now()).toMillis() / 1000.0, String.join(", ", files), plan.size(), reps);
            }
            return 0;
        } catch (java.io.InterruptedIOException e) {
            return Scenarios.interrupted(spec.commandLine().getErr(), e, dir);
        }
    }

    /** The experiment file's fields as parameters. */
    private static List<Parameter> fromExperiment(brink.scenario.ExperimentSpec.Experiment x) {
        List<Parameter> out = new ArrayList<>();
        for (brink.scenario.ExperimentSpec.Field f : x.parameters()) {
            out.add(!f.levels().isEmpty() ? new Parameter(f.path(), Double.NaN, Double.NaN, Parameter.Scale.LEVELS, f.levels())
                    : new Parameter(f.path(), f.low(), f.high(), f.distribution() == brink.scenario.ExperimentSpec.Distribution.LOG_UNIFORM
                    ? Parameter.Scale.LOG_UNIFORM : Parameter.Scale.UNIFORM, List.of()));
        }
        return out;
    }

    private static Design.Kind kind(String d) {
        try {
            return Design.Kind.valueOf(d.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("--design must be grid, lhs, sobol or morris, got " + d);
        }
    }
}
