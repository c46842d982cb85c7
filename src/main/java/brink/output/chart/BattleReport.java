package brink.output.chart;

import brink.experiment.Quantiles;
import brink.output.Staging;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * report.html of a battle run: the info block, the set-up (law, sides, waves, rates), the key numbers (each side's
 * final strength over the replications and without noise, who won how often), the chart, sources and provenance.
 * Everything comes from the output folder.
 */
final class BattleReport {
    private BattleReport() {
    }

    static void write(Staging in, Map<String, String> svgs) throws IOException {
        RecordedRun run = RecordedRun.read(in);
        JsonNode m = new ObjectMapper().readTree(in.read("manifest.json").toFile());
        JsonNode b = m.path("battle");
        StringBuilder h = new StringBuilder(1 << 18);
        Report.head(h, run, m);
        h.append("<h2>Set-up</h2>\n<p>Lanchester ").append(brink.output.HtmlPage.esc(b.path("law").asText())).append(" law, ")
                .append(b.path("days").asInt()).append(" days, loss noise ").append(Report.fmt(b.path("noise").asDouble()))
                .append(".</p>\n<table><tr><th>side</th><th>strength at the start</th><th>effectiveness</th><th>quality</th></tr>");
        for (JsonNode s : b.path("sides")) {
            h.append("<tr><td>").append(brink.output.HtmlPage.esc(s.path("name").asText())).append("</td><td>")
                    .append(Report.fmt(s.path("strength").asDouble())).append("</td><td>")
                    .append(Report.fmt(s.path("effectiveness").asDouble())).append("</td><td>")
                    .append(Report.fmt(s.path("quality").asDouble())).append("</td></tr>");
        }
        h.append("</table>\n");
        if (!b.path("reinforcements").isEmpty() || !b.path("rates").isEmpty()) {
            h.append("<table><tr><th>reinforcement</th><th>side</th><th>when (day)</th><th>units</th></tr>");
            for (JsonNode w : b.path("reinforcements")) {
                h.append("<tr><td>wave</td><td>").append(brink.output.HtmlPage.esc(w.path("side").asText())).append("</td><td>")
                        .append(Report.fmt(w.path("day").asDouble())).append("</td><td>")
                        .append(Report.fmt(w.path("units").asDouble())).append("</td></tr>");
            }
            for (JsonNode r : b.path("rates")) {
                double from = r.path("from").asDouble();
                double to = r.path("to").asDouble();
                h.append("<tr><td>rate</td><td>").append(brink.output.HtmlPage.esc(r.path("side").asText())).append("</td><td>")
                        .append(Report.fmt(from)).append(" &ndash; ").append(Report.fmt(to)).append("</td><td>")
                        .append(Report.fmt(r.path("perDay").asDouble())).append(" a day (")
                        .append(Report.fmt(r.path("perDay").asDouble() * (to - from))).append(" in all)</td></tr>");
            }
            h.append("</table>\n");
        }
        keyNumbers(h, run, b);
        Report.figures(h, svgs);
        Report.sourcesAndProvenance(h, run, m);
        Files.writeString(in.write("report.html"), h);
    }

    private static void keyNumbers(StringBuilder h, RecordedRun run, JsonNode b) {
        List<Map<String, String>> runs = run.runs();
        boolean noisy = b.path("noise").asDouble() > 0;
        h.append("<h2>Key numbers</h2>\n<table><tr><th>side</th><th>mean strength at the end over ").append(runs.size())
                .append(" replications</th><th>5-95 % of replications</th>")
                .append(noisy ? "<th>without noise</th>" : "").append("<th>share of replications won</th></tr>");
        for (JsonNode s : b.path("sides")) {
            String name = s.path("name").asText();
            double[] end = runs.stream().mapToDouble(r -> Double.parseDouble(r.get("final_" + name))).sorted().toArray();
            RecordedRun.Series deterministic = noisy ? run.get(name, "", "strength_without_noise") : null;
            long won = runs.stream().filter(r -> name.equals(r.get("winner"))).count();
            h.append("<tr><td>").append(brink.output.HtmlPage.esc(name)).append("</td><td>")
                    .append(Report.fmt(Arrays.stream(end).average().orElse(Double.NaN))).append("</td><td>")
                    .append(Report.fmt(Quantiles.of(end, 0.05))).append(" &ndash; ").append(Report.fmt(Quantiles.of(end, 0.95)))
                    .append("</td>");
            if (noisy) {
                h.append("<td>").append(Report.fmt(deterministic.mean()[deterministic.mean().length - 1])).append("</td>");
            }
            h.append("<td>").append(String.format(Locale.ROOT, "%.1f %%", 100.0 * won / Math.max(1, runs.size())))
                    .append("</td></tr>");
        }
        long undecided = runs.stream().filter(r -> "undecided".equals(r.get("winner"))).count();
        h.append("</table>\n<p>").append(String.format(Locale.ROOT, "%.1f %%", 100.0 * undecided / Math.max(1, runs.size())))
                .append(" of the replications are undecided at the end (neither side destroyed).</p>\n");
    }

}
