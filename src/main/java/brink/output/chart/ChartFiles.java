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

/** Writes a chart as PNG and as SVG (Apache Batik's SVG generator) of the same drawing, and gives every chart its footnote. */
public final class ChartFiles {
    public static final int WIDTH = 1100;
    public static final int HEIGHT = 650;

    private ChartFiles() {
    }

    private static final Font FOOT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    /** White background and a footnote (replications, seed, what the bands are, the source) at the bottom. */
    public static JFreeChart finish(JFreeChart chart, String footnote) {
        chart.setBackgroundPaint(Color.WHITE);
        // room on the right for a date axis's last tick label, which JFreeChart centres on the plot's edge
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 32));
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
        save(folder, svgs, names, draw(name, chart, height));
    }

    private static void save(Staging folder, Map<String, String> svgs, List<String> names, Drawn d) throws IOException {
        Files.write(folder.write("charts/" + d.name() + ".png"), d.png());
        Files.writeString(folder.write("charts/" + d.name() + ".svg"), d.svg());
        svgs.put(d.name(), d.svg());
        names.add(d.name());
    }

    public static void png(JFreeChart chart, Path file, int height) throws IOException {
        inMemoryOnly();
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, height);
    }

    /**
     * ImageIO, writing a PNG to a stream, by default buffers it in a temporary file in java.io.tmpdir (imageio*.tmp):
     * a file outside the output folder, for every chart. Buffer in memory instead (no slower: a few hundred KB each).
     */
    private static void inMemoryOnly() {
        javax.imageio.ImageIO.setUseCache(false);
    }

    /** A chart drawn but not yet written: its PNG bytes and its SVG text. */
    record Drawn(String name, byte[] png, String svg) {
    }

    /** Draws a chart as PNG and SVG in memory (charts are independent: several may be drawn at once, one per thread). */
    static Drawn draw(String name, JFreeChart chart, int height) throws IOException {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream(1 << 17);
        inMemoryOnly();
        ChartUtils.writeChartAsPNG(png, chart, WIDTH, height);
        return new Drawn(name, png.toByteArray(), svgText(chart, name + ".svg", height));
    }

    /**
     * Draws the charts on all cores, then writes them in the order given (charts/NAME.png and .svg, the SVG text kept
     * for the report, the name for the listing): the files are the same as drawing them one by one.
     */
    static void writeAll(Staging folder, Map<String, String> svgs, List<String> names, List<String> chartNames,
                         List<JFreeChart> charts, List<Integer> heights) throws IOException {
        int n = charts.size();
        int threads = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "brink-charts");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<Drawn>> drawn = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                drawn.add(pool.submit(() -> draw(chartNames.get(k), charts.get(k), heights.get(k))));
            }
            for (java.util.concurrent.Future<Drawn> f : drawn) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.io.InterruptedIOException("interrupted while drawing the charts");
                }
                save(folder, svgs, names, f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while drawing the charts");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The SVG's internal ids (clip paths, gradients) are prefixed with the file's name: charts inlined together in one
     * report then have distinct ids, and the same folder always gives the same files.
     */
    public static void svg(JFreeChart chart, Path file, int height) throws IOException {
        String name = file.getFileName().toString().replaceFirst("^\\.", ""); // temporary files start with a dot
        Files.writeString(file, svgText(chart, name, height));
    }

    private static final java.util.regex.Pattern SVG_WIDTH = java.util.regex.Pattern.compile("\\swidth=[\"'](\\d+)[\"']");
    private static final java.util.regex.Pattern SVG_HEIGHT = java.util.regex.Pattern.compile("\\sheight=[\"'](\\d+)[\"']");

    /**
     * A chart's SVG document as an element to inline in a page, scaling to the page's width: its fixed size becomes a
     * viewBox, so a narrow window shows the whole chart smaller instead of cropping its right side (and its legend).
     */
    public static String inline(String svgDocument) {
        int start = svgDocument.indexOf("<svg");
        if (start < 0) {
            return "";
        }
        String s = svgDocument.substring(start);
        int end = s.indexOf('>');
        String tag = s.substring(0, end);
        java.util.regex.Matcher w = SVG_WIDTH.matcher(tag);
        java.util.regex.Matcher h = SVG_HEIGHT.matcher(tag);
        if (!w.find() || !h.find()) {
            return s;
        }
        String sized = tag.replace(w.group(), "").replace(h.group(), "") + " viewBox='0 0 " + w.group(1) + " " + h.group(1)
                + "' preserveAspectRatio='xMidYMid meet' style='width:100%;height:auto'";
        return sized + s.substring(end);
    }

    private static String svgText(JFreeChart chart, String fileName, int height) {
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.indexOf('.')) : fileName;
        String prefix = "brink-" + stem.replaceAll("[^A-Za-z0-9-]", "-") + "-";
        org.w3c.dom.Document document;
        try {
            document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(org.apache.batik.util.SVGConstants.SVG_NAMESPACE_URI, "svg", null);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML documents are unavailable", e);
        }
        org.apache.batik.svggen.SVGGeneratorContext context = org.apache.batik.svggen.SVGGeneratorContext.createDefault(document);
        context.setIDGenerator(new org.apache.batik.svggen.SVGIDGenerator() {
            @Override
            public String generateID(String kind) {
                return super.generateID(prefix + kind);
            }
        });
        // a coordinate to a hundredth of a pixel: a ten-year daily series has 3,653 points a line
        context.setPrecision(2);
        context.setComment(null);
        context.setEmbeddedFontsOn(false);
        org.apache.batik.svggen.SVGGraphics2D g2 = new org.apache.batik.svggen.SVGGraphics2D(context, false);
        g2.setSVGCanvasSize(new java.awt.Dimension(WIDTH, height));
        chart.draw(g2, new Rectangle(0, 0, WIDTH, height));
        java.io.StringWriter out = new java.io.StringWriter(1 << 16);
        try {
            g2.stream(out, false);
        } catch (org.apache.batik.svggen.SVGGraphics2DIOException e) {
            throw new IllegalStateException("an SVG in memory could not be written", e);
        } finally {
            g2.dispose();
        }
        // Batik's one fixed id, of an empty element: prefixed too, so that a page inlining several charts has each id once
        return out.toString().replace("id=\"genericDefs\"", "id=\"" + prefix + "genericDefs\"");
    }
}
