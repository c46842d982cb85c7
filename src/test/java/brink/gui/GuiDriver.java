package brink.gui;

import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import sim.display.Console;

/**
 * Drives the real GUI the way a student would, in a JVM with a display (GuiScreenshotTest starts it under Xvfb):
 * opens the Console on a scenario, presses Play until a day, takes screenshots of the screen and of each window,
 * exports the charts, opens a second scenario, and writes what it saw to {@code gui.properties}.
 * Arguments: OUT_DIR SCENARIO DAYS SECOND_SCENARIO.
 */
public final class GuiDriver {
    static final int RERUN_DAYS = 100;

    private GuiDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Scenario scenario = ScenarioLoader.load(Path.of(args[1]));
        int days = Integer.parseInt(args[2]);
        Scenario second = ScenarioLoader.load(Path.of(args[3]));
        Files.createDirectories(out);
        Properties seen = new Properties();
        try {
            drive(out, scenario, days, second, seen);
        } catch (Throwable t) {
            seen.setProperty("error", t.toString());
            t.printStackTrace();
        }
        try (var w = Files.newBufferedWriter(out.resolve("gui.properties"))) {
            seen.store(w, "what GuiDriver saw");
        }
        System.exit(seen.containsKey("error") ? 1 : 0);
    }

    private static void drive(Path out, Scenario scenario, int days, Scenario second, Properties seen) throws Exception {
        AtomicReference<Console> console = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> console.set(BrinkGui.launch(scenario, 7)));
        Console c = console.get();
        BrinkGui gui = (BrinkGui) c.getSimulation();
        SwingUtilities.invokeAndWait(() -> {
            c.setWhenShouldPause(days);
            c.pressPlay();
        });
        waitForPause(c);
        seen.setProperty("playState", String.valueOf(c.getPlayState()));
        seen.setProperty("modelDay", String.valueOf(gui.model().world().getDay()));
        SwingUtilities.invokeAndWait(gui::refresh);
        SwingUtilities.invokeAndWait(() -> c.getTabPane().setSelectedIndex(indexOf(c, "Model")));
        Thread.sleep(1500); // let Swing paint what the refresh changed
        SwingUtilities.invokeAndWait(() -> {
            seen.setProperty("console.title", c.getTitle());
            seen.setProperty("console.showing", String.valueOf(c.isShowing()));
            seen.setProperty("console.bounds", bounds(c.getBounds()));
            seen.setProperty("inspectors", String.valueOf(c.getAllInspectors().size()));
            List<String> menus = new ArrayList<>();
            for (int m = 0; m < c.getJMenuBar().getMenuCount(); m++) {
                menus.add(c.getJMenuBar().getMenu(m).getText());
            }
            seen.setProperty("menus", String.join(",", menus));
            gui.chartWindows().forEach((name, w) -> {
                seen.setProperty("chart." + name + ".title", w.getTitle());
                seen.setProperty("chart." + name + ".showing", String.valueOf(w.isShowing()));
                seen.setProperty("chart." + name + ".registered", String.valueOf(c.getAllFrames().contains(w)));
                seen.setProperty("chart." + name + ".bounds", bounds(w.getBounds()));
                seen.setProperty("chart." + name + ".points", String.valueOf(gui.charts().points(name)));
                seen.setProperty("chart.ladder.lastDay", String.valueOf(gui.charts().ladderLastDay()));
                seen.setProperty("chart." + name + ".chartTitle", w.chart().getTitle().getText());
            });
            EventLogWindow log = gui.logWindow();
            seen.setProperty("log.showing", String.valueOf(log.isShowing()));
            seen.setProperty("log.registered", String.valueOf(c.getAllFrames().contains(log)));
            seen.setProperty("log.lines", String.valueOf(log.lines()));
            seen.setProperty("log.bounds", bounds(log.getBounds()));
            String text = log.text();
            seen.setProperty("log.first", text.lines().findFirst().orElse(""));
            seen.setProperty("log.because", text.lines().filter(l -> l.contains("Because of")).findFirst().orElse(""));
            seen.setProperty("charts.lastDay", String.valueOf(gui.charts().lastDay()));
        });
        Robot robot = new Robot();
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        ImageIO.write(robot.createScreenCapture(screen), "png", out.resolve("screen.png").toFile());
        for (var e : gui.chartWindows().entrySet()) {
            shoot(robot, e.getValue(), out.resolve("window-" + e.getKey() + ".png"));
        }
        shoot(robot, gui.logWindow(), out.resolve("window-log.png"));
        shoot(robot, c, out.resolve("window-console.png"));
        SwingUtilities.invokeAndWait(() -> c.getTabPane().setSelectedIndex(indexOf(c, "Inspectors")));
        Thread.sleep(800);
        shoot(robot, c, out.resolve("window-console-inspectors.png"));
        SwingUtilities.invokeAndWait(() -> c.getTabPane().setSelectedIndex(indexOf(c, "About")));
        Thread.sleep(800);
        shoot(robot, c, out.resolve("window-console-about.png"));

        AtomicReference<List<Path>> exported = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                exported.set(gui.exportCharts(out.resolve("export")));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        seen.setProperty("exported", String.valueOf(exported.get().size()));

        // a student changes levers and the seed, and plays again: the new run starts from day 0 with them
        SwingUtilities.invokeAndWait(() -> {
            c.pressStop();
            gui.levers().set("exercises", false);
            gui.levers().setSeed(8);
            c.setWhenShouldPause(RERUN_DAYS);
            c.pressPlay();
        });
        waitForPause(c);
        SwingUtilities.invokeAndWait(gui::refresh);
        SwingUtilities.invokeAndWait(() -> {
            seen.setProperty("rerun.modelDay", String.valueOf(gui.model().world().getDay()));
            seen.setProperty("rerun.lastDay", String.valueOf(gui.charts().lastDay()));
            seen.setProperty("rerun.inEffect", gui.levers().getInEffect());
            seen.setProperty("rerun.footnote", ((org.jfree.chart.title.TextTitle) gui.charts().chart("ladder").getSubtitle(gui.charts().chart("ladder").getSubtitleCount() - 1)).getText());
            seen.setProperty("rerun.chartTitle", gui.chartWindows().get("ladder").getTitle());
            seen.setProperty("rerun.exerciseLines", String.valueOf(gui.logWindow().text().lines().filter(l -> l.contains("exercise begins")).count()));
            seen.setProperty("rerun.logLines", String.valueOf(gui.logWindow().lines()));
            seen.setProperty("rerun.points", String.valueOf(gui.charts().points("balance")));
        });

        SwingUtilities.invokeAndWait(() -> c.pressStop());
        AtomicReference<Console> next = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> next.set(gui.replace(c, second)));
        Thread.sleep(500);
        SwingUtilities.invokeAndWait(() -> {
            seen.setProperty("second.title", next.get().getTitle());
            seen.setProperty("second.showing", String.valueOf(next.get().isShowing()));
            seen.setProperty("first.displayable", String.valueOf(c.isDisplayable()));
            seen.setProperty("second.frames", String.valueOf(next.get().getAllFrames().size()));
        });
    }

    private static void waitForPause(Console c) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (c.getPlayState() != Console.PS_PAUSED && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    private static int indexOf(Console c, String tab) {
        for (int i = 0; i < c.getTabPane().getTabCount(); i++) {
            if (tab.equals(c.getTabPane().getTitleAt(i))) {
                return i;
            }
        }
        return 0;
    }

    private static void shoot(Robot robot, JFrame frame, Path file) throws IOException {
        BufferedImage img = robot.createScreenCapture(frame.getBounds());
        ImageIO.write(img, "png", file.toFile());
    }

    private static String bounds(Rectangle r) {
        return r.x + "," + r.y + "," + r.width + "," + r.height;
    }
}
