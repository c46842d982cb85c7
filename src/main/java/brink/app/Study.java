package brink.app;

import brink.analysis.Checkpoint;
import brink.analysis.Design;
import brink.analysis.Engine;
import brink.analysis.Parameter;
import brink.analysis.SampleRunner;
import brink.analysis.Sweep;
import brink.experiment.Seeds;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import brink.scenario.ScenarioSpec;
import brink.scenario.Setting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Brink from a Java program, JShell or a notebook: a scenario, checked as {@code brink validate} checks it, with
 * settings and a horizon, run in memory. Immutable: {@link #set} and {@link #years} return a new study.
 *
 * <pre>{@code
 * Study baseline = Study.load("scenarios/baseline.yaml");
 * RunResult r = baseline.years(3).run(200);                       // 200 replications, the default seed
 * r.outcome("any_war")                                             // mean, 95 % interval, percentiles, label, unit
 * baseline.set("events.missile-test.rate", "20").run(200).outcome("clashes").mean()
 * baseline.compare(Study.load("scenarios/us-drawdown.yaml"), 200).bottomLine()
 * }</pre>
 * Results are those of {@code brink run} and {@code brink compare} with the same seed and replications (tested); nothing
 * is written to disk.
 */
public final class Study {
    /** The years at which per-year outcomes are compared, as brink compare's default. */
    public static final int[] AT_YEARS = {1, 3, 5, 10};
    private final Path file;
    private final List<Setting> settings;
    private final Double years;
    private final Scenario scenario;
    private final int threads;

    private Study(Path file, List<Setting> settings, Double years, int threads) throws ScenarioException {
        this.file = file;
        this.settings = List.copyOf(settings);
        this.years = years;
        this.threads = threads;
        Scenario s = ScenarioLoader.load(file, false, this.settings);
        if (years != null && !(years * 365.25 >= 0.5 && years <= 100)) {
            throw new IllegalArgumentException("years must be at least one day (0.003) and at most 100, got " + years);
        }
        this.scenario = years == null ? s : s.withYears(years);
    }

    /** A scenario file, checked: a mistake is a {@link ScenarioException} whose problems name the file, line and field. */
    public static Study load(String file) throws ScenarioException {
        return load(Path.of(file));
    }

    public static Study load(Path file) throws ScenarioException {
        return new Study(file, List.of(), null, Runtime.getRuntime().availableProcessors());
    }

    /** The same scenario with one field replaced, as {@code --set PATH=VALUE} does (the value written as in YAML). */
    public Study set(String path, String value) throws ScenarioException {
        List<Setting> more = new ArrayList<>(settings);
        more.add(Setting.parse(path + "=" + value));
        return new Study(file, more, years, threads);
    }

    /** The same scenario over {@code y} years instead of its own horizon, as {@code --years} does. */
    public Study years(double y) throws ScenarioException {
        return new Study(file, settings, y, threads);
    }

    /** The same, run on {@code t} threads (results do not depend on it). */
    public Study threads(int t) throws ScenarioException {
        if (t < 1 || t > brink.experiment.Ensemble.MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + brink.experiment.Ensemble.MAX_THREADS + ", got " + t);
        }
        return new Study(file, settings, years, t);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Replications with the default seed ({@value Seeds#DEFAULT}), as {@code brink run --reps N}. */
    public RunResult run(int replications) {
        return run(replications, Seeds.DEFAULT);
    }

    public RunResult run(int replications, long seed) {
        return run(replications, seed, Runs.Keep.SUMMARIES);
    }

    /** The same, keeping each run's series at its end and, if asked, its event log (memory grows with replications). */
    public RunResult run(int replications, long seed, boolean keepEvents) {
        return run(replications, seed, new Runs.Keep(true, keepEvents));
    }

    /**
     * The same, keeping each run's series at its end, and showing every run, in replication order, to {@code each}
     * (its recorded values and events, which are not kept: for what a caller wants to count in them).
     */
    public RunResult run(int replications, long seed, Runs.Observer each) {
        return run(replications, seed, new Runs.Keep(true, false, each));
    }

    private RunResult run(int replications, long seed, Runs.Keep keep) {
        checkReplications(replications);
        theatre(scenario);
        try {
            Runs.Result r = Runs.run(List.of(scenario), replications, seed, threads, null, (d, n) -> { }, null, keep);
            return new RunResult(scenario, seed, r.shapes().get(0), r.runs().get(0), r.targets().get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This study (the reference) against others, with common random numbers, as {@code brink compare} with its default
     * {@code --at-years 1,3,5,10} (the per-year outcomes compared at the end of those years).
     */
    public ComparisonResult compare(List<Study> others, int replications, long seed) {
        checkReplications(replications);
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(scenario);
        others.forEach(o -> scenarios.add(o.scenario));
        for (Scenario s : scenarios) {
            theatre(s);
            if (!s.start().equals(scenario.start()) || s.days() != scenario.days()) {
                throw new IllegalArgumentException(s.file() + " starts " + s.start() + " and runs " + s.days() + " days, but "
                        + scenario.file() + " starts " + scenario.start() + " and runs " + scenario.days() + " days: give both the same "
                        + "years(...)");
            }
        }
        List<String> labels = labels(scenarios);
        try {
            Comparisons.Result r = Comparisons.run(scenarios, labels, replications, seed, threads, AT_YEARS, (d, n) -> { }, null, null);
            return new ComparisonResult(labels, r.rows(), r.runs().targets());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ComparisonResult compare(Study other, int replications) {
        return compare(List.of(other), replications, Seeds.DEFAULT);
    }

    /** A battle scenario's replications, as {@code brink run} runs them with the same seed (in memory). */
    public Battles.Result battle(int replications, long seed) {
        checkReplications(replications);
        try {
            return Battles.run(scenario, replications, seed);
        } catch (java.io.InterruptedIOException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException(e.getMessage());
        }
    }

    /**
     * A sweep of this study over the varied fields, as {@code brink sweep} runs it with the same design, samples,
     * replications, seed and outcomes (tested: the same samples and indices), in memory; no outcomes: the headlines. An
     * unknown outcome is {@link Refused}, a range the scenario cannot take a {@link Sweeps.RangeRefused} (checked at its
     * ends before any sample runs), a sample whose values the format refuses a {@link Sweep.SampleRefused}.
     *
     * <pre>{@code
     * Sweeps.Result r = baseline.years(3).sweep(List.of(Parameter.parse("actors.DPRK.resolve=0.5:1")),
     *         Design.Kind.SOBOL, 16, 10, 1, List.of("any_war"));
     * r.sobol().get("any_war")                                        // first and total order, with intervals
     * }</pre>
     */
    public Sweeps.Result sweep(List<Parameter> vary, Design.Kind kind, int samples, int replications, long seed, List<String> outcomes)
            throws Sweep.SampleRefused {
        checkReplications(replications);
        theatre(scenario);
        List<String> names = Sweeps.outcomes(scenario, outcomes);
        Sampled s = sample(vary, names, false, kind, samples, replications, seed);
        return Sweeps.analyse(s.runner().parameters(), names, s.plan(), s.results(), seed);
    }

    /**
     * A calibration of this study against its targets, as {@code brink calibrate} runs it (a Latin hypercube of
     * {@code draws} over the varied fields, {@code replications} each, rejection ABC with {@code tolerance}), in memory.
     */
    public Calibrations.Result calibrate(List<Parameter> vary, int draws, int replications, long seed, double tolerance)
            throws Sweep.SampleRefused {
        checkReplications(replications);
        theatre(scenario);
        if (scenario.spec().targets().isEmpty()) {
            throw new IllegalArgumentException(scenario.name() + " has no targets to calibrate against");
        }
        Sampled s = sample(vary, List.of(), true, Design.Kind.LHS, draws, replications, seed);
        return Calibrations.analyse(s.runner().parameters(), Calibrations.targets(scenario), s.results(), tolerance);
    }

    /** A design's samples as run here: the runner (its checked fields), the plan, the results in design order. */
    private record Sampled(SampleRunner runner, Design.Plan plan, List<brink.analysis.SampleResult> results) {
    }

    /**
     * Runs a design over {@code vary} as brink sweep and calibrate do: each range tried at its ends first (a whole-number
     * field swept over whole numbers), samples checked over the scenario's own horizon and cut to years(...) after.
     */
    private Sampled sample(List<Parameter> vary, List<String> outcomes, boolean targets, Design.Kind kind, int n, int replications,
                           long seed) throws Sweep.SampleRefused {
        try {
            Scenario own = years == null ? scenario : ScenarioLoader.load(file, false, settings);
            SampleRunner runner = new SampleRunner(own, years, vary, outcomes, replications, seed, targets);
            runner = runner.with(Sweeps.checkRanges(scenario, runner, Parameter::toString));
            Design.Plan plan = Design.plan(kind, runner.parameters(), n, seed);
            return new Sampled(runner, plan, Engine.local(threads).run(runner, plan, java.util.Map.of(), Checkpoint.none(), (d, k) -> { },
                    null));
        } catch (ScenarioException e) {
            throw new IllegalStateException("the study's scenario no longer loads: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        }
    }

    /** Scenario names, made unique as {@code brink compare} makes them (a scenario compared with itself gets "-2"). */
    public static List<String> labels(List<Scenario> scenarios) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        List<String> out = new ArrayList<>();
        for (Scenario s : scenarios) {
            int n = seen.merge(s.name(), 1, Integer::sum);
            out.add(n == 1 ? s.name() : s.name() + "-" + n);
        }
        return out;
    }

    private static void checkReplications(int replications) {
        if (replications < 1 || replications > Runs.MAX_KEPT) {
            throw new IllegalArgumentException("replications must be between 1 and " + Runs.MAX_KEPT + ", got " + replications);
        }
    }

    private static void theatre(Scenario s) {
        if (s.spec().kind() != ScenarioSpec.Kind.THEATRE) {
            throw new IllegalArgumentException(s.file() + " is a battle scenario: run it with brink run");
        }
    }

    @Override
    public String toString() {
        return scenario.name() + " (" + file + (settings.isEmpty() ? "" : ", " + settings.size() + " settings")
                + (years == null ? "" : ", " + years + " years") + ")";
    }
}
