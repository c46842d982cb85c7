package brink.app;

import brink.output.OutputFolder;
import java.io.IOException;
import java.util.List;

/**
 * Charts and reports drawn into an output folder that is being written, so that they are committed with the data in
 * one step: for runs and comparisons, and for sweeps and calibrations. Drawn from the staged files, never the model.
 */
public final class Charting {
    private Charting() {
    }

    /**
     * Draws the charts and report.html of the runs being written into {@code folder} (a run: one staging at the top; a
     * comparison: one per scenario, then the comparison's own), so that they are committed with the data in one step;
     * the old charts and reports go at the same commit, whatever this run draws. With {@code noCharts} nothing is drawn.
     *
     * @return null, or why the charts could not be drawn (the data is committed anyway)
     */
    public static String charts(OutputFolder folder, List<String> runs, boolean comparison, boolean noCharts,
                                java.util.function.BooleanSupplier interrupted)
            throws java.io.InterruptedIOException, IOException {
        System.setProperty("java.awt.headless", "true");
        List<brink.output.Staging> all = new java.util.ArrayList<>();
        runs.forEach(p -> all.add(new brink.output.Staging(folder, p)));
        if (comparison) {
            all.add(brink.output.Staging.of(folder));
        }
        for (brink.output.Staging s : all) {
            brink.output.chart.ChartSet.removeOnCommit(s);
        }
        if (noCharts) {
            return null;
        }
        try {
            for (String p : runs) {
                brink.output.chart.ChartSet.draw(new brink.output.Staging(folder, p));
            }
            if (comparison) {
                brink.output.chart.ComparisonCharts.draw(brink.output.Staging.of(folder));
            }
            return null;
        } catch (java.io.InterruptedIOException | java.nio.channels.ClosedByInterruptException e) {
            throw new java.io.InterruptedIOException("interrupted while drawing the charts");
        } catch (IOException | RuntimeException e) {
            if (interrupted.getAsBoolean()) {
                // an interrupted write shows up as whatever the library makes of it: it is Ctrl-C, not a charting bug
                throw new java.io.InterruptedIOException("interrupted while drawing the charts");
            }
            for (brink.output.Staging s : all) {
                folder.discard(s.prefix() + "report.html");
                folder.discard(s.prefix() + "charts/");
            }
            return String.valueOf(e.getMessage());
        }
    }

    /** What draws a folder's charts and report from its staged files. */
    private interface Drawer {
        void draw(brink.output.Staging top) throws IOException;
    }

    /**
     * Draws a sweep's or calibration's charts and report into the folder (removing old ones when noCharts); returns
     * why the charts failed, or null. The data files are committed either way.
     */
    public static String sweepCharts(OutputFolder folder, boolean noCharts, java.util.function.BooleanSupplier interrupted)
            throws java.io.InterruptedIOException, IOException {
        return topLevel(folder, noCharts, interrupted, brink.output.chart.SweepCharts::draw);
    }

    /** A robust run's charts and report (removing old ones when noCharts); why they failed, or null. */
    public static String robustCharts(OutputFolder folder, boolean noCharts, java.util.function.BooleanSupplier interrupted)
            throws java.io.InterruptedIOException, IOException {
        return topLevel(folder, noCharts, interrupted, brink.output.chart.RobustCharts::draw);
    }

    /** The charts and report of a folder's top level, drawn by {@code drawer}; on failure the data stays, the charts go. */
    private static String topLevel(OutputFolder folder, boolean noCharts, java.util.function.BooleanSupplier interrupted, Drawer drawer)
            throws java.io.InterruptedIOException, IOException {
        System.setProperty("java.awt.headless", "true");
        brink.output.Staging top = brink.output.Staging.of(folder);
        brink.output.chart.ChartSet.removeOnCommit(top);
        if (noCharts) {
            return null;
        }
        try {
            drawer.draw(top);
            return null;
        } catch (java.io.InterruptedIOException | java.nio.channels.ClosedByInterruptException e) {
            throw new java.io.InterruptedIOException("interrupted while drawing the charts");
        } catch (IOException | RuntimeException e) {
            if (interrupted.getAsBoolean()) {
                throw new java.io.InterruptedIOException("interrupted while drawing the charts");
            }
            folder.discard("report.html");
            folder.discard("charts/");
            return String.valueOf(e.getMessage());
        }
    }
}
