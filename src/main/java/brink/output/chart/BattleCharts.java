package brink.output.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The chart of a battle run: both sides' strength by day, the mean with the 5-95 % band of the replications when the
 * battle has noise and the deterministic curve (the same battle without noise) dashed; waves marked by a line,
 * reinforcement rates by a shaded interval. Drawn from series.csv and manifest.json alone.
 */
final class BattleCharts {
    private BattleCharts() {
    }

    static JFreeChart strength(RecordedRun run, brink.output.Manifest.Battle battle) throws java.io.IOException {
        NumberAxis days = new NumberAxis("Day of the battle (days since the start)");
        days.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot p = Charts.xyPlot(new NumberAxis("Strength (units in action)"));
        p.setDomainAxis(days);
        boolean noisy = battle.noise() > 0;
        int dataset = 0;
        List<brink.output.Manifest.Battle.Side> sides = battle.sides();
        for (int i = 0; i < sides.size(); i++) {
            String side = sides.get(i).name();
            RecordedRun.Series s = run.get(side, "", "strength");
            if (s == null || noisy && run.get(side, "", "strength_without_noise") == null) {
                throw new java.io.IOException("series.csv has no strength rows for side " + side + ", which manifest.json names");
            }
            Color c = Palette.color(i);
            if (noisy) {
                YIntervalSeries band = new YIntervalSeries(side + " (mean, 5-95 % of replications)");
                for (int k = 0; k < s.days().length; k++) {
                    band.add(s.days()[k], s.mean()[k], s.p05()[k], s.p95()[k]);
                }
                YIntervalSeriesCollection data = new YIntervalSeriesCollection();
                data.addSeries(band);
                DeviationRenderer r = new DeviationRenderer(true, false);
                r.setSeriesPaint(0, c);
                r.setSeriesFillPaint(0, Palette.translucent(c, 60));
                r.setSeriesStroke(0, new BasicStroke(2.2f));
                p.setDataset(dataset, data);
                p.setRenderer(dataset++, r);
            }
            RecordedRun.Series line = noisy ? run.get(side, "", "strength_without_noise") : s;
            XYSeries xs = new XYSeries(side + (noisy ? " without noise (deterministic)" : ""), false, false);
            for (int k = 0; k < line.days().length; k++) {
                xs.add(line.days()[k], line.mean()[k]);
            }
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            r.setSeriesPaint(0, c);
            r.setSeriesStroke(0, noisy ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {7f, 5f}, 0f) : new BasicStroke(2.2f));
            p.setDataset(dataset, new XYSeriesCollection(xs));
            p.setRenderer(dataset++, r);
        }
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        for (brink.output.Manifest.Battle.Wave w : battle.reinforcements()) {
            ValueMarker m = new ValueMarker(w.day(), Color.DARK_GRAY, new BasicStroke(1f));
            m.setLabel("+" + Report.fmt(w.units()) + " " + w.side());
            m.setLabelFont(small);
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            p.addDomainMarker(m, Layer.BACKGROUND);
        }
        int row = 0;
        for (brink.output.Manifest.Battle.Rate rate : battle.rates()) {
            IntervalMarker m = new IntervalMarker(rate.from(), rate.to(), new Color(0, 0, 0, 22));
            m.setLabel(rate.side() + " +" + Report.fmt(rate.perDay()) + "/day");
            m.setLabelFont(small);
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2 + 14 * (row++ % 3), 2, 2, 2)); // neighbours do not overlap
            p.addDomainMarker(m, Layer.BACKGROUND);
        }
        String law = battle.law();
        JFreeChart chart = new JFreeChart(run.title() + ": strength of both sides (units in action)",
                JFreeChart.DEFAULT_TITLE_FONT, p, true);
        String bands = noisy ? String.format(Locale.ROOT, "Solid: mean with the 5-95 %% band of replications (loss noise %s);"
                + " dashed: the same battle without noise.", Report.fmt(battle.noise()))
                : "No noise: every replication follows this curve.";
        String marks = (battle.reinforcements().isEmpty() ? "" : " Vertical lines: reinforcement waves.")
                + (battle.rates().isEmpty() ? "" : " Shaded: reinforcement rates.");
        return ChartFiles.finish(chart, "Lanchester " + law + " law. " + bands + marks + " " + run.replications()
                + " replications, base seed " + run.seed()
                + ". Source: " + run.scenario() + "/series.csv.");
    }
}
