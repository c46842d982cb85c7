package brink.app;

import brink.analysis.Checkpoint;
import brink.analysis.Design;
import brink.analysis.Parameter;
import brink.analysis.Robustness;
import brink.analysis.SampleResult;
import brink.analysis.SampleRunner;
import brink.analysis.Sweep;
import brink.experiment.Outcome;
import brink.scenario.Scenario;
import brink.scenario.Setting;
import brink.output.Csv;
import brink.output.OutputFolder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;

/**
 * Policies crossed with uncertain futures ({@code brink robust}): every policy (a set of lever settings) is run on every
 * future of one design over the uncertainties, each future with the same random streams for every policy (replication i
 * has the same seed in every sample and policy), and each outcome is judged by regret and satisficing
 * ({@link Robustness}).
 */
public final class Robust {
    private Robust() {
    }

    /** A policy: its name (its settings as written) and the settings. */
    public record Policy(String name, List<Setting> settings) {
        public Policy {
            settings = List.copyOf(settings);
        }
    }

    /** What was run: the design, the policies, the outcomes, and each policy's result per future (in sample order). */
    public record Result(Design.Plan plan, List<Parameter> uncertainties, List<Policy> policies, List<String> outcomes,
                         List<List<SampleResult>> results) {
        /** values[policy][future] of one outcome (the mean over the replications). */
        public double[][] values(String outcome) {
            int k = outcomes.indexOf(outcome);
            double[][] v = new double[policies.size()][];
            for (int p = 0; p < v.length; p++) {
                v[p] = results.get(p).stream().mapToDouble(r -> r.mean()[k]).toArray();
            }
            return v;
        }
    }

    /**
     * The policies as the cartesian product of each lever's values: {@code [[rate=2, rate=10], [resolve=0.5, resolve=1]]}
     * gives four policies.
     */
    public static List<Policy> policies(List<List<Setting>> levers) {
        List<Policy> out = new ArrayList<>();
        out.add(new Policy("", List.of()));
        for (List<Setting> values : levers) {
            List<Policy> next = new ArrayList<>();
            for (Policy p : out) {
                for (Setting v : values) {
                    List<Setting> s = new ArrayList<>(p.settings());
                    s.add(v);
                    next.add(new Policy((p.name().isEmpty() ? "" : p.name() + " ") + v.path() + "=" + v.value(), s));
                }
            }
            out = next;
        }
        return out;
    }

    /** The direction an outcome is judged in without being told: lower is better for the risks of clashes and war. */
    public static Robustness.Direction defaultDirection(Outcome o) {
        return switch (o.about().kind()) {
            case ANY_CLASH, ANY_WAR, REACHED, CLASHES, DAYS_AT_WAR -> Robustness.Direction.MINIMISE;
            default -> null;
        };
    }

    /**
     * Runs every policy on every future: {@code scenarios.get(p)} is the scenario with policy p's settings, checked;
     * {@code own} the same over the scenarios' own horizon, for the checks a sweep makes (run horizon: {@code years}).
     */
    public static Result run(List<Policy> policies, List<Scenario> scenarios, Double years, List<Parameter> uncertainties,
                             List<String> outcomes, Design.Kind kind, int samples, int reps, long seed, int threads,
                             Sweep.Progress progress) throws IOException, InterruptedException, Sweep.SampleRefused {
        Design.Plan plan = Design.plan(kind, uncertainties, samples, seed);
        int total = plan.size() * policies.size();
        return run(policies, scenarios, years, uncertainties, outcomes, plan, reps, seed, (p, runner) -> {
            int before = p * plan.size();
            return Sweep.run(runner, plan, threads, java.util.Map.of(), Checkpoint.none(), (done, n) -> progress.done(before + done, total));
        });
    }

    /** How one policy's futures are run: where (this machine, a Spark cluster) and whether a checkpoint is kept. */
    public interface PolicyRunner {
        List<SampleResult> run(int policy, SampleRunner runner) throws IOException, InterruptedException, Sweep.SampleRefused;
    }

    /** Runs every policy on every future of {@code plan}, each policy's futures as {@code each} runs them. */
    public static Result run(List<Policy> policies, List<Scenario> scenarios, Double years, List<Parameter> uncertainties,
                             List<String> outcomes, Design.Plan plan, int reps, long seed, PolicyRunner each)
            throws IOException, InterruptedException, Sweep.SampleRefused {
        List<List<SampleResult>> results = new ArrayList<>();
        for (int p = 0; p < policies.size(); p++) {
            SampleRunner runner = new SampleRunner(scenarios.get(p), years, uncertainties, outcomes, reps, seed, false);
            List<SampleResult> r = new ArrayList<>(each.run(p, runner));
            r.sort(java.util.Comparator.comparingInt(SampleResult::sample));
            results.add(r);
        }
        return new Result(plan, uncertainties, policies, outcomes, results);
    }

    /** What produced a robust run, for its manifest. */
    public record Provenance(List<String> commandLine, String scenario, long seed, int replications, Instant started,
                             Map<String, Outcome.Unit> units) {
    }

    /**
     * Writes futures.csv, policies.csv, regret.csv and manifest.json into the folder (uncommitted): each future's values,
     * each policy's summary per outcome, every policy's value and regret in every future.
     */
    public static void write(OutputFolder folder, Result r, Map<String, List<Robustness.Summary>> summaries,
                             Map<String, Robustness.Direction> directions, Map<String, Robustness.Threshold> thresholds, Provenance how)
            throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(folder.file("futures.csv"), StandardCharsets.UTF_8)) {
            List<String> head = new ArrayList<>(List.of("future"));
            r.uncertainties().forEach(p -> head.add(Csv.text(p.path())));
            w.write(String.join(",", head) + "\n");
            for (var s : r.results().get(0)) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(s.sample())));
                for (double v : s.values()) {
                    row.add(Csv.full(v));
                }
                w.write(String.join(",", row) + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(folder.file("policies.csv"), StandardCharsets.UTF_8)) {
            w.write("policy,outcome,direction,mean_over_futures,p05,p50,p95,mean_regret,p90_regret,max_regret,satisficing_share,"
                    + "threshold,difference_from_best,difference_ci95_low,difference_ci95_high\n");
            for (var e : summaries.entrySet()) {
                Robustness.Threshold t = thresholds.get(e.getKey());
                for (Robustness.Summary s : e.getValue()) {
                    w.write(String.join(",", Csv.text(s.policy()), Csv.text(s.outcome()), s.direction().text(), Csv.full(s.mean()),
                            Csv.full(s.p05()), Csv.full(s.p50()), Csv.full(s.p95()), Csv.full(s.meanRegret()), Csv.full(s.p90Regret()),
                            Csv.full(s.maxRegret()), Csv.full(s.satisficing()), t == null ? "" : Csv.text(t.toString()),
                            Csv.full(s.differenceFromBest()), Csv.full(s.differenceLow()), Csv.full(s.differenceHigh())) + "\n");
                }
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(folder.file("regret.csv"), StandardCharsets.UTF_8)) {
            w.write("future,policy,outcome,value,regret\n");
            for (String o : r.outcomes()) {
                double[][] v = r.values(o);
                double[][] regret = Robustness.regret(v, directions.get(o));
                for (int f = 0; f < v[0].length; f++) {
                    for (int p = 0; p < v.length; p++) {
                        w.write(String.join(",", Integer.toString(r.results().get(p).get(f).sample()), Csv.text(r.policies().get(p).name()),
                                Csv.text(o), Csv.full(v[p][f]), Csv.full(regret[p][f])) + "\n");
                    }
                }
            }
        }
        Map<String, String> outcomes = new java.util.LinkedHashMap<>();
        directions.forEach((o, d) -> outcomes.put(o, d.text()));
        Map<String, String> units = new java.util.LinkedHashMap<>();
        how.units().forEach((o, u) -> units.put(o, u.text()));
        brink.output.Manifest.write(folder.file("manifest.json"), new brink.output.Manifest.Robust(brink.output.Manifest.version(),
                List.copyOf(how.commandLine()), how.scenario(), how.seed(),
                brink.output.Manifest.SEED_RULE + " (the same seeds in every future and policy)", r.plan().kind().name().toLowerCase(Locale.ROOT),
                r.plan().size(), how.replications(), r.policies().stream().map(p -> p.name()).toList(),
                r.uncertainties().stream().map(p -> p.toString()).toList(), outcomes, units,
                thresholds.values().stream().map(t -> t.toString()).toList(), how.started().toString(), Instant.now().toString()));
    }

    /** One --policy option: PATH=A,B,... as one setting per value. */
    public static List<Setting> lever(String text, Map<String, String> origins) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new Refused("--policy " + text + ": expected PATH=A,B,... (the values the policies give the field)");
        }
        List<Setting> out = new ArrayList<>();
        for (String v : text.substring(eq + 1).split(",")) {
            if (v.isBlank()) {
                throw new Refused("--policy " + text + ": an empty value");
            }
            try {
                Setting s = Setting.parse(text.substring(0, eq) + "=" + v.trim());
                out.add(new Setting(s.path(), s.value(), origins.getOrDefault(s.path(), "--policy")));
            } catch (IllegalArgumentException e) {
                throw new Refused(e.getMessage().replaceFirst("^--set", "--policy"));
            }
        }
        return out;
    }

    /** Each outcome's direction: as a --goal NAME=min|max says, else the catalogue's default (the risks lower is better). */
    public static Map<String, Robustness.Direction> directions(Scenario base, List<String> names, List<String> goals) {
        Map<String, Robustness.Direction> given = new java.util.LinkedHashMap<>();
        for (String g : goals == null ? List.<String>of() : goals) {
            int eq = g.indexOf('=');
            try {
                given.put(g.substring(0, Math.max(0, eq)).trim(), Robustness.Direction.of(eq < 0 ? "" : g.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw new Refused("--goal " + g + ": expected NAME=min or NAME=max");
            }
        }
        List<Outcome> catalogue = brink.experiment.Replication.catalogue(base);
        Map<String, Robustness.Direction> out = new java.util.LinkedHashMap<>();
        for (String n : names) {
            Outcome o = brink.experiment.Outcomes.named(catalogue, n);
            Robustness.Direction d = given.containsKey(n) ? given.get(n) : defaultDirection(o);
            if (d == null) {
                throw new Refused("say whether " + n + " is better low or high: --goal " + n + "=min or --goal " + n + "=max");
            }
            out.put(n, d);
        }
        return out;
    }

    /** Each outcome's summary over the policies: mean, spread, regret, satisficing, the paired difference from the best. */
    public static Map<String, List<Robustness.Summary>> summaries(Result r, List<String> names, Map<String, Robustness.Direction> directions,
                                                                  Map<String, Robustness.Threshold> thresholds) {
        Map<String, List<Robustness.Summary>> out = new java.util.LinkedHashMap<>();
        for (String o : names) {
            out.put(o, Robustness.summarise(r.policies().stream().map(Policy::name).toList(), o, directions.get(o), r.values(o),
                    thresholds.get(o)));
        }
        return out;
    }

    /** Each outcome's unit, from the scenario's catalogue. */
    public static Map<String, Outcome.Unit> units(Scenario base, List<String> names) {
        List<Outcome> catalogue = brink.experiment.Replication.catalogue(base);
        Map<String, Outcome.Unit> out = new java.util.LinkedHashMap<>();
        names.forEach(n -> out.put(n, brink.experiment.Outcomes.named(catalogue, n).unit()));
        return out;
    }
}
