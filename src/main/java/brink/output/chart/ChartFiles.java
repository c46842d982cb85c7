package brink.output.chart;

import brink.output.Staging;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as PNG and as SVG (JFreeSVG) of the same drawing, and gives every chart its footnote. */
public final class ChartFiles {
    public static final int WIDTH = 1100;
    public static final int HEIGHT = 650;

    private ChartFiles() {
    }

    private static final Font FOOT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    /** White background and a footnote (replications, seed, what the bands are, the source) at the bottom. */
    public static JFreeChart finish(JFreeChart chart, String footnote) {
        chart.setBackgroundPaint(Color.WHITE);
        TextTitle foot = new TextTitle(footnote, FOOT);
        foot.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(foot);
        return chart;
    }

    /**
     * Writes charts/NAME.png and charts/NAME.svg into the folder (under temporary names until it commits), keeps
     * the SVG text for the report and the name for the listing.
     */
    static void write(Staging folder, Map<String, String> svgs, List<String> names, String name, JFreeChart chart,
                      int height) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.io.InterruptedIOException("interrupted while drawing the charts");
        }
        png(chart, folder.write("charts/" + name + ".png"), height);
        Path svg = folder.write("charts/" + name + ".svg");
        svg(chart, svg, height);
        svgs.put(name, Files.readString(svg));
        names.add(name);
    }

    public static void png(JFreeChart chart, Path file, int height) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, height);
    }

    /**
     * The SVG's internal ids (clip paths) are prefixed with the file's name instead of JFreeSVG's default, a clock
     * reading: the same folder then always gives the same files, and charts inlined together in one report still
     * have distinct ids.
     */
    public static void svg(JFreeChart chart, Path file, int height) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height);
        String name = file.getFileName().toString().replaceFirst("^\\.", ""); // temporary files start with a dot
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        g2.setDefsKeyPrefix("brink-" + stem.replaceAll("[^A-Za-z0-9-]", "-") + "-");
        chart.draw(g2, new Rectangle(0, 0, WIDTH, height));
        Files.writeString(file, g2.getSVGDocument());
    }
}
