package brink.output.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.awt.Rectangle;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as PNG and as SVG (JFreeSVG) of the same drawing. */
public final class ChartFiles {
    public static final int WIDTH = 1100;
    public static final int HEIGHT = 650;

    private ChartFiles() {
    }

    public static void png(JFreeChart chart, Path file, int height) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, height);
    }

    public static void svg(JFreeChart chart, Path file, int height) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height);
        chart.draw(g2, new Rectangle(0, 0, WIDTH, height));
        Files.writeString(file, g2.getSVGDocument());
    }
}
