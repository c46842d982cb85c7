package brink.output.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * report.html of a comparison: the scenarios side by side, the table of paired differences first, then the
 * comparison charts. Self-contained and HTML-escaped like {@link Report}.
 */
final class ComparisonReport {
    private ComparisonReport() {
    }

    static void write(brink.output.Staging folder, brink.output.Manifest.Compare manifest, List<String> labels, List<RecordedRun> runs,
                      List<CSVRecord> rows, Map<String, String> svgs) throws IOException {
        Path file = folder.write("report.html");
        StringBuilder h = new StringBuilder(1 << 20);
        String title = "Comparison: " + String.join(" vs ", labels);
        brink.output.HtmlPage.open(h, title)
                .append("body{font-family:sans-serif;max-width:1150px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:4px 8px;vertical-align:top}"
                        + "th{background:#eee}td.n{text-align:right}svg{max-width:100%;height:auto}small{color:#555}</style>"
                        + "</head><body>\n<h1>").append(brink.output.HtmlPage.esc(title)).append("</h1>\n");
        bottomLine(h, rows, labels.get(0));
        h.append("<h2>The scenarios</h2>\n<table><tr>");
        for (String l : labels) {
            h.append("<th>").append(brink.output.HtmlPage.esc(l)).append(l.equals(labels.get(0)) ? " (reference)" : "").append("</th>");
        }
        h.append("</tr><tr>");
        for (int s = 0; s < labels.size(); s++) {
            brink.output.Manifest.ScenarioInfo sc = runs.get(s).manifest().scenario();
            h.append("<td><b>").append(brink.output.HtmlPage.esc(runs.get(s).title())).append("</b><br>")
                    .append(brink.output.HtmlPage.esc(sc == null ? null : sc.represents())).append("</td>");
        }
        h.append("</tr></table>\n<h2>Paired differences from ").append(brink.output.HtmlPage.esc(labels.get(0)))
                .append("</h2>\n<p>Every scenario ran the same replication seeds, so each difference is measured pair by pair; "
                        + "the interval is the 95 % confidence interval of the mean paired difference. Probabilities differ "
                        + "in percentage points.</p>\n<table><tr><th>outcome</th><th>scenario</th><th>")
                .append(brink.output.HtmlPage.esc(labels.get(0))).append("</th><th>scenario's value</th><th>difference [95 % interval]</th></tr>\n");
        java.util.Map<String, String> reference = new java.util.HashMap<>();
        for (CSVRecord r : rows) {
            if (r.get("scenario").equals(labels.get(0))) {
                reference.put(r.get("outcome"), r.get("value"));
            }
        }
        for (CSVRecord r : rows) {
            if (!"yes".equals(r.get("headline")) || r.get("scenario").equals(labels.get(0))) {
                continue;
            }
            brink.experiment.Outcome.Unit u = brink.experiment.Outcome.Unit.ofText(r.get("unit"));
            h.append("<tr><td>").append(brink.output.HtmlPage.esc(r.get("label"))).append("</td><td>").append(brink.output.HtmlPage.esc(r.get("scenario")))
                    .append("</td><td class=\"n\">").append(brink.output.HtmlPage.esc(u.show(number(reference.get(r.get("outcome"))))))
                    .append("</td><td class=\"n\">").append(brink.output.HtmlPage.esc(u.show(number(r.get("value")))))
                    .append("</td><td class=\"n\">").append(r.get("ci95_low").isEmpty() ? "" : brink.output.HtmlPage.esc(u.showDifference(
                            number(r.get("difference")), number(r.get("ci95_low")), number(r.get("ci95_high")),
                            r.isMapped("pairs_differing") ? Long.parseLong(r.get("pairs_differing")) : -1,
                            Long.parseLong(r.get("replications")))))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        record(h, runs, labels);
        h.append("<p><small>All outcomes, with the unpaired intervals for contrast, are in comparison.csv; each "
                + "scenario's own charts and report are in its subfolder.</small></p>\n<h2>Charts</h2>\n");
        for (Map.Entry<String, String> e : svgs.entrySet()) {
            h.append("<figure id=\"").append(brink.output.HtmlPage.esc(e.getKey())).append("\">").append(ChartFiles.inline(e.getValue()))
                    .append("</figure>\n");
        }
        h.append("<h2>Sources</h2>\n<p>Each scenario's sources are in its own report (its subfolder); the numbers' sources, "
                + "with URLs and reliability: docs/data-sources.md, carried here.</p>\n");
        Report.dataSources(h);
        h.append("<h2>Provenance</h2>\n<p><small>Brink ").append(brink.output.HtmlPage.esc(manifest.brinkVersion()))
                .append(", ").append(manifest.replications()).append(" replications per scenario, base seed ")
                .append(manifest.baseSeed()).append(". Scenarios: ");
        manifest.scenarios().forEach(s -> h.append(brink.output.HtmlPage.esc(s.label())).append(" (")
                .append(brink.output.HtmlPage.esc(s.path())).append(", SHA-256 ").append(brink.output.HtmlPage.esc(s.sha256()))
                .append(") "));
        h.append(". Command: <code>");
        manifest.commandLine().forEach(a -> h.append(brink.output.HtmlPage.esc(a)).append(' '));
        h.append("</code></small></p>\n</body></html>\n");
        Files.writeString(file, h);
    }

    /** The bottom line first, from comparison.csv's headline rows (brink.experiment.BottomLine). */
    private static void bottomLine(StringBuilder h, List<CSVRecord> rows, String reference) {
        java.util.Map<String, Double> ref = new java.util.HashMap<>();
        rows.stream().filter(r -> r.get("scenario").equals(reference)).forEach(r -> ref.put(r.get("outcome"), number(r.get("value"))));
        List<brink.experiment.BottomLine.Item> items = new java.util.ArrayList<>();
        for (CSVRecord r : rows) {
            if (!"yes".equals(r.get("headline")) || r.get("scenario").equals(reference) || r.get("ci95_low").isEmpty()) {
                continue;
            }
            items.add(new brink.experiment.BottomLine.Item(r.get("label"), brink.experiment.Outcome.Unit.ofText(r.get("unit")),
                    r.get("scenario"), ref.getOrDefault(r.get("outcome"), Double.NaN), number(r.get("value")), number(r.get("difference")),
                    number(r.get("ci95_low")), number(r.get("ci95_high")),
                    r.isMapped("pairs_differing") ? Long.parseLong(r.get("pairs_differing")) : 1, Long.parseLong(r.get("replications"))));
        }
        h.append("<div id=\"bottom-line\" style=\"background:#f4f7fb;padding:0.5em 1.2em;border-left:4px solid #0072B2\">"
                + "<h2>Bottom line</h2>\n<ul>");
        for (String line : brink.experiment.BottomLine.lines(items, reference)) {
            h.append("<li>").append(brink.output.HtmlPage.esc(line.strip())).append("</li>");
        }
        h.append("</ul></div>\n");
    }

    /** Which scenarios stay inside the record: each target's verdict per scenario, from the scenarios' manifests. */
    private static void record(StringBuilder h, List<RecordedRun> runs, List<String> labels) {
        java.util.Map<String, java.util.Map<String, String>> verdicts = new java.util.LinkedHashMap<>();
        for (int s = 0; s < labels.size(); s++) {
            String l = labels.get(s);
            List<brink.output.Manifest.TargetEntry> targets = runs.get(s).manifest().targets();
            for (brink.output.Manifest.TargetEntry t : targets == null ? List.<brink.output.Manifest.TargetEntry>of() : targets) {
                verdicts.computeIfAbsent(t.id() + " (" + (t.use() == null ? "calibration" : t.use()) + ")",
                        k -> new java.util.LinkedHashMap<>()).put(l,
                        java.util.Objects.toString(t.verdict(), "") + (t.modelMean() != null ? " (" + brink.experiment.Targets.show(t.modelMean()) + ")" : ""));
            }
        }
        if (verdicts.isEmpty()) {
            return;
        }
        h.append("<h2>Inside the record?</h2>\n<p>Each scenario's targets (its <code>targets:</code>): where the 95 % interval "
                + "of the model's mean lies against the observed range. A calibration target is one the parameters were tuned to "
                + "(inside is a fit); a check is one they were not (a test).</p>\n<table><tr><th>target (use)</th>");
        labels.forEach(l -> h.append("<th>").append(brink.output.HtmlPage.esc(l)).append("</th>"));
        h.append("</tr>\n");
        verdicts.forEach((id, byScenario) -> {
            h.append("<tr><td>").append(brink.output.HtmlPage.esc(id)).append("</td>");
            labels.forEach(l -> h.append("<td>").append(brink.output.HtmlPage.esc(byScenario.getOrDefault(l, "-"))).append("</td>"));
            h.append("</tr>\n");
        });
        h.append("</table>\n");
    }

    private static double number(String s) {
        return s == null || s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }
}
