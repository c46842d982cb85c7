package brink.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import brink.cli.CliTestAccess;
import brink.experiment.LiveHistory;
import brink.experiment.SeriesKey;
import brink.output.EventsCsv;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GUI never changes how the model computes: the model under the GUI (no window opened) run with a seed gives
 * the history brink run gives with that seed, with the levers neutral and with levers saved as a scenario file.
 */
class GuiModelTest {
    static final Path BASELINE = Path.of("scenarios", "baseline.yaml");

    @TempDir
    Path dir;

    @Test
    void aboutTabCitesTheProjectsOwnSourcesAndTheRecord() throws Exception {
        String html = ConsoleSetup.aboutHtml(ScenarioLoader.load(BASELINE));
        assertTrue(html.contains("docs/data-sources.md"), "the sources document in the repository");
        assertFalse(html.contains("../shared") || html.contains("force-data.md"), "nothing a clone lacks");
        assertTrue(html.contains("<b>exchanges-of-fire</b>: clashes, per year, observed 0.2-0.7 (2010-2024; "), html);
    }

    @Test
    void masonsChartingInspectorsAreNotOfferedBecauseTheyFailOnJFreeChart15() throws Exception {
        new BrinkGui(ScenarioLoader.load(BASELINE), 1);
        sim.util.Bag offered = sim.portrayal.inspector.PropertyInspector.getPropertyInspectorClassNames();
        assertTrue(offered.numObjs > 0, "the streaming inspector stays");
        for (int i = 0; i < offered.numObjs; i++) {
            Class<?> c = Class.forName(String.valueOf(offered.objs[i]));
            assertFalse(sim.portrayal.inspector.ChartingPropertyInspector.class.isAssignableFrom(c),
                    c + " would throw NoClassDefFoundError: org/jfree/ui/RectangleInsets");
        }
    }

    @Test
    void aGuiRunWithASeedIsBrinkRunWithThatSeed() throws Exception {
        BrinkGui gui = new BrinkGui(ScenarioLoader.load(BASELINE), 42);
        int days = runToEnd(gui);
        assertEquals(gui.scenario().days(), days, "the GUI stops at the scenario's horizon");
        assertFalse(gui.step(), "and stays stopped");
        Path run = brinkRun(BASELINE, 42);
        assertEquals(Files.readAllLines(run.resolve("events.csv")), guiEvents(gui), "events.csv of replication 0");
        assertSeriesMatch(gui.history(), run.resolve("series.csv"), "combat_power");
        assertSeriesMatch(gui.history(), run.resolve("series.csv"), "rung");
    }

    @Test
    void leversSavedAsAScenarioFileReproduceTheGuiRun() throws Exception {
        BrinkGui gui = new BrinkGui(ScenarioLoader.load(BASELINE), 42);
        gui.levers().set("us-commitment", 0.5);
        gui.levers().set("exercises", false);
        gui.levers().set("armor-push", 2);
        gui.levers().set("russian-assistance", 3);
        gui.levers().set("allied-response", 1.5);
        gui.levers().setSeed(9);
        runToEnd(gui);
        assertTrue(gui.levers().getInEffect().contains("exercises off"), gui.levers().getInEffect());
        Path file = gui.saveLevers(dir.resolve("my-levers.yaml"));
        Path run = brinkRun(file, 9);
        List<String> events = guiEvents(gui);
        assertEquals(Files.readAllLines(run.resolve("events.csv")), events);
        assertSeriesMatch(gui.history(), run.resolve("series.csv"), "combat_power");
        assertTrue(events.stream().noneMatch(l -> l.contains("exercise begins")), "exercises were off");

        BrinkGui neutral = new BrinkGui(ScenarioLoader.load(BASELINE), 9);
        runToEnd(neutral);
        assertNotEquals(guiEvents(neutral), events, "the levers changed the history");
    }

    @Test
    void theModelTabShowsTheLeversTheScenarioDeclares() throws Exception {
        ModelLevers three = new ModelLevers(ScenarioLoader.load(TestFiles.resource("three-actors.yaml")), 1);
        assertEquals(List.of(), three.ids(), "a scenario without levers: only the seed");
        sim.util.Properties none = sim.util.Properties.getProperties(three);
        assertEquals(2, none.numProperties(), "seed and current run");
        ModelLevers baseline = new ModelLevers(ScenarioLoader.load(BASELINE), 1);
        sim.util.Properties p = sim.util.Properties.getProperties(baseline);
        assertEquals(10, p.numProperties(), "eight levers, the seed, the current run");
        assertEquals("US theatre commitment (x)", p.getName(1));
        assertEquals(new sim.util.Interval(0.0, 4.0).getMax(), ((sim.util.Interval) p.getDomain(1)).getMax());
        assertEquals(Boolean.TYPE, p.getType(3), "a switch is a checkbox");
        p.setValue(1, "99");
        assertEquals(4.0, baseline.get("us-commitment"), "typed values are kept in range");
        p.setValue(3, "false");
        assertEquals("us-commitment x4, exercises off", baseline.settings().describe(ScenarioLoader.load(BASELINE).spec()));
        // a set lever starts where the scenario has its field, and a switch where the scenario has it
        Path own = TestFiles.write(dir, "own.yaml", Files.readString(TestFiles.resource("three-actors.yaml")) + """

                levers:
                  clash-share:
                    label: Share of forces in a clash
                    set: [combat.clashShare]
                    range: [0.01, 0.5]
                """);
        ModelLevers mine = new ModelLevers(ScenarioLoader.load(own), 1);
        assertEquals(ScenarioLoader.load(own).spec().combat().clashShare(), mine.get("clash-share"));
        assertTrue(mine.settings().isNeutral(), "untouched, a lever moves nothing");
    }

    @Test
    void aBadScenarioFileIsReportedWithFileLineAndField() throws Exception {
        Files.copy(BASELINE, dir.resolve("baseline.yaml"));
        Path bad = TestFiles.write(dir, "bad.yaml", """
                extends: baseline.yaml
                actors:
                  DPRK:
                    forces:
                      armor: {stock: -5}
                """);
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> ScenarioLoader.load(bad));
        String shown = ScenarioMenu.problems(e);
        assertTrue(shown.contains("bad.yaml:5:"), shown);
        assertTrue(shown.contains("actors.DPRK.forces.armor.stock"), shown);
        assertEquals(null, ScenarioMenu.load(null, bad), "the GUI refuses it (headless here: the message goes to stderr)");
    }

    private static int runToEnd(BrinkGui gui) {
        gui.start();
        int days = 0;
        while (gui.step()) {
            days++;
        }
        return days;
    }

    private Path brinkRun(Path scenario, long seed) {
        Path out = dir.resolve("run-" + scenario.getFileName() + "-" + seed);
        assertEquals(0, CliTestAccess.brink("run", scenario.toString(), "--seed", String.valueOf(seed), "--reps", "1",
                "--events", "1", "--no-charts", "--quiet", "--out", out.toString(), "--extends-anywhere"));
        return out;
    }

    private List<String> guiEvents(BrinkGui gui) throws Exception {
        Path file = dir.resolve("gui-events-" + System.nanoTime() + ".csv");
        try (EventsCsv csv = new EventsCsv(file, gui.scenario().start())) {
            csv.add(0, gui.history().events(0));
        }
        return Files.readAllLines(file);
    }

    /** Every value of a metric in series.csv (one replication: the mean is the value) equals the GUI's on that day. */
    private static void assertSeriesMatch(LiveHistory h, Path seriesCsv, String metric) throws Exception {
        List<SeriesKey> keys = h.dailyKeys();
        Map<Integer, double[]> byDay = new HashMap<>();
        for (LiveHistory.Row r : h.daily(0)) {
            byDay.put(r.day(), r.values());
        }
        int checked = 0;
        for (String line : Files.readAllLines(seriesCsv).subList(1, Files.readAllLines(seriesCsv).size())) {
            String[] f = line.split(",");
            if (!f[5].equals(metric)) {
                continue;
            }
            int k = -1;
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).actor().equals(f[3]) && keys.get(i).domain().equals(f[4]) && keys.get(i).metric().equals(metric)) {
                    k = i;
                }
            }
            if (k < 0) {
                continue; // a bloc's combat power: series.csv has it, the GUI's charts do not
            }
            int instant = Integer.parseInt(f[1]);
            if (instant == 0) {
                continue; // the starting state: series.csv records it, the GUI's history starts after day 0
            }
            double gui = byDay.get(instant - 1)[k]; // series.csv's instant t is the state after day t - 1
            double csv = Double.parseDouble(f[6]);
            assertEquals(csv, gui, 1e-6 * Math.max(1, Math.abs(csv)), line);
            checked++;
        }
        assertTrue(checked > 100, "compared " + checked + " values of " + metric);
    }
}
