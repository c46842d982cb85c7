package brink.output;

import static brink.cli.CliTestAccess.brink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brink.TestFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brink compare draws comparison charts and a report with the scenarios side by side and the differences first. */
class ComparisonReportTest {
    @TempDir
    Path dir;

    @Test
    void compareWritesChartsAndAReportWithDifferencesFirst() throws Exception {
        Path out = dir.resolve("cmp");
        assertEquals(0, brink("compare", TestFiles.resource("three-actors.yaml").toString(),
                TestFiles.resource("three-actors-more-tests.yaml").toString(), "--reps", "30", "--out", out.toString(), "-q"));
        for (String c : List.of("compare-differences-probabilities", "compare-differences-counts", "compare-rungs",
                "compare-fired-per-month")) {
            BufferedImage img = ImageIO.read(out.resolve("charts").resolve(c + ".png").toFile());
            assertTrue(img.getWidth() >= 1000, c);
            assertTrue(Files.readString(out.resolve("charts").resolve(c + ".svg")).contains("three-actors"), c + " names them");
        }
        String html = Files.readString(out.resolve("report.html"));
        int scenarios = html.indexOf("The scenarios");
        int differences = html.indexOf("Paired differences from three-actors");
        int charts = html.indexOf("<h2>Charts");
        assertTrue(scenarios > 0 && differences > scenarios && charts > differences, "side by side, differences, charts");
        assertTrue(html.contains("Three actors, more tests (test)"));
        assertTrue(Files.exists(out.resolve("three-actors").resolve("report.html")), "each scenario has its own report");
        assertEquals(0, brink("chart", out.toString()), "brink chart redraws a comparison folder too");
        String rungsSvg = Files.readString(out.resolve("charts/compare-rungs.svg"));
        // a folder written before comparison.csv gained kind,subject,year,month is still drawn, the same
        List<String> lines = Files.readAllLines(out.resolve("comparison.csv"));
        List<String> older = lines.stream().map(l -> brink.TestFiles.firstCells(l, 14)).toList();
        Files.write(out.resolve("comparison.csv"), older);
        Files.delete(out.resolve("charts/compare-rungs.svg"));
        assertEquals(0, brink("chart", out.toString()), "an older comparison folder");
        assertEquals(rungsSvg, Files.readString(out.resolve("charts/compare-rungs.svg")));
    }
}
