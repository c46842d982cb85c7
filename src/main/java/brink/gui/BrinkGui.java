package brink.gui;

import brink.experiment.LiveHistory;
import brink.experiment.Replication;
import brink.model.BrinkModel;
import brink.model.World;
import brink.output.WholeFile;
import brink.scenario.LeverSettings;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.Timer;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.portrayal.SimpleInspector;
import sim.util.Bag;

/**
 * Brink on MASON's Console. The model underneath is the one {@code brink run} uses: each press of Play builds a
 * fresh {@link BrinkModel} from the scenario with the Model tab's levers (see {@link LeverSettings}) and seeds it as
 * replication 0 of {@code brink run --seed S}. This class only watches it: a {@link LiveHistory} observer records
 * what the charts and the event log show, and the inspectors read the world.
 */
public final class BrinkGui extends GUIState {
    /** The metrics the live charts draw. */
    static final String[] METRICS = {"combat_power", "balance", "rung", "fired_month"};
    private static final int REFRESH_MS = 250;

    /** What is on screen: a run's history and how to label it (swapped as a whole when a run starts). */
    private record Live(LiveHistory history, RunInfo info) {
    }

    static {
        ConsoleSetup.withoutMasonCharts();
    }

    private final Scenario base;
    private final ModelLevers levers;
    private volatile Live live;

    // Swing side, built in init(); only touched on Swing's thread
    private final Map<String, ChartWindow> chartWindows = new LinkedHashMap<>();
    private EventLogWindow logWindow;
    private Timer timer;
    private Live shown;
    private LiveCharts charts;

    public BrinkGui(Scenario base, long seed) {
        super(Replication.watchable(base, seed));
        if (base.spec().kind() != ScenarioSpec.Kind.THEATRE) {
            throw new IllegalArgumentException("the GUI runs theatre scenarios; " + base.name() + " is a battle");
        }
        this.base = base;
        this.levers = new ModelLevers(base, seed);
    }

    /** The Console's title. */
    public static String getName() {
        return "Brink";
    }

    /** The Console's About tab until a scenario's own info replaces it (see {@link #init}). */
    public static Object getInfo() {
        return "<html><h2>Brink</h2><p>An agent-based wargame of regional force balance, arms races and escalation.</p></html>";
    }

    @Override
    public Object getSimulationInspectedObject() {
        return levers;
    }

    /** The Model tab is refreshed every step, so that "Current run" shows the run's seed and levers. */
    @Override
    @SuppressWarnings("deprecation") // MASON 18 still reads it to refresh the Model tab
    public boolean isInspectorVolatile() {
        return true;
    }

    public ModelLevers levers() {
        return levers;
    }

    public Scenario scenario() {
        return base;
    }

    /** The model of the current (or last) run. */
    public BrinkModel model() {
        return (BrinkModel) state;
    }

    /** The history being recorded for the current run, or null before the first start. */
    public LiveHistory history() {
        Live l = live;
        return l == null ? null : l.history();
    }

    @Override
    public void start() {
        LeverSettings settings = levers.settings();
        Scenario scenario;
        try {
            scenario = settings.applyTo(base);
        } catch (ScenarioException e) {
            // the file changed on disk since it was opened: say so and run what was opened, levers neutral
            ScenarioMenu.message(null, "The levers could not be applied", ScenarioMenu.problems(e));
            settings = LeverSettings.NEUTRAL;
            scenario = base;
        }
        long seed = levers.getSeed();
        BrinkModel model = Replication.watchable(scenario, seed);
        LiveHistory history = new LiveHistory(METRICS);
        model.addObserver(history);
        state = model;
        super.start();
        World w = model.world();
        live = new Live(history, RunInfo.of(base, w, seed, settings));
        levers.inEffect(settings.describe(base.spec()), seed);
        if (controller != null) {
            Bag inspectors = new Bag();
            Bag names = new Bag();
            for (int a = 0; a < w.actors().size(); a++) {
                String name = w.actors().get(a).getName() + " (" + w.actors().get(a).getId() + ")";
                inspectors.add(new SimpleInspector(Inspectors.actor(w, a), this, name, 100));
                names.add(name);
            }
            inspectors.add(new SimpleInspector(Inspectors.ladder(w), this, "Escalation ladder", 100));
            names.add("Escalation ladder");
            inspectors.add(new SimpleInspector(Inspectors.outcomes(w), this, "Outcomes so far", 100));
            names.add("Outcomes so far");
            controller.setInspectors(inspectors, names);
        }
    }

    /** One simulated day; false once the scenario's horizon is reached, which stops the Console. */
    @Override
    public boolean step() {
        BrinkModel m = model();
        if (m.world() == null || m.world().getDay() >= m.days()) {
            return false;
        }
        return super.step();
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        for (String name : LiveCharts.NAMES) {
            ChartWindow w = new ChartWindow(title(name), () -> ScenarioMenu.exportCharts(this));
            chartWindows.put(name, w);
            c.registerFrame(w);
        }
        logWindow = new EventLogWindow();
        c.registerFrame(logWindow);
        if (c instanceof Console console) {
            ConsoleSetup.adapt(console, this);
        }
        ConsoleSetup.layOut(c, chartWindows.values(), logWindow);
        for (JFrame f : frames()) {
            f.setVisible(true);
        }
        timer = new Timer(REFRESH_MS, e -> refresh());
        timer.start();
    }

    private static String title(String chart) {
        return switch (chart) {
            case "combat-power" -> "Combat power by actor and domain";
            case "balance" -> "Bloc balance ratios";
            case "ladder" -> "Escalation ladder";
            case "fired" -> "Units fired per month (missiles launched)";
            default -> chart;
        };
    }

    List<JFrame> frames() {
        List<JFrame> all = new ArrayList<>(chartWindows.values());
        all.add(logWindow);
        return all;
    }

    @Override
    public void quit() {
        super.quit();
        if (timer != null) {
            timer.stop();
        }
        for (JFrame f : frames()) {
            if (f != null) {
                f.dispose();
            }
        }
    }

    /** Swing timer: brings the charts and the log up to what the run has recorded. */
    void refresh() {
        Live l = live;
        if (l == null) {
            return;
        }
        if (l != shown) {
            if (l.history().dailyKeys().isEmpty()) {
                return; // the run has not recorded its first day yet
            }
            charts = new LiveCharts(l.info(), l.history().dailyKeys(), l.history().monthlyKeys());
            chartWindows.forEach((name, w) -> {
                w.show(charts.chart(name));
                w.setTitle(title(name) + " - " + l.info().scenarioName() + ", seed " + l.info().seed());
            });
            logWindow.reset(l.info());
            shown = l;
            if (controller instanceof Console c && c.getModelInspector() != null) {
                c.getModelInspector().updateInspector(); // "Current run" now names this run's seed and levers
            }
        }
        charts.pull(l.history());
        logWindow.pull(l.history());
    }

    LiveCharts charts() {
        return charts;
    }

    EventLogWindow logWindow() {
        return logWindow;
    }

    Map<String, ChartWindow> chartWindows() {
        return chartWindows;
    }

    /**
     * A new Console on another scenario (keeping the seed), and this one closed, as MASON's own New Simulation
     * does: the Model tab's levers and the inspectors depend on the scenario.
     */
    Console replace(Console console, Scenario next) {
        Console fresh = launch(next, levers.getSeed());
        console.doClose();
        return fresh;
    }

    /** Opens the Console on a scenario; call on Swing's thread. */
    public static Console launch(Scenario scenario, long seed) {
        Console c = new Console(new BrinkGui(scenario, seed));
        c.setVisible(true);
        return c;
    }

    /** Whether charts are on screen to export (after the first Play). */
    boolean hasCharts() {
        return charts != null;
    }

    /** Writes the Model tab's levers as a scenario file extending this one (under a temporary name first). */
    Path saveLevers(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        String text;
        try {
            text = levers.settings().overlay(base, extendsPath(target.getParent(), base.file()));
        } catch (ScenarioException e) {
            throw new IOException("the levers could not be applied: " + ScenarioMenu.problems(e), e);
        }
        return WholeFile.write(target, f -> Files.writeString(f, text));
    }

    /** The base file as {@code extends} should name it from {@code dir}: relative where possible. */
    static String extendsPath(Path dir, Path baseFile) {
        Path abs = baseFile.toAbsolutePath().normalize();
        try {
            return dir.toAbsolutePath().normalize().relativize(abs).toString().replace('\\', '/');
        } catch (IllegalArgumentException differentRoots) {
            return abs.toString();
        }
    }

    /** Writes the charts on screen as PNG and SVG, plus the levers' scenario file when levers are set. */
    List<Path> exportCharts(Path dir) throws IOException {
        List<Path> files = new ArrayList<>(charts.export(dir));
        RunInfo info = shown.info();
        if (!info.leverSettings().isNeutral()) {
            String text;
            try {
                text = info.leverSettings().overlay(base, extendsPath(dir, base.file()));
            } catch (ScenarioException e) {
                throw new IOException("the levers could not be applied: " + ScenarioMenu.problems(e), e);
            }
            files.add(WholeFile.write(dir.resolve(info.scenarioName() + "-seed" + info.seed() + "-levers.yaml"),
                    f -> Files.writeString(f, text)));
        }
        return files;
    }
}
