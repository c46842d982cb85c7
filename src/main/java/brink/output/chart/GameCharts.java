package brink.output.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of one played game (a wargame's history, replication 0): the escalation ladder and the signalling track
 * day by day, as steps, with the teams' orders marked. Drawn from the recorded history (a list of steps), never from the
 * running model; a month-end line would join "peace, tests, shows of force within days" into a smooth slide.
 */
public final class GameCharts {
    private GameCharts() {
    }

    /** A change recorded on a day: where the ladder and the track stood after it, and whether a team ordered it. */
    public record Step(int day, int rung, int signal, boolean ordered) {
    }

    /** Height of the ladder chart in pixels (two panels and a legend). */
    public static final int HEIGHT = 560;

    /**
     * The ladder (top panel) and the signalling track (bottom panel) of days [fromDay, toDay] (toDay exclusive), each
     * day's standing after its last change; the orders of the teams as dots on the ladder.
     *
     * @param rungAtStart   the rung on day fromDay before any change of that day
     * @param signalAtStart the same for the signalling track
     */
    public static JFreeChart ladderDaily(String title, LocalDate start, int fromDay, int toDay, int rungAtStart, int signalAtStart,
                                         List<Step> steps, List<String> rungs, List<String> signals, String footnote) {
        XYSeries ladder = new XYSeries("escalation ladder: the game's rung, day by day", false, true);
        XYSeries track = new XYSeries("signalling track: the game's level, day by day", false, true);
        XYSeries orders = new XYSeries("an event a team ordered (on the rung it led to)", false, true);
        int rung = rungAtStart;
        int signal = signalAtStart;
        int k = 0;
        while (k < steps.size() && steps.get(k).day() < fromDay) {
            k++;
        }
        for (int d = fromDay; d < toDay; d++) {
            double x = Charts.x(start.plusDays(d));
            while (k < steps.size() && steps.get(k).day() == d) {
                Step s = steps.get(k++);
                rung = s.rung();
                signal = s.signal();
                if (s.ordered()) {
                    orders.add(x, s.rung());
                }
            }
            ladder.add(x, rung);
            track.add(x, signal);
        }
        XYPlot top = Charts.xyPlot(axis("Escalation ladder (rung)", rungs));
        XYSeriesCollection ladderData = new XYSeriesCollection(ladder);
        top.setDataset(0, ladderData);
        XYStepRenderer steps0 = new XYStepRenderer();
        steps0.setSeriesPaint(0, Palette.color(0));
        steps0.setSeriesStroke(0, new BasicStroke(2.5f));
        top.setRenderer(0, steps0);
        top.setDataset(1, new XYSeriesCollection(orders));
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, Palette.color(5));
        dots.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        top.setRenderer(1, dots);
        XYPlot bottom = Charts.xyPlot(axis("Signalling track", signals));
        bottom.setDataset(new XYSeriesCollection(track));
        XYStepRenderer steps1 = new XYStepRenderer();
        steps1.setSeriesPaint(0, Palette.color(1));
        steps1.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 4f}, 0f));
        bottom.setRenderer(steps1);
        CombinedDomainXYPlot both = new CombinedDomainXYPlot(Charts.dateAxis());
        both.add(top, 3);
        both.add(bottom, 1);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, both, true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setBackgroundPaint(Color.WHITE);
        return ChartFiles.finish(chart, footnote);
    }

    private static SymbolAxis axis(String label, List<String> names) {
        SymbolAxis a = new SymbolAxis(label, names.toArray(String[]::new));
        a.setRange(-0.4, names.size() - 0.6);
        a.setGridBandsVisible(false);
        return a;
    }
}
