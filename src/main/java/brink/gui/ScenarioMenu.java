package brink.gui;

import brink.scenario.Problem;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import brink.scenario.ScenarioSpec;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import javax.swing.filechooser.FileNameExtensionFilter;
import sim.display.Console;

/** The Console's Scenario menu: open another scenario file, save the levers as one, export the charts. */
final class ScenarioMenu extends JMenu {
    private static final long serialVersionUID = 1L;

    ScenarioMenu(BrinkGui gui, Console console) {
        super("Scenario");
        setMnemonic(KeyEvent.VK_S);
        add(item("Open scenario file...", KeyEvent.VK_O, () -> openScenario(gui, console)));
        add(item("Save levers as scenario file...", KeyEvent.VK_S, () -> saveLevers(gui, console)));
        add(item("Export charts (PNG + SVG)...", KeyEvent.VK_E, () -> exportCharts(gui)));
    }

    private static JMenuItem item(String text, int key, Runnable action) {
        JMenuItem i = new JMenuItem(text);
        i.setAccelerator(KeyStroke.getKeyStroke(key, Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()
                | InputEvent.SHIFT_DOWN_MASK));
        i.addActionListener(e -> action.run());
        return i;
    }

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

    private static void openScenario(BrinkGui gui, Console console) {
        JFileChooser chooser = new JFileChooser(gui.scenario().file().toAbsolutePath().getParent().toFile());
        chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (YAML)", "yaml", "yml"));
        if (chooser.showOpenDialog(console) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Scenario next = load(console, chooser.getSelectedFile().toPath());
        if (next != null) {
            gui.replace(console, next);
        }
    }

    private static void saveLevers(BrinkGui gui, Component parent) {
        Path base = gui.scenario().file().toAbsolutePath();
        JFileChooser chooser = new JFileChooser(base.getParent().toFile());
        chooser.setSelectedFile(base.resolveSibling(gui.scenario().name() + "-levers.yaml").toFile());
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        try {
            Path file = gui.saveLevers(chooser.getSelectedFile().toPath());
            boolean outside = !file.toAbsolutePath().normalize().startsWith(base.getParent().normalize());
            message(parent, "Levers saved", "Wrote " + file + ".\nbrink run " + file + " --seed " + gui.levers().getSeed()
                    + " --reps 1" + (outside ? " --extends-anywhere" : "") + " gives this GUI's run with these levers."
                    + (outside ? "\n(It extends a scenario in another folder, which brink reads only when asked.)" : ""));
        } catch (IOException e) {
            message(parent, "Could not save the levers", e.getMessage());
        }
    }

    static void exportCharts(BrinkGui gui) {
        if (!gui.hasCharts()) {
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
            List<Path> files = gui.exportCharts(chooser.getSelectedFile().toPath());
            message(null, "Charts exported", "Wrote " + files.size() + " files to " + chooser.getSelectedFile() + ".");
        } catch (IOException e) {
            message(null, "Could not export the charts", e.getMessage());
        }
    }

    /** A dialog; on a machine without a display (the model's tests), a line on standard error. */
    static void message(Component parent, String title, String text) {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("brink gui: " + title + ": " + text);
            return;
        }
        boolean error = title.startsWith("Could not") || title.contains("problems") || title.contains("could not");
        JOptionPane.showMessageDialog(parent, text, title, error ? JOptionPane.ERROR_MESSAGE : JOptionPane.INFORMATION_MESSAGE);
    }
}
