package brink.cli;

import brink.analysis.Abc;
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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Which parameter values are consistent with the record? (approximate Bayesian computation)",
                "Rejection ABC against the scenario's targets: parameter sets drawn from the --vary ranges (a Latin hypercube) "
                    + "are kept when the model stays within --tolerance of every observed range. Writes samples.csv (every draw, "
                    + "its distance and target values), posterior.csv (the kept ones), calibration.csv (each field's prior range "
                    + "against its posterior median and 5-95 %% range), calibrated.yaml (a scenario that extends the original "
                    + "with the posterior medians) and manifest.json. Resumable with --resume.",
                "Example: brink calibrate scenarios/baseline.yaml --vary events.border-incident.rate=0.5:8",
                "  --vary actors.Japan.budget.grievance=5:25 --samples 200 --reps 20"})
final class CalibrateCommand implements Callable<Integer> {
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

    @Parameters(paramLabel = "SCENARIO", description = "theatre scenario file with a targets: section")
    Path scenarioFile;

    @Option(names = "--vary", paramLabel = "PATH=RANGE", required = true,
            description = "a field and its prior: PATH=LOW:HIGH (uniform), PATH=LOW:HIGH:log or PATH=A,B,C; repeatable")
    List<String> vary;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "200", description = "draws from the priors (default: ${DEFAULT-VALUE})")
    int samples;

    @Mixin
    RepsOption replications = new RepsOption();

    private int reps;

    @Option(names = "--tolerance", paramLabel = "E", defaultValue = "0",
            description = {"how far outside a range a kept draw may be, in widths of the range (default: ${DEFAULT-VALUE}:",
                "every target inside)"})
    double tolerance;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out/calibrate-<scenario>/)")
    Path out;

    @Option(names = "--no-charts", description = "do not draw charts/ and report.html (brink chart DIR draws them later)")
    boolean noCharts;

    @Option(names = "--resume", description = "continue the unfinished calibration in the output folder")
    boolean resume;

    @Override
    public Integer call() throws IOException {
        reps = replications.count();
        options.checkYears();
        int threads = options.threads();
        brink.analysis.Engine where = engine.engine(threads);
        if (samples < 2 || samples > 100_000) {
            throw new UserError("--samples must be between 2 and 100000, got " + samples);
        }
        if (!(tolerance >= 0 && tolerance <= 100)) {
            throw new UserError("--tolerance must be between 0 and 100 (widths of a range), got " + tolerance);
        }
        List<Parameter> parameters = brink.app.Sweeps.parameters(vary);
        Scenario base = Scenarios.load(scenarioFile, options.years, access, set, spec.commandLine().getErr());
        if (base == null) {
            return BrinkCommand.USER_ERROR;
        }
        if (base.spec().kind() != ScenarioSpec.Kind.THEATRE || base.spec().targets().isEmpty()) {
            throw new UserError(scenarioFile + " has no targets: section to calibrate against (scenarios/README.md, targets)");
        }
        List<Abc.Target> targets = brink.app.Calibrations.targets(base);
        // samples are checked over the scenario's own horizon and cut to --years after, as brink run does
        Scenario own = options.years == null ? base : Scenarios.load(scenarioFile, null, access, set, spec.commandLine().getErr());
        if (own == null) {
            return BrinkCommand.USER_ERROR;
        }
        SampleRunner runner = new SampleRunner(own, options.years, parameters, List.of(), reps, options.seed, true);
        List<Parameter> checked = SweepSetup.checkRanges(base, runner, spec.commandLine().getErr());
        if (checked == null) {
            return BrinkCommand.USER_ERROR;
        }
        parameters = checked;
        runner = runner.with(checked);
        Design.Plan plan = Design.plan(Design.Kind.LHS, parameters, samples, options.seed);
        Path dir = out != null ? out : Path.of("out", "calibrate-" + base.name());
        String fingerprint = brink.app.Sweeps.fingerprint(base, parameters, Design.Kind.LHS, samples, reps, options.seed,
                targets.stream().map(Abc.Target::id).toList()) + "-calibrate";
        Instant started = Instant.now();
        brink.output.OutputFolder folder = Scenarios.openFolder(dir);
        try (Interruption interruption = Interruption.install(); folder) {
            List<SampleResult> results;
            try {
                results = DesignRun.run(spec.commandLine().getOut(), spec.commandLine().getErr(), options.quiet, folder, runner, plan,
                        where, fingerprint, new DesignRun.Widths(parameters.size(), 0, targets.size()), resume,
                        "calibration " + base.name());
            } catch (DesignRun.Stopped stop) {
                return stop.exit;
            }
            Abc.Posterior posterior = brink.app.Calibrations.analyse(parameters, targets, results, tolerance).posterior();
            List<String> files = brink.app.Calibrations.write(folder, base, parameters, targets, results, posterior);
            brink.app.Sweeps.manifest(folder.file("manifest.json"), new brink.app.Sweeps.Provenance(Scenarios.commandLine(spec), base, samples,
                    reps, options.seed, started), parameters, Design.Kind.LHS, plan.size(), targets.stream().map(t -> "target " + t.id()).toList(),
                    files);
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
                brink.app.Calibrations.print(spec.commandLine().getOut(), dir, parameters, targets, results, posterior, tolerance);
                spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s in %.1f s: %s (%d draws x %d replications)%n", dir,
                        Duration.between(started, Instant.now()).toMillis() / 1000.0, String.join(", ", files), plan.size(), reps);
            }
            return 0;
        } catch (java.io.InterruptedIOException e) {
            return Scenarios.interrupted(spec.commandLine().getErr(), e, dir);
        }
    }
}
