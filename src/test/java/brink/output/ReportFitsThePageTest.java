package brink.output;

import static brink.cli.CliTestAccess.brink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports a class opens on whatever screen it has: the baseline's run report and a comparison of two shipped
 * scenarios, loaded in headless Chromium 1024 and 1600 pixels wide, have no chart text (axis labels, legends) outside
 * the window; the key charts come first; the sources travel with the report into any folder.
 */
class ReportFitsThePageTest {
    @TempDir
    Path dir;

    @Test
    void runAndComparisonReportsFitTheWindowWithTheirLegends() throws Exception {
        Path run = dir.resolve("run");
        assertEquals(0, brink("run", "scenarios/baseline.yaml", "--reps", "20", "--years", "2", "--out", run.toString(), "-q"));
        Path cmp = dir.resolve("cmp");
        assertEquals(0, brink("compare", "scenarios/baseline.yaml", "scenarios/us-drawdown.yaml", "--reps", "20", "--years", "2",
                "--out", cmp.toString(), "-q"));
        String report = Files.readString(run.resolve("report.html"));
        assertTrue(report.indexOf("id=\"ladder\"") < report.indexOf("id=\"DPRK-combat-power\""), "the ladder before each actor's charts");
        assertTrue(report.contains("weapons tests &rarr; shows of force and exercises") || report.contains("&rarr; weapons tests"),
                "rungs by name in the event table");
        int example = report.indexOf("id=\"example\"");
        assertTrue(example > 0 && example < report.indexOf("<h2>Charts"), "an example replication before the charts");
        String chain = report.substring(example, report.indexOf("</ol>", example));
        assertTrue(chain.contains("<li>") && chain.contains(" reached "), chain);
        assertTrue(report.contains("id=\"glossary\"") && report.contains("<dt>signalling track</dt>"), "a glossary");
        assertTrue(report.contains("@media print{figure.actor,#data-sources,#events{display:none}")
                && report.contains("class=\"actor\""), "a short print version");
        for (Path page : new Path[] {run.resolve("report.html"), cmp.resolve("report.html"), cmp.resolve("us-drawdown/report.html")}) {
            String html = Files.readString(page);
            assertTrue(html.contains("<details id=\"data-sources\">") && html.contains("8.5 US shows of force"),
                    page + " carries docs/data-sources.md");
        }
        assumeTrue(brink.Chromium.installed(), "Debian's chromium is installed by .ci/run");
        for (Path page : new Path[] {run.resolve("report.html"), cmp.resolve("report.html")}) {
            for (int width : new int[] {1024, 1600}) {
                String legend = page.startsWith(cmp) ? "us-drawdown" : "median";
                String m = brink.Chromium.chartTextsOutside(page, dir, width, legend);
                assertTrue(m.contains(" outside=0 ") && !m.endsWith("legends=0") && !m.startsWith("texts=0"),
                        page + " at " + width + " px: " + m);
            }
        }
    }
}
