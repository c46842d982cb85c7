package brink.output.chart;

import brink.output.Staging;
import brink.output.SweepRecord;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.analysis.interpolation.LoessInterpolator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.GrayPaintScale;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of a sweep's or calibration's folder, drawn from its files alone: each outcome against each varied field
 * (the samples' means as points, with a smooth), the sensitivity indices as ranked bars with their intervals, a heat
 * map for two fields, PRIM's peeling trajectory once {@code brink discover} has run, and for a calibration the prior
 * and posterior of each field. Then report.html ({@link SweepReport}).
 */
public final class SweepCharts {
    private SweepCharts() {
    }

    public static List<String> draw(Staging in) throws IOException {
        SweepRecord s = SweepRecord.read(in.dir(), in::read);
        Map<String, String> svgs = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        String title = s.manifest().scenario() == null ? "" : java.util.Objects.toString(s.manifest().scenario().title(), "");
        String foot = s.values().length + " samples x " + s.manifest().replications() + " replications, base seed "
                + s.manifest().baseSeed() + " (the same in every sample).";
        if (s.columns().contains("distance")) {
            ChartFiles.write(in, svgs, names, "prior-and-posterior", posterior(s, title, foot), ChartFiles.HEIGHT);
        } else {
            List<String> outcomes = s.outcomes();
            for (String o : outcomes) {
                ChartFiles.write(in, svgs, names, "outcome-" + o, scatter(s, o, title, foot), ChartFiles.HEIGHT);
            }
            Map<String, double[][]> indices = SweepReport.indices(in);
            for (Map.Entry<String, double[][]> e : indices.entrySet()) {
                ChartFiles.write(in, svgs, names, "sensitivity-" + e.getKey(), bars(s, e.getKey(), e.getValue(), title, foot),
                        ChartFiles.HEIGHT);
            }
            if (s.parameters().size() == 2) {
                for (String o : outcomes) {
                    ChartFiles.write(in, svgs, names, "heatmap-" + o, heat(s, o, title, foot), ChartFiles.HEIGHT);
                }
            }
            if (Files.isRegularFile(in.read("trajectory.csv"))) {
                ChartFiles.write(in, svgs, names, "prim-trajectory", trajectory(in, title), ChartFiles.HEIGHT);
            }
        }
        SweepReport.write(in, s, svgs);
        return names;
    }

    /** One panel per varied field: the outcome's mean in each sample, and a smooth (LOESS) through them. */
    private static JFreeChart scatter(SweepRecord s, String outcome, String title, String foot) {
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(new NumberAxis(outcome + " (mean over the replications)"));
        combined.setGap(10);
        double[] y = s.column(outcome);
        for (int j = 0; j < s.parameters().size(); j++) {
            double[] x = s.column(s.parameters().get(j));
            XYSeries points = new XYSeries("samples", false, true);
            for (int i = 0; i < x.length; i++) {
                if (Double.isFinite(y[i])) {
                    points.add(x[i], y[i]);
                }
            }
            XYSeries smooth = smooth(x, y);
            NumberAxis axis = new NumberAxis(s.parameters().get(j));
            axis.setAutoRangeIncludesZero(false);
            XYPlot p = Charts.xyPlot(new NumberAxis());
            p.setDomainAxis(axis);
            XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
            dots.setSeriesPaint(0, Palette.translucent(Palette.color(0), 110));
            dots.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
            dots.setSeriesVisibleInLegend(0, j == 0);
            p.setDataset(0, new XYSeriesCollection(points));
            p.setRenderer(0, dots);
            XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
            line.setSeriesPaint(0, Palette.color(1));
            line.setSeriesStroke(0, new BasicStroke(2.4f));
            line.setSeriesVisibleInLegend(0, j == 0);
            p.setDataset(1, new XYSeriesCollection(smooth));
            p.setRenderer(1, line);
            combined.add(p);
        }
        JFreeChart chart = new JFreeChart(title + ": " + outcome + " against each varied field", JFreeChart.DEFAULT_TITLE_FONT,
                combined, true);
        return ChartFiles.finish(chart, foot + " Points: samples; line: LOESS smooth (bandwidth 0.5) of the samples' means. "
                + "Source: samples.csv.");
    }

    /** LOESS through the points (duplicate x averaged first); a line through the means when there are too few. */
    static XYSeries smooth(double[] x, double[] y) {
        TreeMap<Double, double[]> byX = new TreeMap<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(y[i])) {
                double[] acc = byX.computeIfAbsent(x[i], k -> new double[2]);
                acc[0] += y[i];
                acc[1]++;
            }
        }
        double[] xs = byX.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        double[] ys = byX.values().stream().mapToDouble(a -> a[0] / a[1]).toArray();
        double[] fitted = ys;
        if (xs.length >= 8) {
            try {
                fitted = new LoessInterpolator(0.5, 2).smooth(xs, ys);
            } catch (RuntimeException e) {
                fitted = ys; // degenerate data (all equal): the means themselves
            }
        }
        XYSeries s = new XYSeries("smooth", true, false);
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(fitted[i])) {
                s.add(xs[i], fitted[i]);
            }
        }
        return s;
    }

    /** Ranked bars: ST (Sobol) or mu* (Morris) of each field, with whiskers for the 95 % interval (Sobol). */
    private static JFreeChart bars(SweepRecord s, String outcome, double[][] rows, String title, String foot) {
        boolean sobol = rows.length > 0 && rows[0].length == 6;
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        Integer[] order = new Integer[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int key = sobol ? 3 : 0;
        Arrays.sort(order, (a, b) -> Double.compare(rows[b][key], rows[a][key]));
        for (int i : order) {
            String name = s.parameters().get(i);
            if (sobol) {
                data.add(rows[i][3], (rows[i][5] - rows[i][4]) / 2, "total (ST)", name);
                data.add(rows[i][0], (rows[i][2] - rows[i][1]) / 2, "first-order (S1)", name);
            } else {
                data.add(rows[i][0], 0, "mu*", name);
            }
        }
        CategoryPlot p = new CategoryPlot(data, new CategoryAxis("varied field"),
                new NumberAxis(sobol ? "Sobol index (share of the outcome's variance)" : "Morris mu* (mean |elementary effect|)"),
                new StatisticalBarRenderer());
        p.setOrientation(PlotOrientation.HORIZONTAL);
        p.setBackgroundPaint(Color.WHITE);
        p.setRangeGridlinePaint(Color.LIGHT_GRAY);
        StatisticalBarRenderer r = (StatisticalBarRenderer) p.getRenderer();
        r.setSeriesPaint(0, Palette.color(0));
        r.setSeriesPaint(1, Palette.color(2));
        r.setErrorIndicatorPaint(Color.DARK_GRAY);
        JFreeChart chart = new JFreeChart(title + ": which field matters for " + outcome, JFreeChart.DEFAULT_TITLE_FONT, p, true);
        return ChartFiles.finish(chart, foot + (sobol ? " Whiskers: 95 % bootstrap interval." : " Intervals: sensitivity.csv.")
                + " Source: sensitivity.csv.");
    }

    /** Two fields: the outcome's mean over a 10 x 10 binning of the samples, in grey (dark = high). */
    private static JFreeChart heat(SweepRecord s, String outcome, String title, String foot) {
        double[] a = s.column(s.parameters().get(0));
        double[] b = s.column(s.parameters().get(1));
        double[] y = s.column(outcome);
        int bins = 10;
        double aMin = Arrays.stream(a).min().orElseThrow();
        double aMax = Arrays.stream(a).max().orElseThrow();
        double bMin = Arrays.stream(b).min().orElseThrow();
        double bMax = Arrays.stream(b).max().orElseThrow();
        double[][] sum = new double[bins][bins];
        int[][] count = new int[bins][bins];
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                continue;
            }
            int ia = bin(a[i], aMin, aMax, bins);
            int ib = bin(b[i], bMin, bMax, bins);
            sum[ia][ib] += y[i];
            count[ia][ib]++;
        }
        List<double[]> cells = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < bins; i++) {
            for (int j = 0; j < bins; j++) {
                if (count[i][j] > 0) {
                    double m = sum[i][j] / count[i][j];
                    cells.add(new double[] {centre(i, aMin, aMax, bins), centre(j, bMin, bMax, bins), m});
                    lo = Math.min(lo, m);
                    hi = Math.max(hi, m);
                }
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        double[][] series = new double[3][cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            for (int d = 0; d < 3; d++) {
                series[d][c] = cells.get(c)[d];
            }
        }
        data.addSeries(outcome, series);
        XYBlockRenderer r = new XYBlockRenderer();
        r.setBlockWidth(aMax > aMin ? (aMax - aMin) / bins : 1);
        r.setBlockHeight(bMax > bMin ? (bMax - bMin) / bins : 1);
        GrayPaintScale scale = new GrayPaintScale(lo, hi > lo ? hi : lo + 1e-9) {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Paint getPaint(double value) {
                Color g = (Color) super.getPaint(value);
                return new Color(255 - g.getRed(), 255 - g.getGreen(), 255 - g.getBlue()); // dark = high
            }
        };
        r.setPaintScale(scale);
        NumberAxis x = new NumberAxis(s.parameters().get(0));
        NumberAxis yAxis = new NumberAxis(s.parameters().get(1));
        x.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot p = new XYPlot(data, x, yAxis, r);
        p.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart(title + ": " + outcome + " over both fields", JFreeChart.DEFAULT_TITLE_FONT, p, false);
        PaintScaleLegend legend = new PaintScaleLegend(scale, new NumberAxis(outcome + " (mean)"));
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        return ChartFiles.finish(chart, foot + " Cells: the mean of the samples in each tenth of both ranges. Source: samples.csv.");
    }

    private static int bin(double v, double min, double max, int bins) {
        return max > min ? Math.min(bins - 1, (int) ((v - min) / (max - min) * bins)) : 0;
    }

    private static double centre(int i, double min, double max, int bins) {
        return max > min ? min + (i + 0.5) * (max - min) / bins : min;
    }

    /** PRIM's peeling trajectory: coverage against density of every box, the chosen one marked. */
    private static JFreeChart trajectory(Staging in, String title) throws IOException {
        List<String> lines = Files.readAllLines(in.read("trajectory.csv"));
        XYSeries all = new XYSeries("boxes peeled", false, true);
        XYSeries chosen = new XYSeries("the chosen box", false, true);
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",");
            if (c.length > 7 && !c[7].equals("1")) {
                continue; // the first box's trajectory (covering writes the others after it)
            }
            double coverage = Double.parseDouble(c[1]);
            double density = Double.parseDouble(c[2]);
            all.add(coverage, density);
            if (c[6].equals("true")) {
                chosen.add(coverage, density);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection(all);
        data.addSeries(chosen);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, Palette.color(0));
        r.setSeriesPaint(1, Palette.color(1));
        r.setSeriesLinesVisible(1, false);
        r.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-7, -7, 14, 14));
        NumberAxis x = new NumberAxis("coverage (share of the samples of interest inside the box)");
        NumberAxis y = new NumberAxis("density (share of the box's samples that are of interest)");
        x.setRange(0, 1.02);
        y.setRange(0, 1.02);
        XYPlot p = new XYPlot(data, x, y, r);
        p.setBackgroundPaint(Color.WHITE);
        p.setDomainGridlinePaint(Color.LIGHT_GRAY);
        p.setRangeGridlinePaint(Color.LIGHT_GRAY);
        String condition = Files.readAllLines(in.read("boxes.csv")).get(1).split(",")[0];
        JFreeChart chart = new JFreeChart(title + ": PRIM peeling trajectory for " + condition, JFreeChart.DEFAULT_TITLE_FONT, p, true);
        return ChartFiles.finish(chart, "Each point a box, from the whole space (coverage 1) to the smallest. Source: trajectory.csv, "
                + "boxes.csv.");
    }

    /** Calibration: each field's draws (the prior) and the kept ones (the posterior), as histograms. */
    private static JFreeChart posterior(SweepRecord s, String title, String foot) {
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(new NumberAxis("draws"));
        combined.setGap(10);
        for (int j = 0; j < s.parameters().size(); j++) {
            double[] x = s.column(s.parameters().get(j));
            double min = Arrays.stream(x).min().orElseThrow();
            double max = Arrays.stream(x).max().orElseThrow();
            int bins = 12;
            XYSeries prior = new XYSeries("all draws (prior)", true, false);
            XYSeries post = new XYSeries("kept draws (posterior)", true, false);
            int[] all = new int[bins];
            int[] kept = new int[bins];
            for (int i = 0; i < x.length; i++) {
                int b = bin(x[i], min, max, bins);
                all[b]++;
                if (s.keptAt(i)) {
                    kept[b]++;
                }
            }
            for (int b = 0; b < bins; b++) {
                prior.add(centre(b, min, max, bins), all[b]);
                post.add(centre(b, min, max, bins), kept[b]);
            }
            XYSeriesCollection data = new XYSeriesCollection(prior);
            data.addSeries(post);
            org.jfree.chart.renderer.xy.XYBarRenderer r = new org.jfree.chart.renderer.xy.XYBarRenderer(0.1);
            r.setShadowVisible(false);
            r.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
            r.setSeriesPaint(0, Palette.translucent(Palette.color(0), 90));
            r.setSeriesPaint(1, Palette.color(1));
            r.setSeriesVisibleInLegend(0, j == 0);
            r.setSeriesVisibleInLegend(1, j == 0);
            NumberAxis axis = new NumberAxis(s.parameters().get(j));
            axis.setAutoRangeIncludesZero(false);
            XYPlot p = new XYPlot(new org.jfree.data.xy.XYBarDataset(data, max > min ? (max - min) / bins * 0.9 : 1), axis, null, r);
            p.setBackgroundPaint(Color.WHITE);
            p.setRangeGridlinePaint(Color.LIGHT_GRAY);
            combined.add(p);
        }
        JFreeChart chart = new JFreeChart(title + ": prior and posterior of each calibrated field", JFreeChart.DEFAULT_TITLE_FONT,
                combined, true);
        return ChartFiles.finish(chart, foot + " Kept: every target inside the record (within the tolerance). Source: samples.csv.");
    }
}
