package brink.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.display.Console;

/**
 * The GUI as a person sees it: under Xvfb (installed by .ci/run), {@link GuiDriver} opens the Console on the
 * baseline, plays 300 days, screenshots the screen and each window, exports the charts and opens a second
 * scenario. This test checks what the driver recorded and what the screenshots show. The last screenshot is
 * kept as target/gui-screenshots/screen.png for a look.
 */
class GuiScreenshotTest {
    /** Xvfb on the PATH (Debian puts it in /usr/bin), or null. */
    static final Path XVFB = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .map(d -> Path.of(d, "Xvfb")).filter(Files::isExecutable).findFirst().orElse(null);
    static final int DAYS = 300;

    @TempDir
    Path dir;

    @Test
    void theConsoleChartsAndLogShowARun() throws Exception {
        assumeTrue(XVFB != null, "Xvfb (Debian package xvfb) is installed by .ci/run");
        // -displayfd: Xvfb picks a free display itself and prints its number once it accepts connections
        Process xvfb = new ProcessBuilder(XVFB.toString(), "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectError(dir.resolve("xvfb.log").toFile()).start();
        try {
            String display = readDisplay(xvfb);
            Path out = dir.resolve("gui");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Djava.awt.headless=false", "-cp", System.getProperty("java.class.path"),
                    GuiDriver.class.getName(), out.toString(), "scenarios/baseline.yaml", String.valueOf(DAYS),
                    "scenarios/us-drawdown.yaml")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("driver.log").toFile());
            pb.environment().put("DISPLAY", ":" + display);
            Process driver = pb.start();
            assertTrue(driver.waitFor(240, TimeUnit.SECONDS), "the GUI driver finished");
            Properties seen = new Properties();
            try (var r = Files.newBufferedReader(out.resolve("gui.properties"))) {
                seen.load(r);
            }
            assertNull(seen.getProperty("error"), Files.readString(dir.resolve("driver.log")));
            assertEquals(0, driver.exitValue());
            keep(out);
            checkWindows(seen);
            checkPictures(out);
            checkExport(out, seen);
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void checkWindows(Properties seen) {
        assertEquals(String.valueOf(Console.PS_PAUSED), seen.getProperty("playState"), "paused where asked");
        assertEquals(String.valueOf(DAYS), seen.getProperty("modelDay"));
        assertEquals(String.valueOf(DAYS - 1), seen.getProperty("charts.lastDay"), "the charts have caught up");
        assertEquals("true", seen.getProperty("console.showing"));
        assertEquals("Brink - baseline", seen.getProperty("console.title"));
        assertTrue(seen.getProperty("menus").contains("Scenario"), seen.getProperty("menus"));
        assertEquals("7", seen.getProperty("inspectors"), "five actors, the ladder and the outcomes so far");
        for (String chart : LiveCharts.NAMES) {
            assertEquals("true", seen.getProperty("chart." + chart + ".showing"), chart);
            assertEquals("true", seen.getProperty("chart." + chart + ".registered"), chart + " is in the Console's Displays");
            assertTrue(seen.getProperty("chart." + chart + ".title").endsWith("baseline, seed 7"), seen.getProperty("chart." + chart + ".title"));
            assertTrue(seen.getProperty("chart." + chart + ".chartTitle").startsWith("baseline: "), chart);
        }
        assertEquals(5 * 4 * DAYS, points(seen, "combat-power"), "5 actors x 4 domains, daily");
        assertEquals(3 * DAYS, points(seen, "balance"), "3 balances, daily");
        int ladder = points(seen, "ladder");
        assertTrue(ladder > 2 && ladder < DAYS, "the rung's levels (two points each) plus the events that moved it: " + ladder);
        assertEquals(String.valueOf(DAYS - 1), seen.getProperty("chart.ladder.lastDay"), "the ladder reaches the day shown");
        assertEquals(9, points(seen, "fired"), "one firer, nine month ends in 300 days");
        assertEquals("true", seen.getProperty("log.showing"));
        assertEquals("true", seen.getProperty("log.registered"));
        assertTrue(Integer.parseInt(seen.getProperty("log.lines")) > 20, seen.getProperty("log.lines"));
        assertTrue(seen.getProperty("log.first").matches("2025-\\d\\d-\\d\\d  .*"), seen.getProperty("log.first"));
        assertTrue(seen.getProperty("log.because").contains("Because of the "), seen.getProperty("log.because"));
        assertEquals(String.valueOf(GuiDriver.RERUN_DAYS), seen.getProperty("rerun.modelDay"), "played again from day 0");
        assertEquals(String.valueOf(GuiDriver.RERUN_DAYS - 1), seen.getProperty("rerun.lastDay"), "the charts started over");
        assertEquals(String.valueOf(3 * GuiDriver.RERUN_DAYS), seen.getProperty("rerun.points"));
        assertEquals("seed 8, exercises off", seen.getProperty("rerun.inEffect"), "the changed levers apply on the next Play");
        assertTrue(seen.getProperty("rerun.footnote").contains("seed 8") && seen.getProperty("rerun.footnote").contains("exercises off"),
                seen.getProperty("rerun.footnote"));
        assertTrue(seen.getProperty("rerun.chartTitle").endsWith("seed 8"), seen.getProperty("rerun.chartTitle"));
        assertEquals("0", seen.getProperty("rerun.exerciseLines"), "Freedom Shield (day 68) did not take place");
        assertTrue(Integer.parseInt(seen.getProperty("rerun.logLines")) > 3, "the log started over");
        assertEquals("Brink - us-drawdown", seen.getProperty("second.title"), "another scenario opened");
        assertEquals("true", seen.getProperty("second.showing"));
        assertEquals("false", seen.getProperty("first.displayable"), "and the first Console closed");
        assertEquals("5", seen.getProperty("second.frames"), "with its own four charts and log");
    }

    private static int points(Properties seen, String chart) {
        return Integer.parseInt(seen.getProperty("chart." + chart + ".points"));
    }

    /** Each chart window shows coloured lines or bars; the log shows text; the Console is drawn. */
    private static void checkPictures(Path out) throws IOException {
        for (String chart : LiveCharts.NAMES) {
            BufferedImage img = ImageIO.read(out.resolve("window-" + chart + ".png").toFile());
            assertTrue(img.getWidth() > 300 && img.getHeight() > 200, chart);
            // measured: after one day a chart window has 73-139 coloured pixels (legend keys), after 300 days 387-2260
            int coloured = coloured(img);
            assertTrue(coloured > 250, chart + ": " + coloured + " coloured pixels");
        }
        BufferedImage log = ImageIO.read(out.resolve("window-log.png").toFile());
        assertTrue(dark(log) > 2000, "the log shows text: " + dark(log));
        BufferedImage console = ImageIO.read(out.resolve("window-console.png").toFile());
        assertTrue(dark(console) > 1000, "the Console is drawn: " + dark(console));
    }

    private static int coloured(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 255;
                int g = (rgb >> 8) & 255;
                int b = rgb & 255;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int dark(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255) < 200) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void checkExport(Path out, Properties seen) throws IOException {
        assertEquals("8", seen.getProperty("exported"));
        try (var files = Files.list(out.resolve("export"))) {
            List<Path> all = files.sorted().toList();
            assertEquals(8, all.size(), all.toString());
            for (Path f : all) {
                String name = f.getFileName().toString();
                assertTrue(name.startsWith("baseline-seed7-day299-"), name);
                if (name.endsWith(".png")) {
                    BufferedImage img = ImageIO.read(f.toFile());
                    assertEquals(1100, img.getWidth(), name);
                    assertTrue(coloured(img) > 400, name);
                } else {
                    String svg = Files.readString(f);
                    assertTrue(svg.contains("<svg") && svg.contains("seed 7"), name);
                }
            }
        }
    }

    private static void keep(Path out) throws IOException {
        Path keep = Path.of("target", "gui-screenshots");
        Files.createDirectories(keep);
        try (var files = Files.list(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".png")).toList()) {
                Files.copy(f, keep.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The display number Xvfb prints on standard output when it is ready. */
    private static String readDisplay(Process xvfb) throws IOException, InterruptedException {
        var ready = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new java.io.BufferedReader(new java.io.InputStreamReader(xvfb.getInputStream())).readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String line = ready.get(20, TimeUnit.SECONDS);
            assertTrue(line != null && line.strip().matches("\\d+"), "Xvfb said which display it serves: " + line);
            return line.strip();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Xvfb did not start within 20 s", e);
        }
    }
}
