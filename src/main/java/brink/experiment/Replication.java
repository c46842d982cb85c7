package brink.experiment;

import brink.model.BrinkModel;
import brink.model.Theatre;
import brink.model.World;
import brink.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/** Runs one replication of a theatre scenario with one seed and collects what it recorded. */
public final class Replication {
    private final Scenario scenario;
    private final Theatre theatre;
    private final RecordLayout layout;
    private final List<Metric> metrics;

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
        Recorder recorder = new Recorder(layout, metrics);
        model.addObserver(recorder);
        model.start();
        model.runToEnd();
        model.finish();
        World w = model.world();
        RunSummary summary = summarize(w, replication, seed);
        RunRecord record = new RunRecord(replication, seed, recorder.values(), summary, w.log());
        return new Outcome(record, shape(w, recorder.keys()));
    }

    private RunShape shape(World w, List<SeriesKey> keys) {
        List<String> launchers = w.launchers().stream().map(a -> w.actors().get(a).getId()).toList();
        List<String> rungs = new ArrayList<>();
        for (int r = 0; r < w.ladder().size(); r++) {
            rungs.add(w.ladder().name(r));
        }
        List<String> balances = new ArrayList<>();
        for (int b = 0; b < w.balanceCount(); b++) {
            balances.add(w.balanceId(b));
        }
        return new RunShape(scenario.name(), layout, keys, launchers, w.years(), rungs, balances);
    }

    private static RunSummary summarize(World w, int replication, long seed) {
        int rungs = w.ladder().size();
        int[] daysAt = new int[rungs];
        for (int r = 0; r < rungs; r++) {
            daysAt[r] = w.ladder().daysAt(r);
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
        return new RunSummary(replication, seed, w.ladder().getHighest(), w.ladder().getDayHighestFirst(), daysAt,
                missiles, launchDays, w.clashes(), w.war(), balances);
    }
}
