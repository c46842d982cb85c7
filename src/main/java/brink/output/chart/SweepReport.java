package brink.output.chart;

import brink.output.Staging;
import brink.output.SweepRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * report.html of a sweep or a calibration: what was varied and how, the sensitivity indices, the PRIM box once
 * {@code brink discover} has run, the calibration's prior and posterior, the charts, and provenance. From the folder's
 * files only; every text escaped.
 */
final class SweepReport {
    private SweepReport() {
    }

    /** sensitivity.csv by outcome: per parameter (in the manifest's order) Sobol S1, S1_low, S1_high, ST, ST_low, ST_high or Morris mu*, low, high, sigma. */
    static Map<String, double[][]> indices(Staging in) throws IOException {
        Map<String, double[][]> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(in.read("sensitivity.csv"))) {
            return out;
        }
        List<String> lines = Files.readAllLines(in.read("sensitivity.csv"));
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",", -1);
            rows.computeIfAbsent(c[0], k -> new java.util.ArrayList<>()).add(c);
        }
        rows.forEach((o, list) -> {
            double[][] v = new double[list.size()][list.get(0).length - 2];
            for (int i = 0; i < list.size(); i++) {
                for (int j = 2; j < list.get(i).length; j++) {
                    String cell = list.get(i)[j];
                    v[i][j - 2] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                }
            }
            out.put(o, v);
        });
        return out;
    }

    static void write(Staging in, SweepRecord s, Map<String, String> svgs) throws IOException {
        brink.output.Manifest.Sweep m = s.manifest();
        brink.output.Manifest.Varied sc = m.scenario() != null ? m.scenario() : new brink.output.Manifest.Varied(null, null, null, null, 0, null);
        boolean calibration = s.columns().contains("distance");
        StringBuilder h = new StringBuilder(1 << 20);
        String title = java.util.Objects.toString(sc.title(), "") + (calibration ? ": calibration against the record" : ": sweep");
        brink.output.HtmlPage.open(h, title)
                .append("body{font-family:sans-serif;max-width:1150px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:4px 8px;text-align:right}"
                        + "th{background:#eee}td:first-child,th:first-child{text-align:left}figure{margin:2em 0}"
                        + "svg{max-width:100%;height:auto}small{color:#555}</style></head><body>\n");
        h.append("<h1>").append(brink.output.HtmlPage.esc(title)).append("</h1>\n<p>Scenario <code>").append(brink.output.HtmlPage.esc(sc.path()))
                .append("</code>");
        sc.settings().forEach(x -> h.append(", <code>--set ").append(brink.output.HtmlPage.esc(x)).append("</code>"));
        h.append(". Design: <b>").append(brink.output.HtmlPage.esc(m.design() == null ? null : m.design().kind())).append("</b>, ")
                .append(s.values().length).append(" samples, each ").append(m.replications())
                .append(" replications with the same seeds (common random numbers).</p>\n<table><tr><th>varied field</th>"
                        + "<th>distribution</th><th>range</th></tr>");
        m.parameters().forEach(p -> h.append("<tr><td>").append(brink.output.HtmlPage.esc(p.path())).append("</td><td>")
                .append(brink.output.HtmlPage.esc(p.distribution())).append(p.wholeNumbers() ? " (whole numbers)" : "")
                .append("</td><td>").append(brink.output.HtmlPage.esc(p.range())).append("</td></tr>"));
        h.append("</table>\n");
        if (calibration) {
            calibration(h, in);
        } else {
            sensitivity(h, s, indices(in));
            prim(h, in);
        }
        Report.figures(h, svgs);
        h.append("<h2>Provenance</h2>\n<p><small>Brink ").append(brink.output.HtmlPage.esc(m.brinkVersion())).append(", scenario SHA-256 ")
                .append(brink.output.HtmlPage.esc(sc.sha256())).append(", base seed ").append(m.baseSeed())
                .append(". Command: <code>");
        m.commandLine().forEach(a -> h.append(brink.output.HtmlPage.esc(a)).append(' '));
        h.append("</code>. Started ").append(brink.output.HtmlPage.esc(m.started())).append(".</small></p>\n</body></html>\n");
        Files.writeString(in.write("report.html"), h);
    }

    private static void sensitivity(StringBuilder h, SweepRecord s, Map<String, double[][]> indices) {
        if (indices.isEmpty()) {
            return;
        }
        boolean sobol = indices.values().iterator().next()[0].length == 6;
        h.append("<h2>Which field matters</h2>\n<p>").append(sobol
                ? "Sobol indices: ST is the share of the outcome's variance over the sweep that the field accounts for, alone "
                        + "and with the others; S1 alone. With their 95 % bootstrap intervals over the design's samples, which do "
                        + "not include the replication noise in each sample's mean: with few replications an index can move more "
                        + "than its interval says between seeds. An index below 0 or above 1 is estimation noise, not a share."
                : "Morris screening: mu* is the mean absolute change of the outcome for a step of the field; a large sigma "
                        + "means the change depends on the other fields.").append("</p>\n<table><tr><th>outcome</th><th>field</th>")
                .append(sobol ? "<th>ST</th><th>ST 95 %</th><th>S1</th><th>S1 95 %</th>" : "<th>mu*</th><th>95 %</th><th>sigma</th>")
                .append("</tr>");
        indices.forEach((o, rows) -> {
            for (int j = 0; j < rows.length; j++) {
                double[] r = rows[j];
                h.append("<tr><td>").append(brink.output.HtmlPage.esc(o)).append("</td><td>").append(brink.output.HtmlPage.esc(s.parameters().get(j))).append("</td>");
                if (sobol) {
                    h.append(cell(r[3])).append(range(r[4], r[5])).append(cell(r[0])).append(range(r[1], r[2]));
                } else {
                    h.append(cell(r[0])).append(range(r[1], r[2])).append(cell(r[3]));
                }
                h.append("</tr>");
            }
        });
        h.append("</table>\n");
    }

    private static void prim(StringBuilder h, Staging in) throws IOException {
        if (!Files.isRegularFile(in.read("boxes.csv"))) {
            return;
        }
        List<String> lines = Files.readAllLines(in.read("boxes.csv"));
        String[] first = lines.get(1).split(",", -1);
        h.append("<h2>Scenario discovery: ").append(brink.output.HtmlPage.esc(first[0])).append("</h2>\n<p>PRIM's box (step ").append(first[1])
                .append("): coverage ").append(Report.fmt(Double.parseDouble(first[7]))).append(", density ")
                .append(Report.fmt(Double.parseDouble(first[8]))).append(", mass ").append(Report.fmt(Double.parseDouble(first[9])))
                .append(".</p>\n<table><tr><th>field</th><th>from</th><th>to</th><th>restricted</th><th>qp</th></tr>");
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",", -1);
            if (c.length > 10 && !c[10].equals("1")) {
                continue; // the first box (boxes.csv lists any further ones after it)
            }
            h.append("<tr><td>").append(brink.output.HtmlPage.esc(c[2])).append("</td>").append(cell(Double.parseDouble(c[3])))
                    .append(cell(Double.parseDouble(c[4]))).append("<td>").append(c[5].equals("true") ? "yes" : "no").append("</td>")
                    .append(c[6].isEmpty() ? "<td></td>" : cell(Double.parseDouble(c[6]))).append("</tr>");
        }
        h.append("</table>\n");
    }

    private static void calibration(StringBuilder h, Staging in) throws IOException {
        List<String> lines = Files.readAllLines(in.read("calibration.csv"));
        String kept = lines.size() > 1 ? lines.get(1).split(",", -1)[6] : "0";
        h.append("<h2>Prior and posterior</h2>\n<p>").append(brink.output.HtmlPage.esc(kept)).append(" draws kept: every target inside the record "
                + "(within the tolerance).</p>\n<table><tr><th>field</th><th>prior</th><th>posterior median</th><th>5-95 %</th></tr>");
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",", -1);
            h.append("<tr><td>").append(brink.output.HtmlPage.esc(c[0])).append("</td>").append(range(num(c[1]), num(c[2]))).append(cell(num(c[3])))
                    .append(range(num(c[4]), num(c[5]))).append("</tr>");
        }
        h.append("</table>\n");
    }

    private static double num(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static String cell(double v) {
        return "<td>" + (Double.isFinite(v) ? Report.fmt(v) : "") + "</td>";
    }

    private static String range(double lo, double hi) {
        return "<td>" + (Double.isFinite(lo) && Double.isFinite(hi) ? Report.fmt(lo) + " &ndash; " + Report.fmt(hi) : "") + "</td>";
    }
}
