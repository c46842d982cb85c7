package brink.output.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SVGs are compact, readable text, the same every time; PNGs are made in memory. */
class ChartFilesTest {
    /**
     * Drawing a chart creates no file outside the output folder, not even for a moment: ImageIO's default is a
     * temporary file per PNG in its cache directory (here a watched folder).
     */
    @Test
    void aPngIsMadeWithoutATemporaryFile(@TempDir Path cache) throws Exception {
        javax.imageio.ImageIO.setUseCache(true); // ImageIO's default, whatever ran before
        javax.imageio.ImageIO.setCacheDirectory(cache.toFile());
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            cache.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            XYSeries s = new XYSeries("line");
            s.add(0, 1);
            s.add(1, 2);
            JFreeChart chart = ChartFactory.createXYLineChart("t", "day", "units", new XYSeriesCollection(s));
            ChartFiles.Drawn d = ChartFiles.draw("test", chart, ChartFiles.HEIGHT);
            assertTrue(d.png().length > 100, "a PNG was drawn");
            WatchKey key = watch.poll(500, TimeUnit.MILLISECONDS);
            List<?> created = key == null ? List.of() : key.pollEvents().stream().map(e -> e.context()).toList();
            assertEquals(List.of(), created, "files created in ImageIO's cache directory while drawing");
            try (var left = Files.list(cache)) {
                assertEquals(0, left.count());
            }
        } finally {
            javax.imageio.ImageIO.setCacheDirectory(null);
        }
    }

    /**
     * On a ten-year axis at the charts' width the date labels keep at least a character's width apart (they ran
     * together as "Dec-2025Jun-2026", 2 pixels apart).
     */
    @Test
    void dateLabelsOfATenYearAxisDoNotTouch() {
        org.jfree.chart.axis.DateAxis axis = Charts.dateAxis();
        XYSeries monthly = new XYSeries("monthly");
        for (int m = 0; m <= 120; m++) {
            java.time.LocalDate d = java.time.LocalDate.of(2024, 12, 31).plusMonths(m);
            monthly.add(d.toEpochDay() * 86_400_000.0, Math.sin(m));
        }
        org.jfree.chart.plot.XYPlot plot = new org.jfree.chart.plot.XYPlot(new XYSeriesCollection(monthly), axis,
                new org.jfree.chart.axis.NumberAxis("ratio"), new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, false));
        JFreeChart chart = new JFreeChart("ten years", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(ChartFiles.WIDTH, ChartFiles.HEIGHT,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g2 = image.createGraphics();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        chart.draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, ChartFiles.WIDTH, ChartFiles.HEIGHT), info);
        // the ticks as drawn: the unit the drawing chose, over the data area it drew in
        java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
        axis.setAutoTickUnitSelection(false, false);
        List<?> ticks = axis.refreshTicks(g2, new org.jfree.chart.axis.AxisState(), area, org.jfree.chart.ui.RectangleEdge.BOTTOM);
        java.awt.FontMetrics fm = g2.getFontMetrics(axis.getTickLabelFont());
        assertTrue(ticks.size() >= 5, "ticks: " + ticks.size());
        double lastRight = Double.NEGATIVE_INFINITY;
        for (Object o : ticks) {
            org.jfree.chart.axis.DateTick t = (org.jfree.chart.axis.DateTick) o;
            double x = axis.dateToJava2D(t.getDate(), area, org.jfree.chart.ui.RectangleEdge.BOTTOM);
            double w = fm.stringWidth(t.getText());
            assertTrue(x - w / 2 > lastRight + fm.charWidth('0'), "label " + t.getText() + " at " + x + " touches the one before");
            lastRight = x + w / 2;
        }
        g2.dispose();
    }

    /**
     * The SVG is text a browser and a search can read: coordinates to a hundredth of a pixel, the title and the
     * horizontal axis label as text, internal ids prefixed with the chart's name, the same bytes every time.
     */
    @Test
    void anSvgIsCompactReadableAndTheSameEveryTime() throws Exception {
        XYSeries s = new XYSeries("line");
        s.add(0, 1);
        s.add(0.123456789, 2.987654321);
        s.add(1, 2);
        JFreeChart chart = ChartFactory.createXYLineChart("A title & more", "day", "quality-weighted units", new XYSeriesCollection(s));
        String svg = ChartFiles.draw("my-chart", chart, ChartFiles.HEIGHT).svg();
        assertTrue(svg.contains(">A title &amp; more</text"), "the title as escaped text");
        assertTrue(svg.contains(">day</text"), "the axis label as text (a rotated one is drawn as glyph outlines, by JFreeChart)");
        assertTrue(svg.contains("width=\"1100\"") && svg.contains("height=\"650\""), "the chart's size");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+\\.\\d{3,}").matcher(svg.replaceAll("<[!?][^>]*>", ""));
        assertTrue(!m.find(), "a number with more than two decimals: " + (m.hitEnd() ? "" : m.group()));
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile("id=\"([^\"]+)\"").matcher(svg);
        int n = 0;
        while (ids.find()) {
            assertTrue(ids.group(1).startsWith("brink-my-chart-"), ids.group(1));
            n++;
        }
        assertTrue(n > 0, "the chart has clip paths");
        assertEquals(svg, ChartFiles.draw("my-chart", chart, ChartFiles.HEIGHT).svg(), "the same bytes every time");
        assertTrue(ChartFiles.inline(svg).startsWith("<svg") && ChartFiles.inline(svg).contains("viewBox='0 0 1100 650'")
                && !ChartFiles.inline(svg).substring(0, ChartFiles.inline(svg).indexOf('>')).contains(" width=\"1100\""),
                ChartFiles.inline(svg).substring(0, 1200));
    }
}
