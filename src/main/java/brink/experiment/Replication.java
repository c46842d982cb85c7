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
    private volatile RunShape shape;

    public Replication(Scenario scenario, int days, List<Metric> metrics) {
        this.scenario = scenario;
        this.theatre = new Theatre(scenario, days);
        this.layout = new RecordLayout(scenario.start(), days, scenario.spec().recording().dailyDays());
        this.metrics = metrics;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** A finished run: its record, and the shape the writers need (the same for every seed). */
    public record Outcome(RunRecord record, RunShape shape) {
    }

    public Outcome run(int replication, long seed) {
        return run(replication, seed, null);
    }

    /**
     * Runs one replication; a {@code watcher}, if any, sees the world after each day (after the recorders) and keeps
     * what it wants of it (the wargame keeps replication 0's world whole instead of running it again).
     */
    public Outcome run(int replication, long seed, Steppable watcher) {
        BrinkModel model = new BrinkModel(theatre, seed, BrinkModel.BATCH_DAYS_PER_STEP);
        Recorder recorder = new Recorder(layout, this::plan);
        model.addObserver(recorder);
        YearEnds yearEnds = new YearEnds();
        model.addObserver(yearEnds);
        if (watcher != null) {
            model.addObserver(watcher);
        }
        model.start();
        yearEnds.budgetsAtStart = model.world().actors().stream().mapToDouble(a -> a.getBudget()).toArray();
        recorder.recordStart(model.world());
        model.runToEnd();
        model.finish();
        World w = model.world();
        RunSummary summary = summarize(w, replication, seed, yearEnds);
        RunRecord record = new RunRecord(replication, seed, recorder.values(), summary, w.log());
        return new Outcome(record, shape(w, recorder));
    }

    /**
     * The shape every run of this scenario has (its series, its outcome catalogue), from a model built and started but
     * not run: what an ensemble whose runs come from elsewhere (Spark) needs before the first of them arrives.
     */
    public RunShape shape() {
        BrinkModel model = new BrinkModel(theatre, 0, BrinkModel.BATCH_DAYS_PER_STEP);
        Recorder recorder = new Recorder(layout, this::plan);
        model.start();
        recorder.recordStart(model.world());
        return shape(model.world(), recorder);
    }

    /**
     * Replication 0 of {@code brink run --seed S} as a person watches it: the same model and seed as every run's first
     * replication, one day per step of the schedule (the GUI, a wargame's start). Nothing is run yet.
     */
    public static BrinkModel watchable(Scenario scenario, long baseSeed) {
        return new BrinkModel(new Theatre(scenario, scenario.days()), Seeds.replication(baseSeed, 0));
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

    /** Balance ratios and budgets on the last day of each year of the run (and the budgets at its start). */
    static final class YearEnds implements Steppable {
        private static final long serialVersionUID = 1L;
        double[][] values;
        double[][] budgets;
        double[] budgetsAtStart;

        @Override
        public void step(sim.engine.SimState state) {
            World w = ((BrinkModel) state).world();
            int d = w.getDay();
            if (values == null) {
                values = new double[w.balanceCount()][w.years()];
                budgets = new double[w.actors().size()][w.years()];
            }
            if (d == w.days() - 1 || w.yearOf(d + 1) != w.yearOf(d)) {
                for (int b = 0; b < values.length; b++) {
                    values[b][w.yearOf(d)] = w.balanceRatio(b, w.domains().size());
                }
                for (int a = 0; a < budgets.length; a++) {
                    budgets[a][w.yearOf(d)] = w.actors().get(a).getBudget();
                }
            }
        }
    }

    /** The run's shape, worked out on the first replication and shared by all (it depends only on the scenario). */
    private RunShape shape(World w, Recorder r) {
        RunShape s = shape;
        if (s == null) {
            synchronized (this) {
                s = shape;
                if (s == null) {
                    OutcomeContext context = context(w);
                    s = new RunShape(scenario.name(), layout, r.keys(), r.column(), r.width(), context, Outcomes.of(context));
                    shape = s;
                }
            }
        }
        return s;
    }

    /** The outcome catalogue of a scenario (from its world as built, nothing run). */
    public static List<brink.experiment.Outcome> catalogue(Scenario s) {
        return Outcomes.of(context(new World(s, s.days(), 0)));
    }

    /** What the outcome catalogue of this world's scenario depends on. */
    public static OutcomeContext context(World w) {
        List<String> rungs = new ArrayList<>();
        List<String> combat = new ArrayList<>();
        for (int k = 0; k < w.ladder().size(); k++) {
            rungs.add(w.ladder().name(k));
            combat.add(w.ladder().combat(k).name().toLowerCase(java.util.Locale.ROOT));
        }
        List<OutcomeContext.Firer> firers = w.firers().stream().map(f -> {
            String domain = w.domains().get(f.domain());
            return new OutcomeContext.Firer(w.actors().get(f.actor()).getId(), domain,
                    w.scenario().spec().domains().get(domain).unit());
        }).toList();
        java.util.Set<String> answers = new java.util.HashSet<>();
        w.scenario().spec().events().values().forEach(e -> e.responses().values().forEach(r -> answers.add(r.event())));
        List<OutcomeContext.EventKind> events = w.scenario().spec().events().entrySet().stream()
                .map(e -> new OutcomeContext.EventKind(e.getKey(), e.getValue().actor(), e.getValue().type(),
                        e.getValue().rate() == 0 && e.getValue().dates().isEmpty() && !answers.contains(e.getKey()))).toList();
        List<String> balances = new ArrayList<>();
        for (int b = 0; b < w.balanceCount(); b++) {
            balances.add(w.balanceId(b));
        }
        double specYears = w.scenario().spec().years();
        int full = Math.max(1, Math.min(w.years(), (int) Math.floor(specYears)));
        // a horizon of whole years is said in years; any other (a wargame's turns, --years 0.5) in days, as it is run
        String horizon = specYears == Math.rint(specYears) ? (long) specYears + (specYears == 1 ? " year" : " years")
                : w.days() + (w.days() == 1 ? " day" : " days");
        List<String> actors = w.actors().stream().map(a -> a.getId()).toList();
        return new OutcomeContext(List.copyOf(rungs), List.copyOf(combat), w.scenario().spec().ladder().start(), firers, events,
                List.copyOf(balances), actors, w.years(), full, horizon, w.days());
    }

    /** The raw results of a finished (or, for the GUI, an unfinished) run. */
    public static RunSummary summarize(World w, int replication, long seed, YearEnds yearEnds) {
        int rungs = w.ladder().size();
        int[] daysAt = new int[rungs];
        int[] firstYear = new int[rungs];
        for (int r = 0; r < rungs; r++) {
            daysAt[r] = w.ladder().daysAt(r);
            int first = w.ladder().firstDayAtLeast(r);
            firstYear[r] = first < 0 ? -1 : w.yearOf(first);
        }
        int nf = w.firers().size();
        int[][] fired = new int[nf][w.years()];
        int[][] firingDays = new int[nf][w.years()];
        for (int f = 0; f < nf; f++) {
            for (int y = 0; y < w.years(); y++) {
                fired[f][y] = w.fired(f, y);
                firingDays[f][y] = w.firingDays(f, y);
            }
        }
        int ne = w.theatre().eventIds().size();
        int[][] events = new int[ne][w.years()];
        for (int e = 0; e < ne; e++) {
            for (int y = 0; y < w.years(); y++) {
                events[e][y] = w.eventCount(e, y);
            }
        }
        double[][] balances = yearEnds != null && yearEnds.values != null ? yearEnds.values : new double[w.balanceCount()][w.years()];
        int[][] inMonth = new int[nf][12];
        for (int f = 0; f < nf; f++) {
            for (int m = 0; m < 12; m++) {
                inMonth[f][m] = w.firingDaysInMonth(f, m);
            }
        }
        int na = w.actors().size();
        double[] start = yearEnds != null && yearEnds.budgetsAtStart != null ? yearEnds.budgetsAtStart : new double[na];
        double[][] budgets = yearEnds != null && yearEnds.budgets != null ? yearEnds.budgets : new double[na][w.years()];
        return new RunSummary(replication, seed, w.ladder().getHighest(), w.ladder().getDayHighestFirst(), daysAt, firstYear,
                fired, firingDays, events, w.clashes(), w.lethalClashes(), w.wars(), w.warDays(), balances, inMonth, start, budgets);
    }
}
