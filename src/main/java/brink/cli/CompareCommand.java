package brink.cli;

import brink.experiment.Comparison;
import brink.experiment.Outcome;
import brink.output.OutputFolder;
import brink.output.TheatreOutputs;
import brink.scenario.Scenario;
import brink.scenario.ScenarioSpec;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run two or more scenarios with the same replication seeds (common random numbers) and compare them.",
                "Writes each scenario's outputs in a subfolder and comparison.csv: for each outcome the value of each",
                "scenario, its paired difference from the first scenario and the 95 %% interval of that difference."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ExtendsOption access = new ExtendsOption();

    @Mixin
    SetOption set = new SetOption();

    @Parameters(arity = "2..*", paramLabel = "SCENARIO", description = "scenario files; the first is the reference")
    List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out/compare-<first>-vs-<second>...)")
    Path out;

    @Mixin
    RepsOption replications = new RepsOption();

    private int reps;

    @Option(names = "--at-years", paramLabel = "Y", split = ",", defaultValue = "1,3,5,10",
            description = "years at whose end balance ratios are compared (default: ${DEFAULT-VALUE}; later ones are skipped)")
    int[] atYears;

    @Option(names = "--events", paramLabel = "K", defaultValue = "20",
            description = "write the event log of the first K replications of each scenario (default: ${DEFAULT-VALUE})")
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
        if (reps < 2) {
            throw new UserError("--reps must be at least 2 to give an interval, got " + reps);
        }
        options.checkYears();
        int threads = options.threads();
        EnsembleOptions.checkEvents(events);
        for (int y : atYears) {
            if (y < 1) {
                throw new UserError("--at-years takes years from 1 (the end of the first year) on, got " + y);
            }
        }
        List<Scenario> scenarios = new ArrayList<>();
        boolean bad = false;
        for (Path f : files) {
            Scenario s = Scenarios.load(f, options.years, access, set, spec.commandLine().getErr());
            bad |= s == null;
            scenarios.add(s);
        }
        if (bad) {
            return BrinkCommand.USER_ERROR;
        }
        checkComparable(scenarios);
        List<String> labels = labels(scenarios);
        Path dir = out != null ? out : Path.of("out", "compare-" + labels.get(0) + "-vs-" + labels.get(1)
                + (labels.size() > 2 ? "-and-" + (labels.size() - 2) + "-more" : ""));
        OutputFolder folder = Scenarios.openFolder(dir);
        Instant started = Instant.now();
        try (Interruption interruption = Interruption.install()) {
            try (folder) {
                brink.app.Comparisons.Result compared;
                try (ProgressReporter progress = new ProgressReporter("compare", reps, options.quiet)) {
                    compared = brink.app.Comparisons.run(scenarios, labels, reps, options.seed, threads, atYears, progress,
                            new brink.app.Runs.Output(folder, labels.stream().map(l -> l + "/").toList(), events, commandLine()),
                            engine.replications(folder));
                }
                brink.app.Comparisons.write(folder, scenarios, compared,
                        new brink.app.Comparisons.Provenance(commandLine(), options.seed, reps, atYears, started));
                List<Comparison.Row> rows = compared.rows();
                brink.app.Runs.Result result = compared.runs();
                boolean hadCharts = java.nio.file.Files.exists(dir.resolve("report.html"));
                String failed = Scenarios.charts(folder, labels.stream().map(l -> l + "/").toList(), true, noCharts);
                Scenarios.commit(folder);
                if (failed != null) {
                    return Scenarios.chartsFailed(spec.commandLine().getErr(), failed, dir);
                }
                if (noCharts && hadCharts && !options.quiet) {
                    spec.commandLine().getOut().println("Removed the charts and reports of the previous comparison in " + dir
                            + " (they showed the old data); brink chart draws new ones");
                }
                if (!options.quiet) {
                    printHeadlines(spec.commandLine().getOut(), labels, rows);
                    printRecord(spec.commandLine().getOut(), labels, result.targets());
                    spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s in %.1f s: comparison.csv, manifest.json and "
                            + "a folder per scenario (%s)%n", dir, Duration.between(started, Instant.now()).toMillis() / 1000.0,
                            String.join(", ", labels));
                }
                return 0;
            } catch (InterruptedIOException e) {
                return Scenarios.interrupted(spec.commandLine().getErr(), e, dir);
            } catch (TheatreOutputs.TooLarge e) {
                throw new UserError(e.getMessage());
            }
        }
    }

    private void checkComparable(List<Scenario> scenarios) {
        Scenario first = scenarios.get(0);
        for (Scenario s : scenarios) {
            if (s.spec().kind() != ScenarioSpec.Kind.THEATRE) {
                throw new UserError(s.file() + ": compare takes theatre scenarios; run a battle with brink run");
            }
            if (!s.start().equals(first.start()) || s.days() != first.days()) {
                throw new UserError(s.file() + ": starts " + s.start() + " and runs " + s.days() + " days, but " + first.file()
                        + " starts " + first.start() + " and runs " + first.days() + " days; compare needs the same "
                        + "calendar (give --years to run all over the same horizon)");
            }
        }
    }

    /** Scenario names, made unique (a scenario compared with itself gets "-2"). */
    static List<String> labels(List<Scenario> scenarios) {
        return brink.app.Study.labels(scenarios);
    }


    /** Which scenarios stay inside the record: each target's verdict per scenario. */
    static void printRecord(PrintWriter out, List<String> labels, List<List<brink.experiment.Targets.Result>> targets) {
        if (targets.stream().allMatch(List::isEmpty)) {
            return;
        }
        out.println("Inside the record? (each scenario's own targets; the model mean's 95 % interval vs the observed range;"
                + " calibration targets are a fit, checks a test)");
        for (int s = 0; s < labels.size(); s++) {
            List<brink.experiment.Targets.Result> ts = targets.get(s);
            List<brink.experiment.Targets.Result> tuned = ts.stream().filter(brink.experiment.Targets.Result::calibration).toList();
            List<brink.experiment.Targets.Result> checks = ts.stream().filter(t -> !t.calibration()).toList();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-28s %d of %d calibration targets inside",
                    labels.get(s), tuned.stream().filter(brink.experiment.Targets.Result::inside).count(), tuned.size()));
            if (!checks.isEmpty()) {
                line.append(String.format(Locale.ROOT, ", %d of %d checks inside", checks.stream()
                        .filter(brink.experiment.Targets.Result::inside).count(), checks.size()));
            }
            for (brink.experiment.Targets.Result t : ts) {
                if (!t.inside()) {
                    line.append("; ").append(t.id()).append(' ').append(t.verdict().text());
                }
            }
            out.println(line);
        }
    }

    /** Each headline outcome of the catalogue: reference value -> scenario value, paired difference [95 % interval]. */
    static void printHeadlines(PrintWriter out, List<String> labels, List<Comparison.Row> rows) {
        out.println("Bottom line:");
        brink.experiment.BottomLine.lines(brink.experiment.BottomLine.items(rows, labels.get(0)), labels.get(0)).forEach(l -> out.println("  " + l));
        if (rows.stream().anyMatch(r -> r.n() < 50)) {
            out.println("  Warning: fewer than 50 pairs; intervals are wide and a rare event may not show at all (--reps 200 or more).");
        }
        out.println("Against " + labels.get(0) + " (paired differences, 95 % interval):");
        Map<String, Comparison.Row> reference = new HashMap<>();
        for (Comparison.Row r : rows) {
            if (r.scenario().equals(labels.get(0))) {
                reference.put(r.outcome().name(), r);
            }
        }
        String shown = null;
        for (Comparison.Row r : rows) {
            if (!r.outcome().headline() || r.scenario().equals(labels.get(0))) {
                continue;
            }
            Outcome.Unit u = r.outcome().unit();
            String change = u.show(reference.get(r.outcome().name()).value()) + " -> " + u.show(r.value()) + ", "
                    + u.showDifference(r.difference(), r.low(), r.high(), r.differing(), r.n());
            if (labels.size() == 2) {
                out.println("  " + r.outcome().label() + ": " + change);
            } else {
                if (!r.outcome().name().equals(shown)) {
                    out.println("  " + r.outcome().label() + ":");
                    shown = r.outcome().name();
                }
                out.println("    " + r.scenario() + ": " + change);
            }
        }
    }

    private List<String> commandLine() {
        return Scenarios.commandLine(spec);
    }
}
