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

/** SVG coordinates are written to a hundredth of a pixel, as short as they can be; PNGs are made in memory. */
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

    @Test
    void coordinatesAreRoundedToHundredths() {
        assertEquals("156.08", ChartFiles.hundredths(156.07589721679688));
        assertEquals("12.5", ChartFiles.hundredths(12.5));
        assertEquals("7", ChartFiles.hundredths(7.0));
        assertEquals("7", ChartFiles.hundredths(6.999));
        assertEquals("0.05", ChartFiles.hundredths(0.049));
        assertEquals("-3.1", ChartFiles.hundredths(-3.1));
        assertEquals("0", ChartFiles.hundredths(-0.001));
        assertEquals("1100", ChartFiles.hundredths(1100));
        assertEquals("NaN", ChartFiles.hundredths(Double.NaN));
    }
}
