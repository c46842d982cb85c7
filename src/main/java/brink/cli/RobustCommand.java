package brink.cli;

import brink.analysis.Design;
import brink.analysis.Parameter;
import brink.analysis.Robustness;
import brink.analysis.Sweep;
import brink.app.Robust;
import brink.experiment.Outcome;
import brink.output.OutputFolder;
import brink.scenario.Scenario;
import brink.scenario.ScenarioSpec;
import brink.scenario.Setting;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "robust", mixinStandardHelpOptions = true,
        description = {"Which policy holds up whatever the future? Policies crossed with uncertainties.",
            "Every policy (one value of each --policy lever) runs on every future of a design over the --vary fields, with",
            "the same random streams; each outcome is judged by regret (how much worse than the best policy in the same",
            "future) and, with --satisfy, by the share of futures that meet a threshold. Writes policies.csv, regret.csv,",
            "futures.csv and manifest.json.",
            "Example: brink robust scenarios/baseline.yaml --policy actors.US.forces.armor.theatreShare=0.005,0.01,0.02",
            "  --vary events.border-incident.rate=1:6 --vary actors.DPRK.resolve=0.6:1 --samples 20 --reps 20",
            "  --outcomes any_war,clashes --satisfy \"any_war<0.05\""})
final class RobustCommand implements Callable<Integer> {
    private static final int MAX_RUNS = 1_000_000;

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

    @Option(names = "--resume", description = "continue the unfinished robust run in the output folder, keeping its finished futures")
    boolean resume;

    @Parameters(paramLabel = "SCENARIO|EXPERIMENT",
            description = "theatre scenario file, or an experiment file with policies: (scenarios/experiments/us-posture.yaml)")
    Path scenarioFile;

    @Option(names = "--policy", paramLabel = "PATH=A,B,...",
            description = "a lever and the values the policies give it; repeatable (the policies are every combination)")
    List<String> policy;

    @Option(names = "--vary", paramLabel = "PATH=RANGE",
            description = "an uncertainty: PATH=LOW:HIGH, PATH=LOW:HIGH:log or PATH=A,B,C; repeatable")
    List<String> vary;

    @Option(names = "--design", paramLabel = "D", description = "lhs, grid or sobol (the points of Saltelli's design on a Sobol "
            + "sequence, N x (2 x fields + 2) futures) (default: lhs)")
    String design;

    @Option(names = "--samples", paramLabel = "N", description = "futures (lhs: samples; grid: points per field) (default: 20)")
    Integer samples;

    @Mixin
    RepsOption replications = new RepsOption();

    private Integer reps;

    @Option(names = "--outcomes", paramLabel = "NAME,...", split = ",",
            description = "outcomes to judge the policies by (default: any_war,clashes)")
    List<String> outcomes;

    @Option(names = "--goal", paramLabel = "NAME=min|max",
            description = "whether an outcome is better low or high; the risks of clashes and war are 'min' without it; repeatable")
    List<String> goals;

    @Option(names = "--satisfy", paramLabel = "NAME<VALUE",
            description = "a threshold an outcome should meet, e.g. \"any_war<0.05\" (also <=, >, >=); repeatable")
    List<String> satisfy;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out/robust-<scenario>/)")
    Path out;

    @Option(names = "--no-charts", description = "do not draw charts/ and report.html")
    boolean noCharts;

    @Override
    public Integer call() throws IOException {
        reps = replications.value();
        long seed = options.seed;
        List<String> goalTexts = new ArrayList<>(goals == null ? List.of() : goals);
        List<String> satisfyTexts = new ArrayList<>(satisfy == null ? List.of() : satisfy);
        List<String> policyTexts = new ArrayList<>(policy == null ? List.of() : policy);
        List<String> varyTexts = new ArrayList<>(vary == null ? List.of() : vary);
        Map<String, String> origins = new LinkedHashMap<>();
        List<Setting> base = new ArrayList<>();
        if (brink.scenario.ExperimentLoader.isExperiment(scenarioFile)) {
            brink.scenario.ExperimentLoader.Loaded x;
            try {
                x = brink.scenario.ExperimentLoader.load(scenarioFile);
            } catch (brink.scenario.ScenarioException e) {
                Scenarios.printProblems(e, spec.commandLine().getErr());
                return BrinkCommand.USER_ERROR;
            }
            if (!policyTexts.isEmpty() || !varyTexts.isEmpty()) {
                throw new UserError(scenarioFile + " is an experiment file: its policies and parameters are used (no --policy or --vary "
                        + "with it)");
            }
            if (x.experiment().policies().isEmpty()) {
                throw new UserError(scenarioFile + " has no policies: (brink sweep runs an experiment without them)");
            }
            for (int i = 0; i < x.experiment().policies().size(); i++) {
                var pol = x.experiment().policies().get(i);
                policyTexts.add(pol.path() + "=" + String.join(",", pol.levels()));
                origins.put(pol.path(), x.policyAt().get(i) + " experiment.policies[" + i + "]");
            }
            for (var f : x.experiment().parameters()) {
                varyTexts.add(f.path() + "=" + (!f.levels().isEmpty() ? String.join(",", f.levels().stream().map(Setting::number).toList())
                        : Setting.number(f.low()) + ":" + Setting.number(f.high())
                        + (f.distribution() == brink.scenario.ExperimentSpec.Distribution.LOG_UNIFORM ? ":log" : "")));
            }
            x.experiment().set().forEach(s -> base.add(Setting.parse(s)));
            x.experiment().goals().forEach((o, g) -> goalTexts.add(0, o + "=" + g));
            satisfyTexts.addAll(0, x.experiment().satisfy());
            design = design != null ? design : x.experiment().design() == null ? null : x.experiment().design().name();
            samples = samples != null ? samples : x.experiment().samples();
            reps = reps != null ? reps : x.experiment().replications();
            outcomes = outcomes != null ? outcomes : x.experiment().outcomes().isEmpty() ? null : x.experiment().outcomes();
            if (!spec.commandLine().getParseResult().hasMatchedOption("--seed") && x.experiment().seed() != null) {
                seed = x.experiment().seed();
            }
            scenarioFile = x.scenario();
        } else if (policyTexts.isEmpty() || varyTexts.isEmpty()) {
            throw new UserError("robust needs policies and uncertainties: --policy PATH=A,B (repeatable) and --vary PATH=LOW:HIGH "
                    + "(repeatable), or an experiment file with policies: and parameters:");
        }
        design = design == null ? "lhs" : design;
        samples = samples == null ? 20 : samples;
        reps = reps == null ? RepsOption.PER_SAMPLE : reps;
        outcomes = outcomes == null ? List.of("any_war", "clashes") : outcomes;
        goals = goalTexts;
        satisfy = satisfyTexts;
        policy = policyTexts;
        vary = varyTexts;
        return run(seed, base, origins);
    }

    private int run(long seed, List<Setting> experimentSettings, Map<String, String> origins) throws IOException {
        RepsOption.check("--reps", reps);
        options.checkYears();
        int threads = options.threads();
        Design.Kind kind = switch (design.toLowerCase(Locale.ROOT)) {
            case "lhs" -> Design.Kind.LHS;
            case "grid" -> Design.Kind.GRID;
            case "sobol" -> Design.Kind.SOBOL;
            default -> throw new UserError("--design must be lhs, grid or sobol for robust, got " + design);
        };
        if (samples < 1 || samples > 10_000) {
            throw new UserError("--samples must be between 1 and 10000, got " + samples);
        }
        List<Parameter> uncertainties = brink.app.Sweeps.parameters(vary);
        List<List<Setting>> levers = new ArrayList<>();
        for (String p : policy) {
            levers.add(Robust.lever(p, origins));
        }
        List<Robust.Policy> policies = Robust.policies(levers);
        long futures = Design.size(kind, uncertainties, samples);
        if (futures * policies.size() * reps > (long) MAX_RUNS * 100) {
            throw new UserError(policies.size() + " policies x " + futures + " futures x " + reps + " replications are too many runs: "
                    + "fewer policies, --samples or --reps");
        }
        Map<String, Robustness.Threshold> thresholds = new LinkedHashMap<>();
        for (String t : satisfy == null ? List.<String>of() : satisfy) {
            try {
                Robustness.Threshold th = Robustness.Threshold.parse(t);
                thresholds.put(th.outcome(), th);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Scenario> scenarios = new ArrayList<>();
        for (Robust.Policy p : policies) {
            List<Setting> all = new ArrayList<>(experimentSettings);
            all.addAll(set.settings());
            all.addAll(p.settings());
            Scenario s = Scenarios.load(scenarioFile, null, access, all, err);
            if (s == null) {
                err.println("brink: the policy " + p.name() + " is refused by the scenario (above)");
                return BrinkCommand.USER_ERROR;
            }
            if (s.spec().kind() != ScenarioSpec.Kind.THEATRE) {
                throw new UserError(scenarioFile + " is a battle scenario; robust runs theatre scenarios");
            }
            scenarios.add(s);
        }
        Scenario base = scenarios.get(0);
        List<String> names = brink.app.Sweeps.outcomes(base, outcomes);
        Map<String, Robustness.Direction> directions = Robust.directions(base, names, goals);
        for (String o : thresholds.keySet()) {
            if (!names.contains(o)) {
                throw new UserError("--satisfy names " + o + ", which is not among --outcomes " + String.join(",", names));
            }
        }
        List<Parameter> checked = SweepSetup.checkRanges(base,
                new brink.analysis.SampleRunner(base, options.years, uncertainties, names, reps, seed, false), err);
        if (checked == null) {
            return BrinkCommand.USER_ERROR;
        }
        Path dir = out != null ? out : Path.of("out", "robust-" + base.name());
        Instant started = Instant.now();
        brink.analysis.Engine where = engine.engine(threads);
        Design.Plan plan = Design.plan(kind, checked, samples, seed);
        OutputFolder folder = Scenarios.openFolder(dir);
        try (Interruption interruption = Interruption.install(); folder) {
            Robust.Result r;
            try {
                // each policy's futures as a sweep's samples: on this machine or a Spark cluster, with its own checkpoint
                r = Robust.run(policies, scenarios, options.years, checked, names, plan, reps, seed, (p, runner) -> {
                    try {
                        return DesignRun.run(spec.commandLine().getOut(), err, options.quiet, folder, checkpoint(p), runner, plan, where,
                                brink.app.Sweeps.fingerprint(scenarios.get(p), checked, kind, samples, reps, seed, names)
                                        + "|" + policies.get(p).name(),
                                new DesignRun.Widths(checked.size(), names.size(), 0), resume, "robust, policy " + (p + 1) + " of "
                                        + policies.size());
                    } catch (DesignRun.Stopped stop) {
                        throw new StoppedRun(stop.exit);
                    }
                });
            } catch (StoppedRun stop) {
                return stop.exit;
            } catch (Sweep.SampleRefused e) {
                err.println("brink: future " + e.sample() + " is refused by the scenario:");
                Scenarios.printProblems(e.problems(), err);
                return BrinkCommand.USER_ERROR;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted");
            }
            Map<String, List<Robustness.Summary>> summaries = Robust.summaries(r, names, directions, thresholds);
            Map<String, Outcome.Unit> units = Robust.units(base, names);
            Robust.write(folder, r, summaries, directions, thresholds, new Robust.Provenance(Scenarios.commandLine(spec),
                    scenarioFile.toString(), seed, reps, started, units));
            String failed = brink.app.Charting.robustCharts(folder, noCharts, Interruption::requested);
            Scenarios.commit(folder);
            for (int p = 0; p < policies.size(); p++) {
                DesignRun.finished(folder, checkpoint(p));
            }
            if (failed != null) {
                return Scenarios.chartsFailed(err, failed, dir);
            }
            if (!options.quiet) {
                print(spec.commandLine().getOut(), r, summaries, thresholds, units, dir, reps);
            }
            return 0;
        } catch (java.io.InterruptedIOException e) {
            return Scenarios.interrupted(err, e, dir);
        }
    }

    /** Where policy p's finished futures are kept until the run is written. */
    static String checkpoint(int p) {
        return ".brink-robust-progress-" + (p + 1) + ".csv";
    }

    /** A policy's run stopped (interrupted, or a future refused): the command ends with this exit code. */
    private static final class StoppedRun extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int exit;

        StoppedRun(int exit) {
            super(null, null, false, false);
            this.exit = exit;
        }
    }

    private static void print(PrintWriter out, Robust.Result r, Map<String, List<Robustness.Summary>> summaries,
                              Map<String, Robustness.Threshold> thresholds, Map<String, Outcome.Unit> units, Path dir, int reps) {
        out.printf(Locale.ROOT, "%d policies x %d futures x %d replications (the same random streams for every policy)%n",
                r.policies().size(), r.plan().size(), reps);
        for (var e : summaries.entrySet()) {
            Robustness.Threshold t = thresholds.get(e.getKey());
            Outcome.Unit unit = units.get(e.getKey());
            boolean share = unit == Outcome.Unit.PROBABILITY;
            out.println(e.getKey() + " (" + unit.text() + ", " + (e.getValue().get(0).direction() == Robustness.Direction.MINIMISE ? "lower"
                    : "higher") + " is better): mean over the futures [5-95 % of futures], largest regret, mean regret"
                    + (share ? " (regret in percentage points)" : "") + (t == null ? "" : ", share of futures with " + t));
            for (Robustness.Summary s : Robustness.byMaxRegret(e.getValue())) {
                out.printf(Locale.ROOT, "  %-40s %s [%s, %s]  regret max %s, mean %s%s%n", s.policy(), value(s.mean(), share),
                        value(s.p05(), share), value(s.p95(), share), regret(s.maxRegret(), share), regret(s.meanRegret(), share),
                        Double.isNaN(s.satisficing()) ? "" : String.format(Locale.ROOT, "  meets it in %.0f %%", 100 * s.satisficing()));
            }
            List<Robustness.Summary> ranked = Robustness.byMaxRegret(e.getValue());
            Robustness.Summary best = ranked.get(0);
            long tied = ranked.stream().filter(s -> Math.abs(s.maxRegret() - best.maxRegret()) < 1e-12
                    && Math.abs(s.meanRegret() - best.meanRegret()) < 1e-12).count();
            if (tied == ranked.size()) {
                out.println("  No policy does better than another on " + e.getKey() + " in any future: they tie (the lever does not move it"
                        + " here, or not within " + reps + " replications)");
            } else if (tied > 1) {
                out.println("  Most robust by the largest regret: " + tied + " policies tie, " + best.policy() + " among them");
            } else {
                out.println("  Most robust by the largest regret: " + best.policy() + " (never more than "
                        + regret(best.maxRegret(), share) + " worse than the best policy of a future)");
            }
        }
        if (!thresholds.isEmpty()) {
            // a future's probability is a share of few replications: its 0 does not mean "never"
            double z = 1.959963984540054;
            double upper = z * z / (reps + z * z);
            out.printf(Locale.ROOT, "Note: each future's value is the mean of %d replications; a probability of 0 there is consistent with"
                    + " up to %.0f %% (Wilson, 95 %%), so a threshold met in a future is met by that estimate, not surely%n", reps, 100 * upper);
        }
        out.println("Wrote " + dir + ": policies.csv, regret.csv, futures.csv, manifest.json, and unless --no-charts, charts/ and"
                + " report.html");
        if (reps < 20) {
            out.println("Warning: " + reps + " replications per policy and future: each future's outcome is noisy, and regret adds"
                    + " that noise; use --reps 20 or more before ranking policies");
        }
    }

    /** A probability as a percentage (a regret in points), anything else as a number. */
    private static String value(double v, boolean share) {
        return share ? String.format(Locale.ROOT, "%.1f %%", 100 * v) : num(v);
    }

    /** A regret: in percentage points for a probability. */
    private static String regret(double v, boolean share) {
        return share ? String.format(Locale.ROOT, "%.1f points", 100 * v) : num(v);
    }

    private static String num(double v) {
        return Setting.number(Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10000) / 10000.0);
    }
}
