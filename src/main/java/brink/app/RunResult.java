package brink.app;

import brink.experiment.Cadence;
import brink.experiment.Outcome;
import brink.experiment.RunShape;
import brink.experiment.RunSummary;
import brink.experiment.SeriesKey;
import brink.experiment.Targets;
import brink.model.LoggedEvent;
import brink.scenario.Scenario;
import brink.scenario.Suggestion;
import java.util.List;

/**
 * An ensemble run in memory ({@link Study#run}): every outcome of the scenario's catalogue by name, each replication's
 * summary, the scenario's targets checked as {@code brink run} checks them, and, if kept, each run's recorded series
 * at its end and its events.
 */
public final class RunResult {
    private final Scenario scenario;
    private final long seed;
    private final RunShape shape;
    private final List<Runs.Kept> runs;
    private final List<Targets.Result> targets;

    RunResult(Scenario scenario, long seed, RunShape shape, List<Runs.Kept> runs, List<Targets.Result> targets) {
        this.scenario = scenario;
        this.seed = seed;
        this.shape = shape;
        this.runs = List.copyOf(runs);
        this.targets = List.copyOf(targets);
    }

    public Scenario scenario() {
        return scenario;
    }

    public long seed() {
        return seed;
    }

    public int replications() {
        return runs.size();
    }

    /** What every replication has in common: series keys, record layout, the outcome catalogue. */
    public RunShape shape() {
        return shape;
    }

    /** The catalogue's outcomes, in its order. */
    public List<Outcome> catalogue() {
        return shape.outcomes();
    }

    /** One outcome over the replications; an unknown name is refused with the nearest one. */
    public OutcomeResult outcome(String name) {
        for (Outcome o : shape.outcomes()) {
            if (o.name().equals(name)) {
                double[] values = new double[runs.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = o.value().applyAsDouble(runs.get(i).summary());
                }
                return new OutcomeResult(o, values);
            }
        }
        String near = Suggestion.closest(name, shape.outcomes().stream().map(Outcome::name).toList());
        throw new IllegalArgumentException("no outcome named '" + name + "'" + (near != null ? ", did you mean '" + near + "'?" : "")
                + " (catalogue(): the names)");
    }

    /** The headline outcomes, as brink run prints them. */
    public List<OutcomeResult> headlines() {
        return shape.outcomes().stream().filter(Outcome::headline).map(o -> outcome(o.name())).toList();
    }

    /** Replication i's summary (highest rung, clashes, firings, balances...). */
    public RunSummary summary(int i) {
        return runs.get(i).summary();
    }

    public List<Targets.Result> targets() {
        return targets;
    }

    /**
     * A recorded series (standard cadence) at the end of replication i: metric of actor, domain "" for none. Needs the
     * series kept ({@code run(reps, seed, keepEvents)}).
     */
    public double atEnd(int i, String actor, String domain, String metric) {
        double[] end = runs.get(i).end();
        if (end == null) {
            throw new IllegalStateException("series were not kept: run(replications, seed, keepEvents) keeps them");
        }
        int j = 0;
        for (SeriesKey k : shape.keys()) {
            if (k.cadence() == Cadence.STANDARD) {
                if (k.actor().equals(actor) && k.domain().equals(domain) && k.metric().equals(metric)) {
                    return end[j];
                }
                j++;
            }
        }
        throw new IllegalArgumentException("no series " + actor + "/" + domain + "/" + metric + " at the standard cadence");
    }

    /** Replication i's standard-cadence series at the end, in the order of the shape's standard keys (a copy). */
    public double[] ends(int i) {
        double[] end = runs.get(i).end();
        if (end == null) {
            throw new IllegalStateException("series were not kept: run(replications, seed, keepEvents) keeps them");
        }
        return end.clone();
    }

    /** Replication i's event log; needs events kept ({@code run(reps, seed, true)}). */
    public List<LoggedEvent> events(int i) {
        List<LoggedEvent> e = runs.get(i).events();
        if (e == null) {
            throw new IllegalStateException("events were not kept: run(replications, seed, true) keeps them");
        }
        return e;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(scenario.spec().info().title() + ", " + runs.size() + " replications, seed " + seed + ":");
        headlines().forEach(o -> b.append("\n  ").append(o));
        return b.toString();
    }
}
