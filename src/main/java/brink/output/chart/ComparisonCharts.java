package brink.output.chart;

import brink.experiment.Outcome;
import brink.output.Staging;
import java.awt.Color;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Charts and report of a comparison folder (brink compare), from comparison.csv and the scenarios' subfolders:
 * one metric of all scenarios overlaid with their bands, the paired differences from the first scenario with
 * their 95 % intervals, and the probability of reaching each rung by the horizon, grouped by scenario.
 */
public final class ComparisonCharts {
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private ComparisonCharts() {
    }

    public static List<String> draw(Staging folder) throws IOException {
        Path dir = folder.dir();
        if (!Files.isRegularFile(folder.read("manifest.json")) || !Files.isRegularFile(folder.read("comparison.csv"))) {
            throw new IOException(dir + " is not the output folder of brink compare");
        }
        brink.output.Manifest.Compare manifest = brink.output.Manifest.readCompare(folder.read("manifest.json"), dir.resolve("manifest.json"));
        List<String> labels = manifest.scenarios().stream().map(s -> s.label() == null ? "" : s.label()).toList();
        if (labels.size() < 2) {
            throw new IOException(dir + " is not the output folder of brink compare");
        }
        for (String l : labels) {
            if (!l.matches("[A-Za-z0-9][A-Za-z0-9_+-]*")) {
                throw new IOException(dir.resolve("manifest.json") + ": '" + l + "' is not a scenario label brink compare writes");
            }
        }
        List<RecordedRun> runs = new ArrayList<>();
        for (String l : labels) {
            runs.add(RecordedRun.read(folder.sub(l)));
        }
        List<CSVRecord> rows = comparisonRows(folder.read("comparison.csv"), dir.resolve("comparison.csv"));
        String title = String.join(" vs ", labels);
        String foot = runs.get(0).replications() + " replications per scenario, the same seeds for all (base seed "
                + runs.get(0).seed() + ").";
        Map<String, String> svgs = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        RecordedRun.Key balance = first(runs.get(0), k -> runs.get(0).series().get(k).kind() == brink.experiment.SeriesKey.Kind.BALANCE && k.domain().isEmpty());
        if (balance != null) {
            write(folder, svgs, names, "compare-balance", overlay(runs, labels, balance, balance.actor() + "/"
                    + runs.get(0).series().get(balance).subject() + " force-balance ratio (1 = parity)", title, foot));
        }
        RecordedRun.Key fired = first(runs.get(0), k -> k.metric().equals("fired_month"));
        if (fired != null) {
            write(folder, svgs, names, "compare-fired-per-month", overlay(runs, labels, fired,
                    fired.actor() + " " + runs.get(0).unitOf(fired.domain()) + " fired in the month", title, foot));
        }
        for (Outcome.Unit unit : Outcome.Unit.values()) {
            write(folder, svgs, names, "compare-differences-" + slug(unit), differences(rows, labels, unit, title, foot));
        }
        List<String> rungNames = Report.rungs(runs.get(0).manifest());
        write(folder, svgs, names, "compare-rungs", rungs(rows, labels, rungNames, title, foot));
        ComparisonReport.write(folder, manifest, labels, runs, rows, svgs);
        return names;
    }

    private static void write(Staging folder, Map<String, String> svgs, List<String> names, String name,
                              JFreeChart chart) throws IOException {
        if (chart != null) {
            ChartFiles.write(folder, svgs, names, name, chart, ChartFiles.HEIGHT);
        }
    }

    private static JFreeChart finish(JFreeChart chart, String foot) {
        return ChartFiles.finish(chart, foot);
    }

    /** The first recorded series matching, in the order of series.csv (the scenario's own order), or null. */
    private static RecordedRun.Key first(RecordedRun run, java.util.function.Predicate<RecordedRun.Key> test) {
        return run.series().keySet().stream().filter(test).findFirst().orElse(null);
    }

    /** The same series of every scenario, as fans. */
    static JFreeChart overlay(List<RecordedRun> runs, List<String> labels, RecordedRun.Key key, String axis,
                              String title, String foot) {
        RecordedRun.Series firstSeries = runs.get(0).series().get(key);
        boolean ratio = firstSeries != null && firstSeries.kind() == brink.experiment.SeriesKey.Kind.BALANCE;
        XYPlot p = new XYPlot();
        p.setRangeAxis(new NumberAxis(axis));
        p.setDomainAxis(Charts.dateAxis());
        p.setBackgroundPaint(Color.WHITE);
        p.setRangeGridlinePaint(Color.LIGHT_GRAY);
        int drawn = 0;
        for (int s = 0; s < runs.size(); s++) {
            RecordedRun.Series series = runs.get(s).series().get(key);
            if (series != null) {
                Charts.addFan(p, labels.get(s), series, s, 2 * s);
                drawn++;
            }
        }
        if (drawn == 0) {
            return null;
        }
        if (ratio) {
            p.addRangeMarker(new ValueMarker(1.0, Color.DARK_GRAY, new java.awt.BasicStroke(1.5f)));
        }
        return finish(new JFreeChart(title + ": " + axis, JFreeChart.DEFAULT_TITLE_FONT, p, true),
                foot + " Median line; bands 25-75 % and 5-95 %.");
    }

    /** Whether a row is the probability of reaching this rung (or a worse one): by its kind, or by its name in an older file. */
    private static boolean reached(CSVRecord r, String rung) {
        if (r.isMapped("kind")) {
            return r.get("kind").equals(Outcome.Kind.REACHED.text()) && r.get("subject").equals(rung);
        }
        return r.get("outcome").startsWith("reached_" + brink.scenario.Slug.of(rung) + "_by_y");
    }

    /** comparison.csv's rows, checked: the documented header, whole rows, known units, numbers where numbers go. */
    static List<CSVRecord> comparisonRows(Path actual, Path file) throws IOException {
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(actual, StandardCharsets.UTF_8)) {
            org.apache.commons.csv.CSVParser parser = CSV.parse(in);
            String header = String.join(",", parser.getHeaderNames());
            // a folder written by an earlier version has fewer columns at the end (docs/GUIDE.md, migration): still drawn
            if (!brink.output.ComparisonCsv.HEADER.startsWith(header) || parser.getHeaderNames().size() < 13) {
                throw new IOException(file + " does not start with the header " + brink.output.ComparisonCsv.HEADER);
            }
            rows = parser.getRecords();
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new IOException(file + " cannot be read as CSV: " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new IOException(file + " has no rows");
        }
        for (CSVRecord r : rows) {
            long line = r.getRecordNumber() + 1;
            if (!r.isConsistent()) {
                throw new IOException(file + " line " + line + ": " + r.size() + " cells, not " + r.getParser().getHeaderNames().size());
            }
            try {
                Outcome.Unit.ofText(r.get("unit"));
                for (String c : List.of("value", "difference", "ci95_low", "ci95_high")) {
                    if (!r.get(c).isEmpty()) {
                        Double.parseDouble(r.get(c));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IOException(file + " line " + line + ": " + e.getMessage());
            }
        }
        return rows;
    }

    /** The file-name part of a unit's difference chart. */
    static String slug(Outcome.Unit unit) {
        return switch (unit) {
            case PROBABILITY -> "probabilities";
            case COUNT -> "counts";
            case COUNT_IN_YEAR -> "counts-in-a-year";
            case PER_YEAR -> "per-year";
            case DAYS -> "days";
            case RATIO -> "ratios";
            case GROWTH -> "growth";
        };
    }

    /**
     * Paired differences from the first scenario of the headline outcomes in one unit (unlike units never share an
     * axis), labelled as the catalogue labels them, with their 95 % intervals; null when there are none.
     */
    static JFreeChart differences(List<CSVRecord> rows, List<String> labels, Outcome.Unit unit, String title, String foot) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        double scale = unit == Outcome.Unit.PROBABILITY ? 100 : 1;
        for (CSVRecord r : rows) {
            if ("yes".equals(r.get("headline")) && r.get("unit").equals(unit.text()) && !r.get("scenario").equals(labels.get(0))
                    && !r.get("ci95_low").isEmpty()) {
                double diff = Double.parseDouble(r.get("difference"));
                double half = (Double.parseDouble(r.get("ci95_high")) - Double.parseDouble(r.get("ci95_low"))) / 2;
                data.add(scale * diff, scale * half, r.get("scenario"), r.get("label"));
            }
        }
        if (data.getColumnCount() == 0) {
            return null;
        }
        CategoryPlot p = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis(unit.differenceAxis() + " from "
                + labels.get(0) + ", with 95 % interval"), Charts.flat(new StatisticalBarRenderer()));
        p.setOrientation(PlotOrientation.HORIZONTAL);
        p.getDomainAxis().setMaximumCategoryLabelLines(3);
        p.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        for (int s = 1; s < labels.size(); s++) {
            p.getRenderer().setSeriesPaint(s - 1, Palette.color(s));
        }
        p.setBackgroundPaint(Color.WHITE);
        p.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new java.awt.BasicStroke(1f)));
        String what = unit == Outcome.Unit.PROBABILITY ? "probabilities" : unit.text();
        return finish(new JFreeChart(title + ": differences from " + labels.get(0) + " (" + what + ")",
                JFreeChart.DEFAULT_TITLE_FONT, p, true),
                foot + " Bars: mean paired difference; whiskers: 95 % interval over the pairs. From comparison.csv.");
    }

    /**
     * Probability of reaching each rung or a more severe one over the horizon (the headline reached_* outcomes), grouped
     * by scenario, the categories named after the reference scenario's rungs.
     */
    static JFreeChart rungs(List<CSVRecord> rows, List<String> labels, List<String> rungNames, String title, String foot) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String horizon = null;
        for (String rung : rungNames) {
            for (CSVRecord r : rows) {
                // the headline one of a rung's reached outcomes is the one over the whole horizon
                if ("yes".equals(r.get("headline")) && reached(r, rung)) {
                    data.addValue(100 * Double.parseDouble(r.get("value")), r.get("scenario"), rung + " or worse");
                    String label = r.get("label");
                    horizon = label.substring(label.lastIndexOf(" within ") + 1);
                }
            }
        }
        CategoryPlot p = new CategoryPlot(data, new CategoryAxis("Rung reached (or a more severe one) " + (horizon == null ? "" : horizon)),
                new NumberAxis("Share of replications (%)"), Charts.flatBars());
        p.setOrientation(PlotOrientation.VERTICAL);
        p.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        p.getDomainAxis().setMaximumCategoryLabelLines(2);
        for (int s = 0; s < labels.size(); s++) {
            p.getRenderer().setSeriesPaint(s, Palette.color(s));
        }
        p.setBackgroundPaint(Color.WHITE);
        return finish(new JFreeChart(title + ": probability of reaching each rung", JFreeChart.DEFAULT_TITLE_FONT, p, true),
                foot + " Rungs are ordered by severity. From comparison.csv (outcomes reached_<rung>_by_y<last year>).");
    }
}
