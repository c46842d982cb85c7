package brink.experiment;

import brink.model.BrinkModel;
import brink.model.Theatre;
import brink.model.World;
import brink.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import sim.engine.Steppable;

/** Runs replications of one theatre scenario, one seed each, on a compiled scenario shared by all threads. */
public final class Replication {
    private final Scenario scenario;
    private final Theatre theatre;
    private final RecordLayout layout;
    private final List<Metric> metrics;
    private volatile RecordPlan plan;

    public Replication(Scenario scenario, int days, List<Metric> metrics) {
        this.scenario = scenario;
        this.theatre = new Theatre(scenario, days);
        this.layout = new RecordLayout(scenario.start(), days, scenario.spec().recording().dailyDays());
        this.metrics = metrics;
    }

    /** A finished run: its record, and the shape the writers need (the same for every seed). */
    public record Outcome(RunRecord record, RunShape shape) {
    }

    public Outcome run(int replication, long seed) {
        BrinkModel model = new BrinkModel(theatre, seed);
        Recorder recorder = new Recorder(layout, this::plan);
        model.addObserver(recorder);
        YearEnds yearEnds = new YearEnds();
        model.addObserver(yearEnds);
        model.start();
        model.runToEnd();
        model.finish();
        World w = model.world();
        RunSummary summary = summarize(w, replication, seed, yearEnds.values);
        RunRecord record = new RunRecord(replication, seed, recorder.values(), summary, w.log());
        return new Outcome(record, shape(w, recorder));
    }

    /** The record plan, worked out on the first replication and shared by all (it depends only on the scenario). */
    private RecordPlan plan(World w) {
        RecordPlan p = plan;
        if (p == null) {
            synchronized (this) {
                p = plan;
                if (p == null) {
                    p = new RecordPlan(metrics, w);
                    plan = p;
                }
            }
        }
        return p;
    }

    /** Balance ratios on the last day of each year of the run. */
    private static final class YearEnds implements Steppable {
        private static final long serialVersionUID = 1L;
        double[][] values;

        @Override
        public void step(sim.engine.SimState state) {
            World w = ((BrinkModel) state).world();
            int d = w.getDay();
            if (values == null) {
                values = new double[w.balanceCount()][w.years()];
            }
            if (d == w.days() - 1 || w.yearOf(d + 1) != w.yearOf(d)) {
                for (int b = 0; b < values.length; b++) {
                    values[b][w.yearOf(d)] = w.balanceRatio(b, w.domains().size());
                }
            }
        }
    }

    private RunShape shape(World w, Recorder r) {
        List<String> launchers = w.launchers().stream().map(a -> w.actors().get(a).getId()).toList();
        List<String> rungs = new ArrayList<>();
        for (int k = 0; k < w.ladder().size(); k++) {
            rungs.add(w.ladder().name(k));
        }
        List<String> balances = new ArrayList<>();
        for (int b = 0; b < w.balanceCount(); b++) {
            balances.add(w.balanceId(b));
        }
        return new RunShape(scenario.name(), layout, r.keys(), r.column(), r.width(), launchers, w.years(), rungs, balances);
    }

    private static RunSummary summarize(World w, int replication, long seed, double[][] balanceAtYearEnd) {
        int rungs = w.ladder().size();
        int[] daysAt = new int[rungs];
        int[] first = new int[rungs];
        for (int r = 0; r < rungs; r++) {
            daysAt[r] = w.ladder().daysAt(r);
            first[r] = w.ladder().firstDayAtLeast(r);
        }
        List<Integer> launchers = w.launchers();
        int[][] missiles = new int[launchers.size()][w.years()];
        int[][] launchDays = new int[launchers.size()][w.years()];
        for (int i = 0; i < launchers.size(); i++) {
            for (int y = 0; y < w.years(); y++) {
                missiles[i][y] = w.missiles(launchers.get(i), y);
                launchDays[i][y] = w.launchDays(launchers.get(i), y);
            }
        }
        double[] balances = new double[w.balanceCount()];
        for (int b = 0; b < balances.length; b++) {
            balances[b] = w.balanceRatio(b, w.domains().size());
        }
        return new RunSummary(replication, seed, w.ladder().getHighest(), w.ladder().getDayHighestFirst(), daysAt, first,
                missiles, launchDays, w.clashes(), w.war(), balanceAtYearEnd == null ? new double[0][0] : balanceAtYearEnd,
                balances);
    }
}
