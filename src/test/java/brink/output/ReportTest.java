package brink.output;

import static brink.cli.CliTestAccess.brink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import brink.TestFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html: self-contained, escaped, and showing its charts when a browser renders it. */
class ReportTest {
    @TempDir
    Path dir;
    Path out;

    @BeforeEach
    void runAndChart() {
        // A scenario whose texts try to inject markup: the report must show them as text.
        TestFiles.write(dir, "three-actors.yaml", readResource("three-actors.yaml"));
        Path s = TestFiles.write(dir, "tricky.yaml", """
                extends: three-actors.yaml
                info:
                  title: Tricky <b>title</b> & co
                  notice: Watch <script>alert(1)</script> here
                """);
        out = dir.resolve("out");
        assertEquals(0, brink("run", s.toString(), "--reps", "12", "--out", out.toString(), "-q", "--no-charts"));
        assertFalse(Files.exists(out.resolve("report.html")), "a data-only run writes no report");
        assertEquals(0, brink("chart", out.toString()));
    }

    private static String readResource(String name) {
        try {
            return Files.readString(TestFiles.resource(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void reportIsSelfContainedAndEscaped() throws Exception {
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Tricky &lt;b&gt;title&lt;/b&gt; &amp; co"), "title escaped");
        assertTrue(html.contains("Watch &lt;script&gt;alert(1)&lt;/script&gt; here"), "notice escaped");
        assertFalse(html.contains("<script>"), "no script from the scenario");
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http"), "nothing fetched from the network");
        assertTrue(html.split("<svg", -1).length - 1 >= 9, "charts are inline SVG");
        for (String part : List.of("Key numbers", "highest rung reached", "What happened in replication 0", "Provenance",
                "SHA-256", "base seed 20250101", "Probability of at least one limited clash within 3 years",
                "Probability of reaching incidents or a more severe rung within 3 years")) {
            assertTrue(html.contains(part), "report has " + part);
        }
    }

    @Test
    void reportRendersInHeadlessChromiumWithChartsShowing() throws Exception {
        assumeTrue(brink.Chromium.installed(), "Debian's chromium is installed by .ci/run");
        BufferedImage img = brink.Chromium.screenshot(out.resolve("report.html"), dir, 1200, 3000);
        // The page as loaded by the browser: its DOM holds the title and every chart.
        String loaded = brink.Chromium.dom(out.resolve("report.html"), dir);
        assertTrue(loaded.contains("Tricky &lt;b&gt;title&lt;/b&gt;"), "the page loaded");
        assertTrue(loaded.split("<svg", -1).length - 1 >= 9, "the loaded page holds the charts");
        assertEquals(1200, img.getWidth());
        // Below the text, the first chart: count coloured (not grey) pixels, which only a drawn chart has.
        long coloured = brink.Chromium.colouredSamples(img, 900);
        assertTrue(coloured > 500, "charts visible in the rendered page: " + coloured + " coloured samples");
    }
}
