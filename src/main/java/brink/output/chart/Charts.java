package brink.output.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of one recorded run. Every chart: a title naming the scenario, axes with units, a legend, dates on
 * the time axis, a footnote with replications and seed, and each actor's colour and line pattern from
 * {@link Palette}.
 */
public final class Charts {
    private Charts() {
    }

    public static double x(LocalDate d) {
        return d.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    public static DateAxis dateAxis() {
        DateAxis axis = new DateAxis("Date");
        axis.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        // room between labels: JFreeChart's default choice lets "Dec-2025" and "Jun-2026" touch on a ten-year axis
        axis.setTickLabelInsets(new org.jfree.chart.ui.RectangleInsets(2, 10, 2, 10));
        return axis;
    }

    /** A fan of one series (median line, 25-75 % and 5-95 % bands) added to a plot as two datasets. */
    static void addFan(XYPlot plot, String label, RecordedRun.Series s, int index, int first) {
        YIntervalSeries inner = new YIntervalSeries(label + " (median, 25-75 %)");
        YIntervalSeries outer = new YIntervalSeries(label + " (5-95 %)");
        for (int i = 0; i < s.dates().size(); i++) {
            double x = x(s.dates().get(i));
            inner.add(x, s.p50()[i], s.p25()[i], s.p75()[i]);
            outer.add(x, s.p50()[i], s.p05()[i], s.p95()[i]);
        }
        Color c = Palette.color(index);
        plot.setDataset(first, collection(inner));
        plot.setRenderer(first, band(c, 90, true, index));
        plot.setDataset(first + 1, collection(outer));
        plot.setRenderer(first + 1, band(c, 35, false, index));
    }

    private static YIntervalSeriesCollection collection(YIntervalSeries s) {
        YIntervalSeriesCollection c = new YIntervalSeriesCollection();
        c.addSeries(s);
        return c;
    }

    private static DeviationRenderer band(Color c, int alpha, boolean line, int index) {
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setSeriesPaint(0, c);
        r.setSeriesFillPaint(0, Palette.translucent(c, alpha));
        r.setSeriesStroke(0, line ? Palette.stroke(index) : new BasicStroke(0f));
        r.setSeriesVisibleInLegend(0, line);
        r.setAlpha(alpha / 255f);
        return r;
    }

    private static JFreeChart finish(JFreeChart chart, RecordedRun run, String note) {
        return ChartFiles.finish(chart, run.replications() + " replications, base seed " + run.seed() + ". " + note
                + " Source: " + run.scenario() + "/series.csv.");
    }

    /** A plot with a white background and light grid, as every Brink chart has. */
    public static XYPlot xyPlot(ValueAxis range) {
        XYPlot p = new XYPlot();
        p.setRangeAxis(range);
        p.setBackgroundPaint(Color.WHITE);
        p.setDomainGridlinePaint(Color.LIGHT_GRAY);
        p.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return p;
    }

    /** One panel per domain: an actor's metric (stock or theatre combat power) over time, as fans. */
    public static JFreeChart actorByDomain(RecordedRun run, String actor, int actorIndex, String metric, String what, String unit) {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(dateAxis());
        combined.setGap(8);
        for (String domain : run.domainsOf(actor, metric)) {
            XYPlot p = xyPlot(new NumberAxis(domain));
            addFan(p, actor + " " + domain, run.get(actor, domain, metric), actorIndex, 0);
            combined.add(p);
        }
        JFreeChart chart = new JFreeChart(run.title() + ": " + actor + ", " + what + " (" + unit + ")",
                JFreeChart.DEFAULT_TITLE_FONT, combined, true);
        return finish(chart, run, "Median line; bands: 25-75 % and 5-95 % of replications.");
    }

    /** Overall balance ratios of the scenario's balances, with parity marked. */
    public static JFreeChart balances(RecordedRun run) {
        NumberAxis axis = new NumberAxis("Force-balance ratio (1 = parity)");
        XYPlot p = xyPlot(axis);
        p.setDomainAxis(dateAxis());
        int i = 0;
        double top = 1.1;
        for (RecordedRun.Key k : run.series().keySet()) {
            RecordedRun.Series s = run.series().get(k);
            if (s.kind() == brink.experiment.SeriesKey.Kind.BALANCE && k.domain().isEmpty()) {
                addFan(p, k.actor() + " vs " + s.subject(), s, i, 2 * i);
                for (double v : s.p95()) {
                    top = Math.max(top, v * 1.05);
                }
                i++;
            }
        }
        axis.setRange(0, top);
        ValueMarker parity = new ValueMarker(1.0, Color.DARK_GRAY, new BasicStroke(1.5f));
        parity.setLabel("parity");
        parity.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        parity.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        p.addRangeMarker(parity);
        return finish(new JFreeChart(run.title() + ": balance of forces between blocs", JFreeChart.DEFAULT_TITLE_FONT, p, true),
                run, "Median line; bands: 25-75 % and 5-95 % of replications.");
    }

    /** Probability of being at each rung over time, stacked. */
    public static JFreeChart ladder(RecordedRun run, List<String> rungNames) {
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        for (int r = 0; r < rungNames.size(); r++) {
            RecordedRun.Series s = run.get("theatre", "", "at_rung_" + r);
            if (s == null) {
                continue;
            }
            XYSeries xs = new XYSeries(r + " " + rungNames.get(r), false, false);
            for (int i = 0; i < s.dates().size(); i++) {
                xs.add(x(s.dates().get(i)), s.mean()[i]);
            }
            data.addSeries(xs);
        }
        XYPlot p = xyPlot(new NumberAxis("Probability of being at the rung (share of replications)"));
        p.setDomainAxis(dateAxis());
        p.setDataset(data);
        StackedXYAreaRenderer2 r = new StackedXYAreaRenderer2();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, Palette.color(i));
        }
        p.setRenderer(r);
        ((NumberAxis) p.getRangeAxis()).setRange(0, 1);
        return finish(new JFreeChart(run.title() + ": escalation ladder over time", JFreeChart.DEFAULT_TITLE_FONT, p, true),
                run, "Share of replications at each rung at each month end.");
    }

    /** Plain bars: no gradient or shadow, which print badly in grey-scale. */
    static BarRenderer flatBars() {
        return flat(new BarRenderer());
    }

    static <R extends BarRenderer> R flat(R r) {
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        r.setShadowVisible(false);
        return r;
    }

    /** Distribution of the highest rung reached, from runs.csv. */
    public static JFreeChart highestRung(RecordedRun run, List<String> rungNames) {
        int[] counts = new int[rungNames.size()];
        for (Map<String, String> r : run.runs()) {
            counts[Integer.parseInt(r.get("highest_rung"))]++;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int k = 0; k < counts.length; k++) {
            data.addValue(100.0 * counts[k] / Math.max(1, run.runs().size()), "replications", k + " " + rungNames.get(k));
        }
        CategoryPlot p = new CategoryPlot(data, new CategoryAxis("Highest rung reached over the horizon"),
                new NumberAxis("Share of replications (%)"), flatBars());
        p.getRenderer().setSeriesPaint(0, Palette.color(0));
        p.setBackgroundPaint(Color.WHITE);
        return finish(new JFreeChart(run.title() + ": highest rung reached", JFreeChart.DEFAULT_TITLE_FONT, p, true), run,
                "From runs.csv.");
    }

    /**
     * Units fired per month (missiles launched, drones expended: whatever an event uses up) and firing days per month
     * of each actor and domain (mean, 5-95 % band), exercises of replication 0 shaded.
     */
    public static JFreeChart firedPerMonth(RecordedRun run) {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(dateAxis());
        combined.setGap(8);
        List<RecordedRun.Key> firers = run.series().keySet().stream().filter(k -> k.metric().equals("fired_month")).toList();
        for (String[] m : new String[][] {{"fired_month", "Units fired in the month"},
            {"firing_days_month", "Firing days in the month"}}) {
            XYPlot p = xyPlot(new NumberAxis(m[1]));
            for (int i = 0; i < firers.size(); i++) {
                RecordedRun.Key k = firers.get(i);
                String what = m[0].equals("fired_month") ? k.actor() + " " + run.unitOf(k.domain()) + " fired"
                        : "days " + k.actor() + " fired " + run.unitOf(k.domain());
                addMeanBand(p, what, run.get(k.actor(), k.domain(), m[0]), i, i);
            }
            for (double[] period : exercises(run)) {
                p.addDomainMarker(new IntervalMarker(period[0], period[1], new Color(0xE6, 0x9F, 0x00, 110)),
                        org.jfree.chart.ui.Layer.BACKGROUND);
            }
            combined.add(p);
        }
        return finish(new JFreeChart(run.title() + ": units fired and firing days per month", JFreeChart.DEFAULT_TITLE_FONT,
                combined, true), run, "Mean line; band 5-95 % of replications. Shaded: exercise periods (events.csv, replication 0).");
    }

    /** The mean as a line with the 5-95 % band around it. */
    static void addMeanBand(XYPlot plot, String label, RecordedRun.Series s, int index, int slot) {
        YIntervalSeries band = new YIntervalSeries(label + " (mean, 5-95 %)");
        for (int i = 0; i < s.dates().size(); i++) {
            band.add(x(s.dates().get(i)), s.mean()[i], s.p05()[i], s.p95()[i]);
        }
        plot.setDataset(slot, collection(band));
        plot.setRenderer(slot, band(Palette.color(index), 70, true, index));
    }

    /** The period type the charts shade: the scenario format's type of the large exercises (scenarios/README.md, periods). */
    public static final String EXERCISE = "exercise";

    /** An exercise's beginning or end in events.csv: by its kind and period columns, or by its type in an older file. */
    private static boolean isPeriod(Map<String, String> e, String kind, String suffix) {
        if (e.containsKey("kind")) {
            return e.get("kind").equals(kind) && EXERCISE.equals(e.get("period"));
        }
        return e.get("type").equals(EXERCISE + suffix);
    }

    /** Exercise periods [start, end] in chart x units, from the event log of replication 0. */
    static List<double[]> exercises(RecordedRun run) {
        List<double[]> out = new ArrayList<>();
        Double begin = null;
        for (Map<String, String> e : run.events()) {
            if (!"0".equals(e.get("replication"))) {
                continue;
            }
            if (isPeriod(e, "period_begins", " begins")) {
                begin = x(LocalDate.parse(e.get("date")));
            } else if (isPeriod(e, "period_ends", " ends") && begin != null) {
                out.add(new double[] {begin, x(LocalDate.parse(e.get("date")))});
                begin = null;
            }
        }
        return out;
    }

    /** Cumulative transfers (shells, missiles, troops, technology), a panel each since their units differ. */
    public static JFreeChart transfers(RecordedRun run, List<String> actorOrder) {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(dateAxis());
        combined.setGap(8);
        for (RecordedRun.Key k : run.series().keySet()) {
            if (run.series().get(k).kind() != brink.experiment.SeriesKey.Kind.DELIVERY) {
                continue;
            }
            String to = run.series().get(k).subject();
            String label = k.domain().equals("technology") ? "technology (intensity x years)" : k.domain();
            XYPlot p = xyPlot(new NumberAxis(label));
            addFan(p, k.actor() + " to " + to + ": " + k.domain(), run.series().get(k), Math.max(0, actorOrder.indexOf(k.actor())), 0);
            combined.add(p);
        }
        return finish(new JFreeChart(run.title() + ": transfers between actors (cumulative)", JFreeChart.DEFAULT_TITLE_FONT,
                combined, true), run, "Colour of the sender. Median line; bands 25-75 % and 5-95 % of replications.");
    }

    /** Defence budgets of every actor, on a log scale (they span three orders of magnitude). */
    public static JFreeChart budgets(RecordedRun run) {
        LogAxis axis = new LogAxis("Defence budget (US$ bn per year, log scale)");
        axis.setBase(10);
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1)); // one tick per power of ten
        axis.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.##"));
        axis.setMinorTickCount(9);
        axis.setMinorTickMarksVisible(true);
        XYPlot p = xyPlot(axis);
        p.setDomainAxis(dateAxis());
        List<String> actors = run.actorsWith("budget");
        for (int i = 0; i < actors.size(); i++) {
            addFan(p, actors.get(i), run.get(actors.get(i), "", "budget"), i, 2 * i);
        }
        return finish(new JFreeChart(run.title() + ": defence budgets", JFreeChart.DEFAULT_TITLE_FONT, p, true), run,
                "Median line; bands: 25-75 % and 5-95 % of replications.");
    }
}
