package brink.gui;

import brink.experiment.LiveHistory;
import brink.experiment.SeriesKey;
import brink.model.LoggedEvent;
import brink.output.WholeFile;
import brink.output.chart.ChartFiles;
import brink.output.chart.Charts;
import brink.output.chart.Palette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYBarDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The four live charts of one run, drawn with JFreeChart 1.5 from a {@link LiveHistory} (never from the model):
 * theatre combat power by actor and domain, the balance ratios, the ladder with events marked, and units fired per
 * month. {@link #pull} adds what the run recorded since the last call; it runs on Swing's thread, which also
 * paints, so a chart never sees half an update.
 */
final class LiveCharts {
    static final List<String> NAMES = List.of("combat-power", "balance", "ladder", "fired");
    private static final long DAY_MS = 86_400_000L;
    private static final Color EXERCISE = new Color(0xE6, 0x9F, 0x00, 90);

    /** A chart's footnote: the run's line (which moves with the day shown) and what the chart's marks mean. */
    private record Footnote(TextTitle title, String note) {
    }

    private final RunInfo run;
    private final Map<String, JFreeChart> charts = new HashMap<>();
    private final List<Footnote> footnotes = new ArrayList<>();
    /** Where each recorded daily column goes (null: not shown). */
    private final XYSeries[] dailyTarget;
    private final XYSeries[] monthlyTarget;
    private final XYSeries escalations = new XYSeries("ladder climbs (event)", false, true);
    private final XYSeries calming = new XYSeries("ladder falls (event)", false, true);
    private final List<List<String>> eventTips = List.of(new ArrayList<>(), new ArrayList<>());
    private final List<XYSeries> allSeries = new ArrayList<>();
    private final List<XYPlot> exercisePlots = new ArrayList<>();
    private final Map<String, Integer> exerciseStarts = new HashMap<>();
    private int dailySeen;
    private int monthlySeen;
    private int eventsSeen;
    private final List<XYSeries> balanceSeries = new ArrayList<>();
    /** The rung, drawn as steps: kept as its levels' ends, not a point a day (see {@link #extend}). */
    private XYSeries rungSeries;
    private NumberAxis balanceAxis;
    private int lastDay = -1;

    LiveCharts(RunInfo run, List<SeriesKey> dailyKeys, List<SeriesKey> monthlyKeys) {
        this.run = run;
        dailyTarget = new XYSeries[dailyKeys.size()];
        monthlyTarget = new XYSeries[monthlyKeys.size()];
        charts.put("combat-power", combatPower(dailyKeys));
        charts.put("balance", balance(dailyKeys));
        charts.put("ladder", ladder(dailyKeys));
        charts.put("fired", fired(monthlyKeys));
    }

    JFreeChart chart(String name) {
        return charts.get(name);
    }

    /** Points in all series (the GUI test checks that charts show data). */
    int points(String name) {
        int n = 0;
        XYPlot plot = chart(name).getXYPlot();
        List<XYPlot> plots = plot instanceof CombinedDomainXYPlot c ? c.getSubplots() : List.of(plot);
        for (XYPlot p : plots) {
            for (int d = 0; d < p.getDatasetCount(); d++) {
                if (p.getDataset(d) != null) {
                    for (int s = 0; s < p.getDataset(d).getSeriesCount(); s++) {
                        n += p.getDataset(d).getItemCount(s);
                    }
                }
            }
        }
        return n;
    }

    int lastDay() {
        return lastDay;
    }

    /** The day of the ladder's last point (-1 before any): its steps must reach the day shown. */
    int ladderLastDay() {
        if (rungSeries == null || rungSeries.getItemCount() == 0) {
            return -1;
        }
        double x = rungSeries.getX(rungSeries.getItemCount() - 1).doubleValue();
        return (int) Math.round((x - Charts.x(run.start())) / DAY_MS);
    }

    private DateAxis timeAxis() {
        DateAxis axis = Charts.dateAxis();
        axis.setRange(Charts.x(run.start()), Charts.x(run.start().plusDays(run.days())));
        return axis;
    }

    private JFreeChart finish(String what, XYPlot plot, String note) {
        JFreeChart chart = new JFreeChart(run.scenarioName() + ": " + what, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartFiles.finish(chart, run.footnote(0) + " " + note);
        footnotes.add(new Footnote((TextTitle) chart.getSubtitle(chart.getSubtitleCount() - 1), note));
        return chart;
    }

    private static XYPlot plot(org.jfree.chart.axis.ValueAxis range) {
        return Charts.xyPlot(range);
    }

    private XYSeries series(String label) {
        XYSeries s = new XYSeries(label, false, true);
        allSeries.add(s);
        return s;
    }

    private JFreeChart combatPower(List<SeriesKey> keys) {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(timeAxis());
        combined.setGap(6);
        List<String> domains = keys.stream().filter(k -> k.metric().equals("combat_power")).map(SeriesKey::domain).distinct().toList();
        for (int d = 0; d < domains.size(); d++) {
            XYSeriesCollection data = new XYSeriesCollection();
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            r.setDrawSeriesLineAsPath(true); // one SVG path per series, not an element per day (25 MB for ten years)
            for (int k = 0; k < keys.size(); k++) {
                SeriesKey key = keys.get(k);
                if (key.metric().equals("combat_power") && key.domain().equals(domains.get(d))) {
                    int actor = run.actorIds().indexOf(key.actor());
                    XYSeries s = series(key.actor());
                    dailyTarget[k] = s;
                    data.addSeries(s);
                    int i = data.getSeriesCount() - 1;
                    r.setSeriesPaint(i, Palette.color(actor));
                    r.setSeriesStroke(i, Palette.stroke(actor));
                    r.setSeriesVisibleInLegend(i, d == 0);
                }
            }
            NumberAxis axis = new NumberAxis(domains.get(d));
            axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            XYPlot p = plot(axis);
            p.setDataset(data);
            p.setRenderer(r);
            combined.add(p);
        }
        return finish("theatre combat power by actor and domain (quality-weighted ready units)", combined,
                "One panel per domain.");
    }

    private JFreeChart balance(List<SeriesKey> keys) {
        balanceAxis = new NumberAxis("Force-balance ratio (1 = parity)");
        balanceAxis.setRange(0, 1.1);
        XYPlot p = plot(balanceAxis);
        p.setDomainAxis(timeAxis());
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true); // one SVG path per series, not an element per day (25 MB for ten years)
        for (int k = 0; k < keys.size(); k++) {
            SeriesKey key = keys.get(k);
            if (key.kind() == SeriesKey.Kind.BALANCE && key.domain().isEmpty()) {
                XYSeries s = series(key.actor() + " vs " + key.subject());
                dailyTarget[k] = s;
                balanceSeries.add(s);
                data.addSeries(s);
                int i = data.getSeriesCount() - 1;
                r.setSeriesPaint(i, Palette.color(i));
                r.setSeriesStroke(i, Palette.stroke(i));
            }
        }
        p.setDataset(data);
        p.setRenderer(r);
        ValueMarker parity = new ValueMarker(1.0, Color.DARK_GRAY, new BasicStroke(1.2f));
        parity.setLabel("parity");
        parity.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        parity.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        p.addRangeMarker(parity);
        return finish("balance of forces between blocs", p, "All domains, weighted as the scenario says (as in report.html).");
    }

    private JFreeChart ladder(List<SeriesKey> keys) {
        SymbolAxis rungs = new SymbolAxis("Escalation rung", run.rungs().toArray(String[]::new));
        rungs.setGridBandsVisible(false);
        XYPlot p = plot(rungs);
        p.setDomainAxis(timeAxis());
        XYSeriesCollection line = new XYSeriesCollection();
        for (int k = 0; k < keys.size(); k++) {
            if (keys.get(k).metric().equals("rung")) {
                XYSeries s = series("rung (daily)");
                dailyTarget[k] = s;
                rungSeries = s;
                line.addSeries(s);
            }
        }
        XYStepRenderer step = new XYStepRenderer();
        step.setSeriesPaint(0, Palette.color(4));
        step.setSeriesStroke(0, new BasicStroke(1.6f));
        p.setDataset(0, line);
        p.setRenderer(0, step);
        XYSeriesCollection marks = new XYSeriesCollection();
        marks.addSeries(escalations);
        marks.addSeries(calming);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesShape(0, triangle(true));
        dots.setSeriesShape(1, triangle(false));
        dots.setSeriesPaint(0, Palette.color(5));
        dots.setSeriesPaint(1, Palette.color(2));
        dots.setDefaultToolTipGenerator((data, series, item) -> eventTips.get(series).get(item));
        p.setDataset(1, marks);
        p.setRenderer(1, dots);
        exercisePlots.add(p);
        return finish("escalation ladder, day by day", p,
                "Triangles: events that moved the ladder (hover for what happened). Shaded: exercises.");
    }

    private static Shape triangle(boolean up) {
        Path2D.Double t = new Path2D.Double();
        double s = up ? -5 : 5;
        t.moveTo(0, s);
        t.lineTo(-4.5, -s);
        t.lineTo(4.5, -s);
        t.closePath();
        return t;
    }

    private JFreeChart fired(List<SeriesKey> keys) {
        NumberAxis axis = new NumberAxis("Units fired in the month");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot p = plot(axis);
        p.setDomainAxis(timeAxis());
        XYSeriesCollection data = new XYSeriesCollection();
        ClusteredXYBarRenderer r = new ClusteredXYBarRenderer();
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        for (int k = 0; k < keys.size(); k++) {
            SeriesKey key = keys.get(k);
            if (key.metric().equals("fired_month")) {
                XYSeries s = series(key.actor() + " " + key.domain() + " (" + key.unit() + ")");
                monthlyTarget[k] = s;
                data.addSeries(s);
                r.setSeriesPaint(data.getSeriesCount() - 1, Palette.color(run.actorIds().indexOf(key.actor())));
            }
        }
        p.setDataset(new XYBarDataset(data, 24.0 * DAY_MS));
        p.setRenderer(r);
        exercisePlots.add(p);
        return finish("units fired per month", p, "Bars: one month each. Shaded: exercises.");
    }

    /** Adds what the run recorded since the last call and moves the footnotes to the day shown. */
    void pull(LiveHistory history) {
        List<LiveHistory.Row> daily = history.daily(dailySeen);
        List<LiveHistory.Row> monthly = history.monthly(monthlySeen);
        List<LoggedEvent> events = history.events(eventsSeen);
        if (daily.isEmpty() && monthly.isEmpty() && events.isEmpty()) {
            return;
        }
        if (rungSeries != null) {
            rungSeries.setNotify(false); // points are moved below: one notice at the end, not one a day
        }
        for (LiveHistory.Row row : daily) {
            add(dailyTarget, row, Charts.x(run.start().plusDays(row.day())), rungSeries);
            lastDay = row.day();
        }
        if (rungSeries != null) {
            rungSeries.setNotify(true);
        }
        for (LiveHistory.Row row : monthly) {
            // the bar sits in the middle of the month it counts
            add(monthlyTarget, row, Charts.x(run.start().plusDays(row.day())) - 14.5 * DAY_MS, null);
        }
        for (LoggedEvent e : events) {
            mark(e);
        }
        dailySeen += daily.size();
        monthlySeen += monthly.size();
        eventsSeen += events.size();
        for (XYSeries s : allSeries) {
            s.fireSeriesChanged();
        }
        escalations.fireSeriesChanged();
        calming.fireSeriesChanged();
        double top = 1.1;
        for (XYSeries b : balanceSeries) {
            if (b.getItemCount() > 0) {
                top = Math.max(top, b.getMaxY() * 1.05);
            }
        }
        // parity stays in sight, and the axis does not jitter as values come in
        if (top > balanceAxis.getUpperBound() || top < balanceAxis.getUpperBound() / 1.5) {
            balanceAxis.setRange(0, top);
        }
        for (Footnote f : footnotes) {
            f.title().setText(run.footnote(lastDay) + " " + f.note());
        }
    }

    private static void add(XYSeries[] target, LiveHistory.Row row, double x, XYSeries steps) {
        double[] v = row.values();
        for (int k = 0; k < target.length; k++) {
            if (target[k] == steps && steps != null) {
                extend(steps, x, v[k]);
            } else if (target[k] != null) {
                target[k].add(x, v[k], false);
            }
        }
    }

    /**
     * Adds a day to a series drawn as steps: a day on the same level as the two points before it moves the level's end
     * instead of adding a point inside it. The steps drawn are the same; ten years of the ladder are a few hundred
     * points rather than 3,653 (an exported SVG of 1.2 MB, mostly segments inside a level).
     */
    static void extend(XYSeries s, double x, double y) {
        int n = s.getItemCount();
        if (n >= 2 && s.getY(n - 1).doubleValue() == y && s.getY(n - 2).doubleValue() == y) {
            s.remove(n - 1);
        }
        s.add(x, y, false);
    }

    private void mark(LoggedEvent e) {
        double x = Charts.x(run.start().plusDays(e.day()));
        if (e.kind() == LoggedEvent.Kind.PERIOD_BEGINS && e.period().equals(Charts.EXERCISE)) {
            exerciseStarts.put(e.detail(), e.day());
        } else if (e.kind() == LoggedEvent.Kind.PERIOD_ENDS && e.period().equals(Charts.EXERCISE) && exerciseStarts.containsKey(e.detail())) {
            double from = Charts.x(run.start().plusDays(exerciseStarts.remove(e.detail())));
            for (XYPlot p : exercisePlots) {
                p.addDomainMarker(new IntervalMarker(from, x + DAY_MS, EXERCISE), Layer.BACKGROUND);
            }
        }
        if (e.rungAfter() == e.rungBefore()) {
            return;
        }
        int series = e.rungAfter() > e.rungBefore() ? 0 : 1;
        (series == 0 ? escalations : calming).add(x, e.rungAfter(), false);
        eventTips.get(series).add(run.start().plusDays(e.day()) + ": " + run.narrative().what(e));
    }

    /** Writes each chart as PNG and SVG into {@code dir}, each under a temporary name first; returns the files. */
    List<Path> export(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        String stem = run.scenarioName() + "-seed" + run.seed() + "-day" + Math.max(0, lastDay);
        for (String name : NAMES) {
            for (String ext : List.of("png", "svg")) {
                JFreeChart chart = chart(name);
                written.add(WholeFile.write(dir.resolve(stem + "-" + name + "." + ext), ext.equals("png")
                        ? f -> ChartFiles.png(chart, f, ChartFiles.HEIGHT)
                        : f -> ChartFiles.svg(chart, f, ChartFiles.HEIGHT)));
            }
        }
        return written;
    }
}
