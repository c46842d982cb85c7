package brink.cli;

import static brink.cli.CliTest.brink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import brink.Chromium;
import brink.TestFiles;
import brink.model.Battle;
import brink.scenario.ScenarioLoader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A battle run as a user meets it: series.csv with the replications' band and the curve without noise, runs.csv with
 * the day the loser was destroyed, the strength chart and report.html (looked at in Chromium), and brink chart redrawing
 * them from the folder.
 */
class BattleRunTest {
    @TempDir
    static Path dir;
    static Path iwo;
    static Path noisy;
    static Path noisyScenario;

    @BeforeAll
    static void run() throws Exception {
        iwo = dir.resolve("iwo");
        CliTest.Result r = brink("run", "scenarios/battle-iwo-jima.yaml", "--out", iwo.toString());
        assertEquals(0, r.exit(), r.err());
        String tanks = Files.readString(Path.of("scenarios", "battle-tanks.yaml"));
        noisyScenario = TestFiles.write(dir, "noisy-tanks.yaml", tanks.replace("  timeStep: 0.05", "  timeStep: 0.05\n  noise: 0.3")
                + "  rates:\n    - {side: Red, from: 6.5, to: 9, perDay: 20}\n");
        noisy = dir.resolve("noisy");
        r = brink("run", noisyScenario.toString(), "--reps", "60", "--out", noisy.toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void theDayTheLoserWasDestroyedIsTheDayItStaysAtZeroFrom() throws Exception {
        List<String> runs = Files.readAllLines(iwo.resolve("runs.csv"));
        assertEquals("replication,seed,final_US,final_Japan,winner,day_destroyed", runs.get(0));
        assertTrue(runs.get(1).endsWith(",US,36"), "the US starts at zero, lands, and wins; Japan is destroyed on day 36: "
                + runs.get(1));
    }

    @Test
    void seriesHoldsTheBandAndTheCurveWithoutNoise() throws Exception {
        List<String> series = Files.readAllLines(noisy.resolve("series.csv"));
        Battle.Result deterministic = Battle.withoutNoise(ScenarioLoader.load(noisyScenario).spec().battle());
        String day10 = series.stream().filter(l -> l.startsWith("noisy-tanks,10,") && l.contains(",Red,,strength_without_noise,"))
                .findFirst().orElseThrow();
        assertEquals(deterministic.strengths()[10][1], Double.parseDouble(day10.split(",")[6]), 1e-3, day10);
        String[] band = series.stream().filter(l -> l.startsWith("noisy-tanks,10,") && l.contains(",Red,,strength,"))
                .findFirst().orElseThrow().split(",");
        assertTrue(Double.parseDouble(band[7]) < Double.parseDouble(band[11]), "a band: p05 < p95 with noise");
        assertTrue(Files.readAllLines(iwo.resolve("series.csv")).stream().noneMatch(l -> l.contains("strength_without_noise")),
                "no second curve when there is no noise");
    }

    @Test
    void reportShowsTheSetUpTheNumbersAndTheChart() throws Exception {
        String html = Files.readString(iwo.resolve("report.html"));
        for (String part : List.of("<h1>Iwo Jima 1945", "<h2>Set-up</h2>", "<td>rate</td><td>US</td><td>0 &ndash; 1</td><td>54000 a day",
                "<h2>Key numbers</h2>", "<figure id=\"strength\">", "Engel", "Provenance")) {
            assertTrue(html.contains(part), "report.html has " + part);
        }
        assertTrue(Files.size(iwo.resolve("charts/strength.png")) > 10_000 && Files.exists(iwo.resolve("charts/strength.svg")));
        String noisyHtml = Files.readString(noisy.resolve("report.html"));
        assertTrue(noisyHtml.contains("<th>without noise</th>") && noisyHtml.contains("<td>rate</td><td>Red</td>"), noisyHtml);
        assertFalse(html.contains("../shared"), "nothing outside the project is cited");
    }

    @Test
    void reportRendersWithItsChartInChromium() throws Exception {
        assumeTrue(Chromium.installed(), "Debian's chromium is installed by .ci/run");
        String loaded = Chromium.dom(noisy.resolve("report.html"), dir);
        assertTrue(loaded.contains("Tank battle, square law") && loaded.contains("<svg"), "the page and its chart loaded");
        BufferedImage img = Chromium.screenshot(noisy.resolve("report.html"), dir, 1200, 2000);
        long coloured = Chromium.colouredSamples(img, 500);
        assertTrue(coloured > 500, "the chart is visible in the rendered page: " + coloured + " coloured samples");
    }

    @Test
    void dataOnlyRunsAndRedrawing() throws Exception {
        Path out = dir.resolve("data-only");
        CliTest.Result r = brink("run", "scenarios/battle-iwo-jima.yaml", "--no-charts", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.exists(out.resolve("report.html")) || Files.exists(out.resolve("charts")));
        r = brink("chart", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("strength") && Files.exists(out.resolve("charts/strength.png")), r.out());
        assertEquals(Files.readString(iwo.resolve("charts/strength.svg")).length(),
                Files.readString(out.resolve("charts/strength.svg")).length(), "the same chart from the same data");
    }
}
