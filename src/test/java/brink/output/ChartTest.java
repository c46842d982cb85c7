package brink.output;

import static brink.cli.CliTestAccess.brink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts are drawn from an output folder alone, as PNG and SVG, and are not blank. */
class ChartTest {
    @TempDir
    Path dir;

    @Test
    void chartCommandDrawsNonBlankPngAndSvgFromTheFolder() throws Exception {
        Path out = dir.resolve("run");
        assertEquals(0, brink("run", TestFiles.resource("three-actors.yaml").toString(), "--reps", "20", "--out",
                out.toString(), "-q", "--no-charts"));
        assertFalse(Files.exists(out.resolve("charts")), "a data-only run draws nothing");
        assertEquals(0, brink("chart", out.toString()));
        List<String> expected = List.of("RED-combat-power", "RED-stock", "BLUE-stock", "GREEN-combat-power", "balances",
                "ladder", "highest-rung", "fired-per-month", "budgets");
        for (String name : expected) {
            Path png = out.resolve("charts").resolve(name + ".png");
            BufferedImage img = ImageIO.read(png.toFile());
            assertTrue(img.getWidth() >= 1000 && img.getHeight() >= 600, name + " size");
            Set<Integer> colours = new HashSet<>();
            long notWhite = 0;
            for (int y = 0; y < img.getHeight(); y += 2) {
                for (int x = 0; x < img.getWidth(); x += 2) {
                    int rgb = img.getRGB(x, y) & 0xFFFFFF;
                    colours.add(rgb);
                    if (rgb != 0xFFFFFF) {
                        notWhite++;
                    }
                }
            }
            assertTrue(colours.size() > 20, name + " has " + colours.size() + " colours");
            assertTrue(notWhite > img.getWidth() * img.getHeight() / 4 / 50, name + " is mostly blank");
            String svg = Files.readString(out.resolve("charts").resolve(name + ".svg"));
            assertTrue(svg.contains("<svg") && svg.contains("Three actors (test)"), name + ".svg names the scenario");
        }
    }

    @Test
    void redrawingAFolderGivesIdenticalFiles() throws Exception {
        Path out = dir.resolve("run");
        assertEquals(0, brink("run", TestFiles.resource("three-actors.yaml").toString(), "--reps", "5", "--out",
                out.toString(), "-q"));
        String svg = Files.readString(out.resolve("charts/ladder.svg"));
        byte[] report = Files.readAllBytes(out.resolve("report.html"));
        // what brink chart must draw again is gone first: a chart command that did nothing would leave nothing to compare
        Files.delete(out.resolve("charts/ladder.svg"));
        Files.writeString(out.resolve("report.html"), "stale");
        assertEquals(0, brink("chart", out.toString()));
        assertEquals(svg, Files.readString(out.resolve("charts/ladder.svg")), "no clock-based ids in the SVG");
        org.junit.jupiter.api.Assertions.assertArrayEquals(report, Files.readAllBytes(out.resolve("report.html")));
        String html = new String(report, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(html.contains("id=\"brink-ladder-") && html.contains("id=\"brink-budgets-"), "ids are per chart");
        // an events.csv written before it gained kind,period still gives the same chart (its exercises shaded)
        java.util.List<String> lines = Files.readAllLines(out.resolve("events.csv"));
        Files.write(out.resolve("events.csv"), lines.stream().map(l -> brink.TestFiles.firstCells(l, 12)).toList());
        Files.delete(out.resolve("charts/ladder.svg"));
        assertEquals(0, brink("chart", out.toString()));
        assertEquals(svg, Files.readString(out.resolve("charts/ladder.svg")), "older events.csv, same chart");
    }

    @Test
    void anOlderSeriesCsvWithoutKindAndSubjectGivesTheSameCharts() throws Exception {
        Path out = dir.resolve("baseline");
        assertEquals(0, brink("run", "scenarios/baseline.yaml", "--years", "2", "--reps", "3", "--out", out.toString(), "-q"));
        String balances = Files.readString(out.resolve("charts/balances.svg"));
        String transfers = Files.readString(out.resolve("charts/transfers.svg"));
        assertTrue(balances.contains("DPRK vs coalition"), "the balance's subject names its series");
        assertTrue(transfers.contains("DPRK to Russia"), "the delivery's subject names its series");
        // series.csv as written before it gained kind,subject: what a series is about is then read from its name
        java.util.List<String> lines = Files.readAllLines(out.resolve("series.csv"));
        Files.write(out.resolve("series.csv"), lines.stream().map(l -> brink.TestFiles.firstCells(l, 12)).toList());
        Files.delete(out.resolve("charts/balances.svg"));
        Files.delete(out.resolve("charts/transfers.svg"));
        assertEquals(0, brink("chart", out.toString()));
        assertEquals(balances, Files.readString(out.resolve("charts/balances.svg")), "older series.csv, same balances");
        assertEquals(transfers, Files.readString(out.resolve("charts/transfers.svg")), "older series.csv, same transfers");
    }

    @Test
    void chartOnAFolderThatIsNotARunSaysSo() {
        assertEquals(2, brink("chart", dir.toString()));
    }
}
