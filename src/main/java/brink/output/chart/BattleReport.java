package brink.output.chart;

import brink.experiment.Quantiles;
import brink.output.Staging;
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
        brink.output.Manifest.Run m = run.manifest();
        brink.output.Manifest.Battle b = m.battle();
        StringBuilder h = new StringBuilder(1 << 18);
        Report.head(h, run, m);
        h.append("<h2>Set-up</h2>\n<p>Lanchester ").append(brink.output.HtmlPage.esc(b.law())).append(" law, ")
                .append(b.days()).append(" days, loss noise ").append(Report.fmt(b.noise()))
                .append(".</p>\n<table><tr><th>side</th><th>strength at the start</th><th>effectiveness</th><th>quality</th></tr>");
        for (brink.output.Manifest.Battle.Side s : b.sides()) {
            h.append("<tr><td>").append(brink.output.HtmlPage.esc(s.name())).append("</td><td>")
                    .append(Report.fmt(s.strength())).append("</td><td>")
                    .append(Report.fmt(s.effectiveness())).append("</td><td>")
                    .append(Report.fmt(s.quality())).append("</td></tr>");
        }
        h.append("</table>\n");
        if (!b.reinforcements().isEmpty() || !b.rates().isEmpty()) {
            h.append("<table><tr><th>reinforcement</th><th>side</th><th>when (day)</th><th>units</th></tr>");
            for (brink.output.Manifest.Battle.Wave w : b.reinforcements()) {
                h.append("<tr><td>wave</td><td>").append(brink.output.HtmlPage.esc(w.side())).append("</td><td>")
                        .append(Report.fmt(w.day())).append("</td><td>")
                        .append(Report.fmt(w.units())).append("</td></tr>");
            }
            for (brink.output.Manifest.Battle.Rate r : b.rates()) {
                double from = r.from();
                double to = r.to();
                h.append("<tr><td>rate</td><td>").append(brink.output.HtmlPage.esc(r.side())).append("</td><td>")
                        .append(Report.fmt(from)).append(" &ndash; ").append(Report.fmt(to)).append("</td><td>")
                        .append(Report.fmt(r.perDay())).append(" a day (")
                        .append(Report.fmt(r.perDay() * (to - from))).append(" in all)</td></tr>");
            }
            h.append("</table>\n");
        }
        keyNumbers(h, run, b);
        Report.figures(h, svgs);
        Report.sourcesAndProvenance(h, run, m);
        Files.writeString(in.write("report.html"), h);
    }

    private static void keyNumbers(StringBuilder h, RecordedRun run, brink.output.Manifest.Battle b) {
        List<Map<String, String>> runs = run.runs();
        boolean noisy = b.noise() > 0;
        h.append("<h2>Key numbers</h2>\n<table><tr><th>side</th><th>mean strength at the end over ").append(runs.size())
                .append(" replications</th><th>5-95 % of replications</th>")
                .append(noisy ? "<th>without noise</th>" : "").append("<th>share of replications won</th></tr>");
        for (brink.output.Manifest.Battle.Side s : b.sides()) {
            String name = s.name();
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
