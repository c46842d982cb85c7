package brink.gui;

import brink.scenario.Scenario;
import brink.scenario.ScenarioSpec;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.Collection;
import java.util.List;
import javax.swing.JEditorPane;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import sim.display.Console;
import sim.display.Controller;

/** MASON's Console dressed for Brink: the scenario's info in the About tab, the menus, and where windows go. */
final class ConsoleSetup {
    /** MASON's checkpoint and class-chooser items, which do not fit: a run is rebuilt from its file and seed. */
    private static final List<String> UNUSED_ITEMS = List.of("New Simulation...", "Open...", "Save", "Save As...");

    private ConsoleSetup() {
    }

    static void adapt(Console console, BrinkGui gui) {
        JTabbedPane tabs = console.getTabPane();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if ("About".equals(tabs.getTitleAt(i))) {
                JEditorPane about = new JEditorPane("text/html", aboutHtml(gui.scenario()));
                about.setEditable(false);
                about.setCaretPosition(0);
                tabs.setComponentAt(i, new JScrollPane(about));
            }
        }
        JMenuBar bar = console.getJMenuBar();
        if (bar != null) {
            for (int m = 0; m < bar.getMenuCount(); m++) {
                JMenu menu = bar.getMenu(m);
                for (int i = menu == null ? -1 : menu.getItemCount() - 1; i >= 0; i--) {
                    JMenuItem item = menu.getItem(i);
                    if (item != null && UNUSED_ITEMS.contains(item.getText())) {
                        menu.remove(i);
                    }
                }
            }
            bar.add(new ScenarioMenu(gui, console), 1);
            bar.revalidate();
        }
        console.setTitle("Brink - " + gui.scenario().name());
    }

    /** The scenario's NetLogo-style info block, and how to use the GUI. */
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
        if (!s.spec().targets().isEmpty()) {
            h.append("<h3>Checked against the record</h3><p>brink run prints where the model's mean lies against each "
                    + "observed range (scenarios/README.md, targets).</p><ul>");
            s.spec().targets().forEach((id, t) -> h.append("<li><b>").append(EventLogWindow.escape(id)).append("</b>: ")
                    .append(EventLogWindow.escape(brink.experiment.Targets.describe(t))).append(", observed ")
                    .append(brink.experiment.Targets.show(t.observed().get(0))).append("-")
                    .append(brink.experiment.Targets.show(t.observed().get(1))).append(" (")
                    .append(EventLogWindow.escape(t.period())).append("; ").append(EventLogWindow.escape(t.source()))
                    .append(")</li>"));
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
    static void layOut(Controller c, Collection<ChartWindow> charts, EventLogWindow log) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int consoleWidth = Math.min(460, screen.width / 4);
        int top = (int) (screen.height * 0.72);
        if (c instanceof Component console) {
            console.setBounds(screen.x, screen.y, consoleWidth, top);
        }
        int w = (screen.width - consoleWidth) / 2;
        int h = top / 2;
        int i = 0;
        for (ChartWindow cw : charts) {
            cw.setBounds(screen.x + consoleWidth + (i % 2) * w, screen.y + (i / 2) * h, w, h);
            i++;
        }
        log.setBounds(screen.x, screen.y + top, screen.width, screen.height - top);
    }

    /**
     * Takes MASON's charting property inspectors (the "Chart", "Histogram", ... items of an inspector's magnifying-glass
     * menu) out of the menu: they are written against JFreeChart 1.0 and fail on the 1.5 Brink uses
     * ({@code NoClassDefFoundError: org/jfree/ui/RectangleInsets}). The live chart windows show the same series.
     */
    static void withoutMasonCharts() {
        sim.util.Bag names = sim.portrayal.inspector.PropertyInspector.getPropertyInspectorClassNames();
        for (int i = names.numObjs - 1; i >= 0; i--) {
            if (String.valueOf(names.objs[i]).contains("ChartingPropertyInspector")) {
                names.remove(i);
            }
        }
    }
}
