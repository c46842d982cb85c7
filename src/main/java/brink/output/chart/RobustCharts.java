package brink.output.chart;

import static brink.output.HtmlPage.esc;

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
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A robust run's charts and report, from its files alone (policies.csv, regret.csv, futures.csv, manifest.json): each
 * outcome's regret over the futures as a box per policy, the trade-off between the first two outcomes (each policy's
 * mean over the futures), and report.html, which says in plain words which policy holds up and where it fails, with a
 * policy x future table of regret.
 */
public final class RobustCharts {
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private RobustCharts() {
    }

    private static List<CSVRecord> read(Path f) throws IOException {
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            return CSV.parse(in).getRecords();
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new IOException(f.getFileName() + " cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    public static List<String> draw(Staging in) throws IOException {
        brink.output.Manifest.Robust m = brink.output.Manifest.readRobust(in.read("manifest.json"), in.dir().resolve("manifest.json"));
        List<CSVRecord> policies = read(in.read("policies.csv"));
        List<CSVRecord> regret = read(in.read("regret.csv"));
        List<CSVRecord> futures = read(in.read("futures.csv"));
        List<String> outcomes = new ArrayList<>(m.outcomes().keySet());
        List<String> policyNames = m.policies();
        String foot = policyNames.size() + " policies x " + m.futures() + " futures x " + m.replications()
                + " replications, base seed " + m.baseSeed() + " (the same random streams for every policy).";
        Map<String, String> svgs = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (String o : outcomes) {
            // a probability's regret in percentage points, as the tables say it
            boolean share = m.probability(o);
            ChartFiles.write(in, svgs, names, "regret-" + o, regretBoxes(regret, policyNames, o, share, foot), ChartFiles.HEIGHT);
            ChartFiles.write(in, svgs, names, "regret-map-" + o, regretMap(regret, policyNames, futures.size(), o, share, foot),
                    ChartFiles.HEIGHT);
        }
        if (outcomes.size() >= 2) {
            ChartFiles.write(in, svgs, names, "tradeoff", tradeoff(policies, policyNames, outcomes.get(0), outcomes.get(1), foot),
                    ChartFiles.HEIGHT);
        }
        Files.writeString(in.write("report.html"), report(m, policies, regret, futures, policyNames, outcomes, svgs));
        return names;
    }

    private static String regretUnit(boolean share) {
        return share ? " (percentage points)" : "";
    }

    private static JFreeChart regretBoxes(List<CSVRecord> regret, List<String> policies, String outcome, boolean share, String foot) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        double max = 0;
        for (String p : policies) {
            List<Double> values = new ArrayList<>();
            regret.stream().filter(r -> r.get("outcome").equals(outcome) && r.get("policy").equals(p))
                    .forEach(r -> values.add(Double.parseDouble(r.get("regret")) * (share ? 100 : 1)));
            max = Math.max(max, values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
            data.add(values, "regret", p);
        }
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
        renderer.setSeriesPaint(0, Palette.color(0));
        renderer.setMeanVisible(true);
        renderer.setMaximumBarWidth(0.08); // the mean's circle is as wide as the box
        renderer.setMaxOutlierVisible(true);
        NumberAxis axis = new NumberAxis("Regret in " + outcome + regretUnit(share));
        // from 0 to the largest regret: a run whose boxes all sit at 0 would otherwise get an axis of +-5e-9
        axis.setRange(0, max > 0 ? max * 1.1 : 1);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Policy"), axis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        JFreeChart chart = new JFreeChart("Regret in " + outcome + regretUnit(share) + " across the futures, by policy", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        return ChartFiles.finish(chart, foot + " Regret: how much worse than the best policy in the same future. Box: 25-75 % of futures, line: median, circle: "
                + "mean, whiskers: the rest, triangles: outliers.");
    }

    /** The policy x future heat map of regret: a row per policy, a column per future, darker where the policy does worse. */
    private static JFreeChart regretMap(List<CSVRecord> regret, List<String> policies, int futures, String outcome, boolean share,
                                        String foot) {
        org.jfree.data.xy.DefaultXYZDataset data = new org.jfree.data.xy.DefaultXYZDataset();
        List<double[]> cells = new ArrayList<>();
        double max = 0;
        for (CSVRecord r : regret) {
            if (r.get("outcome").equals(outcome)) {
                double v = Double.parseDouble(r.get("regret")) * (share ? 100 : 1);
                cells.add(new double[] {Integer.parseInt(r.get("future")), policies.indexOf(r.get("policy")) + 1, v});
                max = Math.max(max, v);
            }
        }
        double[][] xyz = new double[3][cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            for (int d = 0; d < 3; d++) {
                xyz[d][i] = cells.get(i)[d];
            }
        }
        data.addSeries(outcome, xyz);
        org.jfree.chart.renderer.xy.XYBlockRenderer r = new org.jfree.chart.renderer.xy.XYBlockRenderer();
        double top = max > 0 ? max : 1;
        org.jfree.chart.renderer.PaintScale scale = new org.jfree.chart.renderer.PaintScale() {
            @Override
            public double getLowerBound() {
                return 0;
            }

            @Override
            public double getUpperBound() {
                return top;
            }

            @Override
            public java.awt.Paint getPaint(double value) {
                int shade = (int) Math.round(255 - 175 * Math.max(0, Math.min(1, value / top)));
                return new Color(255, shade, shade); // white: no regret; red: the worst regret of the run
            }
        };
        r.setPaintScale(scale);
        NumberAxis x = new NumberAxis("Future (futures.csv)");
        x.setRange(-0.5, futures - 0.5);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        String[] labels = new String[policies.size() + 1];
        labels[0] = "";
        for (int i = 0; i < policies.size(); i++) {
            labels[i + 1] = "policy " + (i + 1);
        }
        org.jfree.chart.axis.SymbolAxis y = new org.jfree.chart.axis.SymbolAxis("Policy", labels);
        y.setRange(0.5, policies.size() + 0.5);
        XYPlot p = new XYPlot(data, x, y, r);
        p.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart("Regret in " + outcome + regretUnit(share) + " by policy and future", JFreeChart.DEFAULT_TITLE_FONT, p, false);
        org.jfree.chart.title.PaintScaleLegend legend = new org.jfree.chart.title.PaintScaleLegend(scale, new NumberAxis("regret in "
                + outcome + regretUnit(share)));
        legend.setPosition(org.jfree.chart.ui.RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < policies.size(); i++) {
            key.append(i == 0 ? "" : "; ").append("policy ").append(i + 1).append(": ").append(policies.get(i));
        }
        return ChartFiles.finish(chart, key + ". " + foot + " Source: regret.csv.");
    }

    private static JFreeChart tradeoff(List<CSVRecord> policies, List<String> names, String x, String y, String foot) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries s = new XYSeries("policies", false);
        Map<String, double[]> at = new LinkedHashMap<>();
        for (String p : names) {
            double[] v = new double[2];
            for (CSVRecord r : policies) {
                if (r.get("policy").equals(p)) {
                    if (r.get("outcome").equals(x)) {
                        v[0] = Double.parseDouble(r.get("mean_over_futures"));
                    } else if (r.get("outcome").equals(y)) {
                        v[1] = Double.parseDouble(r.get("mean_over_futures"));
                    }
                }
            }
            s.add(v[0], v[1]);
            at.put(p, v);
        }
        data.addSeries(s);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, Palette.color(1));
        XYPlot plot = new XYPlot(data, new NumberAxis(x + " (mean over the futures)"), new NumberAxis(y + " (mean over the futures)"), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        at.forEach((p, v) -> plot.addAnnotation(new XYTextAnnotation(p, v[0], v[1])));
        JFreeChart chart = new JFreeChart("Trade-off: " + x + " against " + y + ", one point per policy", JFreeChart.DEFAULT_TITLE_FONT, plot,
                false);
        return ChartFiles.finish(chart, foot);
    }

    private static String report(brink.output.Manifest.Robust m, List<CSVRecord> policies, List<CSVRecord> regret, List<CSVRecord> futures, List<String> names,
                                 List<String> outcomes, Map<String, String> svgs) {
        String title = "Which policy holds up? " + java.util.Objects.toString(m.scenario(), "");
        StringBuilder h = brink.output.HtmlPage.open(new StringBuilder(), title)
                .append("body{font-family:sans-serif;max-width:1150px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:4px 8px;text-align:right}"
                        + "th{background:#eee}td:first-child,th:first-child{text-align:left}svg{max-width:100%;height:auto}"
                        + ".box{background:#f4f7fb;padding:0.5em 1.2em;border-left:4px solid #0072B2}small{color:#555}"
                        + "@media print{body{margin:0;max-width:none}figure{page-break-inside:avoid}}</style></head><body>\n<h1>")
                .append(esc(title)).append("</h1>\n<div class=\"box\">");
        for (String o : outcomes) {
            h.append("<p>").append(esc(verdict(policies, regret, futures, names, o, m.probability(o))))
                    .append("</p>");
        }
        h.append("</div>\n<p>Each policy ran in every future with the same random streams. <b>Regret</b>: how much worse a policy's "
                + "outcome was in a future than that of the best policy in the same future. <b>Satisficing</b>: the share of futures "
                + "that meet the threshold. <b>Difference from the best</b>: from the policy with the best mean over the futures, "
                + "paired by future, with its 95 % interval.</p>\n");
        if (!m.thresholds().isEmpty()) {
            int reps = m.replications();
            double z = 1.959963984540054;
            h.append(String.format(Locale.ROOT, "<p><small>Each future's value is the mean of %d replications: a probability of 0 there "
                    + "is consistent with up to %.0f %% (Wilson, 95 %%), so a threshold met in a future is met by that estimate, not "
                    + "surely.</small></p>%n", reps, 100 * z * z / (reps + z * z)));
        }
        for (String o : outcomes) {
            boolean share = m.probability(o);
            h.append("<h2>").append(esc(o)).append(share ? " (probability; regret in percentage points)" : m.units().containsKey(o)
                    ? " (" + esc(m.units().get(o)) + ")" : "").append("</h2>\n<table><tr><th>policy</th><th>mean over the futures</th><th>5-95 % of futures</th>"
                    + "<th>largest regret</th><th>mean regret</th><th>satisficing</th><th>difference from the best [95 %]</th></tr>");
            for (CSVRecord r : policies) {
                if (!r.get("outcome").equals(o)) {
                    continue;
                }
                h.append("<tr><td>").append(esc(r.get("policy"))).append("</td><td>").append(v(r.get("mean_over_futures"), share)).append("</td><td>")
                        .append(v(r.get("p05"), share)).append(" to ").append(v(r.get("p95"), share)).append("</td><td>").append(v(r.get("max_regret"), share))
                        .append("</td><td>").append(v(r.get("mean_regret"), share)).append("</td><td>")
                        .append(r.get("satisficing_share").isEmpty() ? "" : String.format(Locale.ROOT, "%.0f %% (%s)",
                                100 * Double.parseDouble(r.get("satisficing_share")), esc(r.get("threshold"))))
                        .append("</td><td>").append(difference(r, share)).append("</td></tr>");
            }
            h.append("</table>\n");
            heat(h, regret, futures, names, o);
        }
        Report.figures(h, svgs);
        h.append("<h2>Provenance</h2>\n<p><small>Brink ").append(esc(m.brinkVersion())).append(", base seed ")
                .append(m.baseSeed()).append(". Uncertainties: ");
        h.append(esc(String.join("; ", m.uncertainties()))).append(". Command: <code>").append(esc(String.join(" ", m.commandLine())))
                .append("</code>.</small></p>\n</body></html>\n");
        return h.toString();
    }

    /**
     * The plain-words verdict on one outcome: the policy with the smallest largest regret (or a tie), and where the
     * policy with the best mean fails worst (the future of its largest regret, with the uncertainties' values there).
     */
    static String verdict(List<CSVRecord> policies, List<CSVRecord> regret, List<CSVRecord> futures, List<String> names, String outcome,
                          boolean share) {
        String unit = share ? " percentage points" : "";
        List<CSVRecord> rows = policies.stream().filter(r -> r.get("outcome").equals(outcome)).toList();
        CSVRecord robust = rows.stream().min(java.util.Comparator.comparingDouble((CSVRecord r) -> Double.parseDouble(r.get("max_regret")))
                .thenComparingDouble(r -> Double.parseDouble(r.get("mean_regret")))).orElseThrow();
        double best = Double.parseDouble(robust.get("max_regret"));
        long ties = rows.stream().filter(r -> Math.abs(Double.parseDouble(r.get("max_regret")) - best) < 1e-12
                && Math.abs(Double.parseDouble(r.get("mean_regret")) - Double.parseDouble(robust.get("mean_regret"))) < 1e-12).count();
        if (ties == rows.size()) {
            return outcome + ": no policy does better than another in any future (they tie: the lever does not move it here, or not "
                    + "within the replications).";
        }
        StringBuilder s = new StringBuilder(outcome + ": " + (ties > 1 ? ties + " policies tie as the most robust, " + robust.get("policy")
                + " among them" : "the most robust policy is " + robust.get("policy")) + ", never more than " + v(robust.get("max_regret"), share)
                + unit + " worse than the best policy of a future.");
        CSVRecord bestMean = rows.stream().filter(r -> Double.parseDouble(r.get("difference_from_best")) == 0.0).findFirst().orElse(null);
        if (bestMean != null && !bestMean.get("policy").equals(robust.get("policy"))) {
            CSVRecord worst = regret.stream().filter(r -> r.get("outcome").equals(outcome) && r.get("policy").equals(bestMean.get("policy")))
                    .max(java.util.Comparator.comparingDouble(r -> Double.parseDouble(r.get("regret")))).orElse(null);
            if (worst != null) {
                s.append(" The policy with the best mean, ").append(bestMean.get("policy")).append(", fails worst in future ")
                        .append(worst.get("future")).append(where(futures, worst.get("future"))).append(" (regret ").append(v(worst.get("regret"), share)).append(unit)
                        .append(").");
            }
        }
        return s.toString();
    }

    private static String where(List<CSVRecord> futures, String future) {
        for (CSVRecord f : futures) {
            if (f.get("future").equals(future)) {
                List<String> parts = new ArrayList<>();
                f.toMap().forEach((k, v) -> {
                    if (!k.equals("future")) {
                        parts.add(k + " = " + n(v));
                    }
                });
                return " (" + String.join(", ", parts) + ")";
            }
        }
        return "";
    }

    /** The policy x future table of regret, each cell shaded by its share of the largest regret. */
    private static void heat(StringBuilder h, List<CSVRecord> regret, List<CSVRecord> futures, List<String> names, String outcome) {
        double max = regret.stream().filter(r -> r.get("outcome").equals(outcome)).mapToDouble(r -> Double.parseDouble(r.get("regret")))
                .max().orElse(0);
        h.append("<details><summary>Regret in ").append(esc(outcome)).append(" by policy and future (darker: worse)</summary><table><tr><th>policy</th>");
        futures.forEach(f -> h.append("<th>").append(esc(f.get("future"))).append("</th>"));
        h.append("</tr>");
        for (String p : names) {
            h.append("<tr><td>").append(esc(p)).append("</td>");
            for (CSVRecord f : futures) {
                double v = regret.stream().filter(r -> r.get("outcome").equals(outcome) && r.get("policy").equals(p)
                        && r.get("future").equals(f.get("future"))).mapToDouble(r -> Double.parseDouble(r.get("regret"))).findFirst().orElse(Double.NaN);
                int shade = max > 0 && Double.isFinite(v) ? (int) Math.round(255 - 155 * v / max) : 255;
                h.append(String.format(Locale.ROOT, "<td style=\"background:rgb(255,%d,%d)\">", shade, shade)).append(n(Double.toString(v)))
                        .append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table></details>\n");
    }

    /**
     * The paired difference from the best mean with its interval; said in words where an interval of zero width would
     * read as certainty: the best policy itself, or a policy whose outcome was the same in every future.
     */
    private static String difference(CSVRecord r, boolean share) {
        double d = Double.parseDouble(r.get("difference_from_best"));
        double lo = Double.parseDouble(r.get("difference_ci95_low"));
        double hi = Double.parseDouble(r.get("difference_ci95_high"));
        if (d == 0 && lo == 0 && hi == 0) {
            return Double.parseDouble(r.get("mean_regret")) == 0 && Double.parseDouble(r.get("max_regret")) == 0 ? "the best mean, or "
                    + "the same as it in every future" : "the same as the best mean in every future";
        }
        return v(r.get("difference_from_best"), share) + " [" + v(r.get("difference_ci95_low"), share) + ", "
                + v(r.get("difference_ci95_high"), share) + "]";
    }

    /** A value as the outcome's unit reads: a probability (or its regret) in percent, anything else as {@link #n}. */
    static String v(String text, boolean share) {
        if (!share || text == null || text.isEmpty()) {
            return n(text);
        }
        double x = Double.parseDouble(text);
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.1f", 100 * x) : "";
    }

    /** A number from a file as a student reads it: four significant digits, no exponent. */
    static String n(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        double v = Double.parseDouble(text);
        if (!Double.isFinite(v)) {
            return "";
        }
        return v == 0 ? "0" : new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
