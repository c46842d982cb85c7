package brink.output.chart;

import brink.output.Staging;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** Draws every chart of a run's output folder (theatre or battle) into its charts/ subfolder, as PNG and SVG. */
public final class ChartSet {
    private ChartSet() {
    }

    /**
     * Draws from {@code dir} alone into charts/ (each chart as .png and .svg) and writes report.html with the charts
     * inline; returns the chart names.
     */
    public static List<String> draw(Staging in) throws IOException {
        java.util.Map<String, String> svgs = new java.util.LinkedHashMap<>();
        RecordedRun run = RecordedRun.read(in); // checks every file first, the manifest included, with located messages
        brink.output.Manifest.Battle battle = run.manifest().battle();
        if (battle != null) {
            List<String> names = new ArrayList<>();
            write(in, svgs, names, "strength", BattleCharts.strength(run, battle), ChartFiles.HEIGHT);
            BattleReport.write(in, svgs);
            return names;
        }
        List<String> names = drawCharts(in, run, svgs);
        Report.write(in, svgs);
        return names;
    }

    /** The theatre charts, built here and drawn on all cores ({@link ChartFiles#writeAll}). */
    private static List<String> drawCharts(Staging folder, RecordedRun run, java.util.Map<String, String> svgs) throws IOException {
        List<String> rungs = rungNames(folder, run);
        List<String> chartNames = new ArrayList<>();
        List<JFreeChart> charts = new ArrayList<>();
        List<Integer> heights = new ArrayList<>();
        ChartList add = (n, c, h) -> {
            chartNames.add(n);
            charts.add(c);
            heights.add(h);
        };
        List<String> actors = run.actorsWith("budget");
        // the key charts first (the report shows them in this order), each actor's own after them
        add.accept("ladder", Charts.ladder(run, rungs), ChartFiles.HEIGHT);
        add.accept("highest-rung", Charts.highestRung(run, rungs), ChartFiles.HEIGHT);
        add.accept("balances", Charts.balances(run), ChartFiles.HEIGHT);
        if (!run.actorsWith("fired_month").isEmpty()) {
            add.accept("fired-per-month", Charts.firedPerMonth(run), ChartFiles.HEIGHT);
        }
        if (run.series().values().stream().anyMatch(s -> s.kind() == brink.experiment.SeriesKey.Kind.DELIVERY)) {
            add.accept("transfers", Charts.transfers(run, actors), 900);
        }
        add.accept("budgets", Charts.budgets(run), ChartFiles.HEIGHT);
        for (int a = 0; a < actors.size(); a++) {
            String id = actors.get(a);
            add.accept(id + "-combat-power", Charts.actorByDomain(run, id, a, "combat_power",
                    "theatre combat power by domain", "quality-weighted ready units"), 900);
            add.accept(id + "-stock", Charts.actorByDomain(run, id, a, "stock", "stock by domain", "units"), 900);
        }
        List<String> names = new ArrayList<>();
        ChartFiles.writeAll(folder, svgs, names, chartNames, charts, heights);
        return names;
    }

    /** Adds a chart to the list to draw: its name, the chart and its height in pixels. */
    private interface ChartList {
        void accept(String name, JFreeChart chart, int height);
    }

    /** Has the files this draws removed when the folder is committed (a data-only run: they would show old data). */
    public static void removeOnCommit(Staging in) throws IOException {
        in.folder().removeOnCommit(in.prefix() + "report.html");
        in.folder().removeOnCommit(in.prefix() + "charts", ".png", ".svg");
    }

    private static List<String> rungNames(Staging in, RecordedRun run) throws IOException {
        Path dir = in.dir();
        List<String> out = Report.rungs(run.manifest());
        if (out.isEmpty()) {
            throw new IOException(dir.resolve("manifest.json") + " lists no ladder rungs: charts need a theatre run's folder");
        }
        return out;
    }

    private static void write(Staging folder, java.util.Map<String, String> svgs, List<String> names, String name,
                              JFreeChart chart, int height) throws IOException {
        ChartFiles.write(folder, svgs, names, name, chart, height);
    }
}
