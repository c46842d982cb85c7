package brink.gui;

import brink.experiment.LiveHistory;
import brink.experiment.Seeds;
import brink.model.BrinkModel;
import brink.model.Theatre;
import brink.model.World;
import brink.output.WholeFile;
import brink.scenario.LeverSettings;
import brink.scenario.Problem;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import brink.scenario.ScenarioSpec;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.swing.JEditorPane;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
import javax.swing.Timer;
import javax.swing.filechooser.FileNameExtensionFilter;
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
    static final String[] METRICS = {"combat_power", "balance", "rung", "missiles_month"};
    private static final int REFRESH_MS = 250;

    /** What is on screen: a run's history and how to label it (swapped as a whole when a run starts). */
    private record Live(LiveHistory history, RunInfo info) {
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
        super(new BrinkModel(base, Seeds.replication(seed, 0)));
        if (base.spec().kind() != ScenarioSpec.Kind.THEATRE) {
            throw new IllegalArgumentException("the GUI runs theatre scenarios; " + base.name() + " is a battle");
        }
        this.base = base;
        this.levers = new ModelLevers(base.spec(), seed);
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
            complain("The levers could not be applied", e);
            settings = LeverSettings.NEUTRAL;
            scenario = base;
        }
        long seed = levers.getSeed();
        BrinkModel model = new BrinkModel(new Theatre(scenario, scenario.days()), Seeds.replication(seed, 0));
        LiveHistory history = new LiveHistory(METRICS);
        model.addObserver(history);
        state = model;
        super.start();
        World w = model.world();
        live = new Live(history, RunInfo.of(base, w, seed, settings));
        levers.inEffect(settings, seed);
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
            ChartWindow w = new ChartWindow(title(name), this::exportCharts);
            chartWindows.put(name, w);
            c.registerFrame(w);
        }
        logWindow = new EventLogWindow();
        c.registerFrame(logWindow);
        if (c instanceof Console console) {
            adaptConsole(console);
        }
        layOut(c);
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
            case "missiles" -> "Missiles per month";
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

    // ---- the Console: About tab, menus, window places ----

    private void adaptConsole(Console console) {
        JTabbedPane tabs = console.getTabPane();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if ("About".equals(tabs.getTitleAt(i))) {
                JEditorPane about = new JEditorPane("text/html", aboutHtml(base));
                about.setEditable(false);
                about.setCaretPosition(0);
                tabs.setComponentAt(i, new JScrollPane(about));
            }
        }
        JMenuBar bar = console.getJMenuBar();
        if (bar != null) {
            // MASON's checkpoints and class chooser do not fit: a run is rebuilt from its scenario file and seed
            for (int m = 0; m < bar.getMenuCount(); m++) {
                JMenu menu = bar.getMenu(m);
                if (menu == null) {
                    continue;
                }
                for (int i = menu.getItemCount() - 1; i >= 0; i--) {
                    JMenuItem item = menu.getItem(i);
                    if (item != null && List.of("New Simulation...", "Open...", "Save", "Save As...").contains(item.getText())) {
                        menu.remove(i);
                    }
                }
            }
            JMenu scenario = new JMenu("Scenario");
            scenario.setMnemonic(KeyEvent.VK_S);
            scenario.add(item("Open scenario file...", KeyEvent.VK_O, () -> openScenario(console)));
            scenario.add(item("Save levers as scenario file...", KeyEvent.VK_S, () -> saveLevers(console)));
            scenario.add(item("Export charts (PNG + SVG)...", KeyEvent.VK_E, this::exportCharts));
            bar.add(scenario, 1);
            bar.revalidate();
        }
        console.setTitle("Brink - " + base.name());
    }

    private static JMenuItem item(String text, int key, Runnable action) {
        JMenuItem i = new JMenuItem(text);
        i.setAccelerator(KeyStroke.getKeyStroke(key, java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()
                | java.awt.event.InputEvent.SHIFT_DOWN_MASK));
        i.addActionListener(e -> action.run());
        return i;
    }

    static String aboutHtml(Scenario s) {
        ScenarioSpec.Info info = s.spec().info();
        StringBuilder h = new StringBuilder("<html><body style='font-family:sans-serif'>");
        h.append("<h2>").append(EventLogWindow.escape(info.title())).append("</h2>");
        h.append("<p><i>").append(EventLogWindow.escape(s.file().toString())).append("</i></p>");
        section(h, "What it is", info.represents());
        section(h, "What to notice", info.notice());
        section(h, "Things to try", info.toTry());
        h.append("<h3>Using Brink here</h3><p>Press Play to run; Pause, then the step button, goes day by day. "
                + "The Model tab holds the levers and the seed: they apply when you press Play again. "
                + "The Inspectors tab shows each actor and the ladder. The Displays tab shows or hides the chart "
                + "windows and the event log. Scenario &gt; Export charts writes them as PNG and SVG; Scenario &gt; "
                + "Save levers writes a scenario file that brink run reproduces. The seed that counts is the Model "
                + "tab's (MASON's own seed field in the Console tab is not used): seed S gives replication 0 of "
                + "brink run --seed S.</p>");
        if (!info.sources().isEmpty()) {
            h.append("<h3>Sources</h3><ul>");
            for (String src : info.sources()) {
                h.append("<li>").append(EventLogWindow.escape(src)).append("</li>");
            }
            h.append("</ul>");
        }
        return h.append("</body></html>").toString();
    }

    private static void section(StringBuilder h, String title, String text) {
        if (text != null && !text.isBlank()) {
            h.append("<h3>").append(title).append("</h3><p>").append(EventLogWindow.escape(text)).append("</p>");
        }
    }

    /** The Console on the left, the four charts in a grid beside it, the event log along the bottom. */
    private void layOut(Controller c) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int consoleWidth = Math.min(460, screen.width / 4);
        int top = (int) (screen.height * 0.72);
        if (c instanceof Component console) {
            console.setBounds(screen.x, screen.y, consoleWidth, top);
        }
        int w = (screen.width - consoleWidth) / 2;
        int h = top / 2;
        int i = 0;
        for (ChartWindow cw : chartWindows.values()) {
            cw.setBounds(screen.x + consoleWidth + (i % 2) * w, screen.y + (i / 2) * h, w, h);
            i++;
        }
        logWindow.setBounds(screen.x, screen.y + top, screen.width, screen.height - top);
    }

    // ---- menu actions ----

    /** Loads a scenario file, or returns null after telling the user every problem (file, line, field). */
    static Scenario load(Component parent, Path file) {
        try {
            Scenario s = ScenarioLoader.load(file);
            if (s.spec().kind() != ScenarioSpec.Kind.THEATRE) {
                message(parent, "Not a theatre scenario", file + " is a battle scenario: run it with brink run.");
                return null;
            }
            return s;
        } catch (ScenarioException e) {
            message(parent, "The scenario has problems", problems(e));
            return null;
        }
    }

    static String problems(ScenarioException e) {
        return e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    private void openScenario(Console console) {
        JFileChooser chooser = new JFileChooser(base.file().toAbsolutePath().getParent().toFile());
        chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (YAML)", "yaml", "yml"));
        if (chooser.showOpenDialog(console) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Scenario next = load(console, chooser.getSelectedFile().toPath());
        if (next != null) {
            replace(console, next);
        }
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

    private void saveLevers(Component parent) {
        JFileChooser chooser = new JFileChooser(base.file().toAbsolutePath().getParent().toFile());
        chooser.setSelectedFile(base.file().toAbsolutePath().resolveSibling(base.name() + "-levers.yaml").toFile());
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        try {
            Path file = saveLevers(chooser.getSelectedFile().toPath());
            message(parent, "Levers saved", "Wrote " + file + ".\nbrink run " + file + " --seed " + levers.getSeed()
                    + " --reps 1 gives this GUI's run with these levers.");
        } catch (IOException e) {
            message(parent, "Could not save the levers", e.getMessage());
        }
    }

    /** Writes the Model tab's levers as a scenario file extending this one (under a temporary name first). */
    Path saveLevers(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        String text = levers.settings().overlay(base, extendsPath(target.getParent(), base.file()));
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

    private void exportCharts() {
        if (charts == null) {
            message(null, "Nothing to export yet", "Press Play first: the charts fill as the run goes.");
            return;
        }
        JFileChooser chooser = new JFileChooser(Path.of("out").toAbsolutePath().toFile());
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle("Folder for the chart files");
        if (chooser.showSaveDialog(null) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        try {
            List<Path> files = exportCharts(chooser.getSelectedFile().toPath());
            message(null, "Charts exported", "Wrote " + files.size() + " files to " + chooser.getSelectedFile() + ".");
        } catch (IOException e) {
            message(null, "Could not export the charts", e.getMessage());
        }
    }

    /** Writes the charts on screen as PNG and SVG, plus the levers' scenario file when levers are set. */
    List<Path> exportCharts(Path dir) throws IOException {
        List<Path> files = new ArrayList<>(charts.export(dir));
        RunInfo info = shown.info();
        if (!info.levers().isNeutral()) {
            String text = info.levers().overlay(base, extendsPath(dir, base.file()));
            files.add(WholeFile.write(dir.resolve(info.scenarioName() + "-seed" + info.seed() + "-levers.yaml"),
                    f -> Files.writeString(f, text)));
        }
        return files;
    }

    private static void complain(String title, ScenarioException e) {
        message(null, title, problems(e));
    }

    private static void message(Component parent, String title, String text) {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("brink gui: " + title + ": " + text);
            return;
        }
        JOptionPane.showMessageDialog(parent, text, title,
                title.startsWith("Could not") || title.contains("problems") ? JOptionPane.ERROR_MESSAGE : JOptionPane.INFORMATION_MESSAGE);
    }
}
