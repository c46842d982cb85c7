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
import java.io.IOException;
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
        List<List<SampleResult>> results = new ArrayList<>();
        int total = plan.size() * policies.size();
        for (int p = 0; p < policies.size(); p++) {
            SampleRunner runner = new SampleRunner(scenarios.get(p), years, uncertainties, outcomes, reps, seed, false);
            int before = p * plan.size();
            results.add(Sweep.run(runner, plan, threads, java.util.Map.of(), Checkpoint.none(),
                    (done, n) -> progress.done(before + done, total)));
        }
        return new Result(plan, uncertainties, policies, outcomes, results);
    }
}
