package brink.output.chart;

import brink.output.Manifest;
import static brink.output.HtmlPage.esc;

import brink.output.Staging;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * report.html for a class: one self-contained file (charts inline as SVG, no network) with the scenario's info
 * block, key numbers, the charts, an excerpt of replication 0's event log with its causes, sources and provenance.
 * Everything comes from the output folder; every text is HTML-escaped.
 */
public final class Report {
    private static final int EVENTS_SHOWN = 40;

    private Report() {
    }

    /** @param svgs each chart's SVG document, by name, in the order to show them */
    public static void write(Staging in, Map<String, String> svgs) throws IOException {
        RecordedRun run = RecordedRun.read(in);
        Manifest.Run m = run.manifest();
        Path file = in.write("report.html");
        StringBuilder h = new StringBuilder(1 << 20);
        head(h, run, m);
        record(h, m);
        h.append("<h2>Key numbers</h2>\n");
        keyNumbers(h, run, m);
        example(h, run, m);
        figures(h, svgs);
        h.append("<h2 id=\"events\">What happened in replication 0 (first ").append(EVENTS_SHOWN).append(" events)</h2>\n<table><tr>"
                + "<th>date</th><th>who</th><th>what</th><th>detail</th><th>rung (before &rarr; after)</th><th>because of</th></tr>\n");
        List<String> rungNames = rungs(m);
        java.time.LocalDate start = run.events().isEmpty() ? null : startOf(run.events().get(0));
        run.events().stream().filter(e -> "0".equals(e.get("replication"))).limit(EVENTS_SHOWN).forEach(e ->
                h.append("<tr><td>").append(esc(e.get("date"))).append("</td><td>").append(esc(e.get("actor")))
                        .append(e.get("target").isEmpty() ? "" : " &rarr; " + esc(e.get("target"))).append("</td><td>")
                        .append(esc(e.get("type"))).append("</td><td>").append(esc(e.get("detail"))).append("</td><td>")
                        .append(esc(rung(rungNames, e.get("rung_before")))).append(" &rarr; ")
                        .append(esc(rung(rungNames, e.get("rung_after")))).append("</td><td>").append(esc(cause(start, e.get("cause"))))
                        .append("</td></tr>\n"));
        h.append("</table>\n");
        glossary(h);
        sourcesAndProvenance(h, run, m);
        Files.writeString(file, h);
    }

    /** The words of the report, for a student who meets them for the first time. */
    static void glossary(StringBuilder h) {
        h.append("<h2 id=\"glossary\">Glossary</h2>\n<dl>"
                + "<dt>replication</dt><dd>one possible history of the scenario, with its own draws of chance; a probability is the "
                + "share of replications in which something happened.</dd>"
                + "<dt>escalation ladder, rung</dt><dd>how severe the confrontation is on a day, from peace through rhetoric, weapons "
                + "tests, shows of force and exercises, incidents and a limited clash (an exchange of fire) to conventional war; each "
                + "rung is a more severe kind of act (after Kahn, On Escalation, 1965).</dd>"
                + "<dt>signalling track</dt><dd>threats that raise tension without being acts: threats of force, nuclear-use threats. "
                + "A threat is not a rung: a nuclear-use threat is a statement, not nuclear use (which is not modelled).</dd>"
                + "<dt>coalition</dt><dd>South Korea, the United States and Japan, as one bloc.</dd>"
                + "<dt>axis (DPRK+Russia)</dt><dd>North Korea and Russia, as one bloc.</dd>"
                + "<dt>balance</dt><dd>a bloc's quality-weighted ready forces in the theatre against another's: 1 is parity, 0.3 means "
                + "the first has three tenths of the second's combat power.</dd>"
                + "<dt>calibration target, check</dt><dd>a pattern of the historical record the scenario was tuned to (inside is a fit) "
                + "or one it was not tuned to (inside is a test).</dd>"
                + "<dt>95 % interval</dt><dd>the range that holds the true mean over all possible replications 95 times in 100; more "
                + "replications make it narrower. Where 90 % of single replications fall is a different, wider range.</dd></dl>\n");
    }

    /**
     * One logged replication that reached the most severe rung any logged replication reached: the chain of causes that
     * led up to its first arrival there, so that a student sees how a war (or a clash) comes about, not only how often.
     */
    static void example(StringBuilder h, RecordedRun run, Manifest.Run m) {
        List<String> rungNames = rungs(m);
        Map<String, String> top = null;
        int highest = -1;
        for (Map<String, String> e : run.events()) {
            int after = parse(e.get("rung_after"));
            if (after > highest && parse(e.get("rung_before")) < after) {
                highest = after;
                top = e;
            }
        }
        if (top == null || highest < 1) {
            return;
        }
        String rep = top.get("replication");
        List<Map<String, String>> mine = run.events().stream().filter(e -> rep.equals(e.get("replication"))).toList();
        java.time.LocalDate start = startOf(top);
        List<Map<String, String>> chain = new java.util.ArrayList<>();
        Map<String, String> at = top;
        for (int guard = 0; at != null && guard < 12; guard++) {
            chain.add(0, at);
            Map<String, String> cause = causeOf(mine, at);
            // an event without a cause happened on the rung the ladder stood at: go back to what took the ladder there
            at = cause != null ? cause : raisedTo(mine, at);
        }
        h.append("<h2 id=\"example\">An example: how replication ").append(esc(rep)).append(" reached ")
                .append(esc(rung(rungNames, String.valueOf(highest)))).append("</h2>\n<p>The most severe rung any replication in "
                        + "events.csv reached (the first ones are logged; run with --events K for more), and the chain of events that "
                        + "led to its first arrival there: each event was caused by the one before it, or happened on the rung the one before it "
                        + "had taken the ladder to:</p>\n<ol>");
        for (Map<String, String> e : chain) {
            h.append("<li>").append(esc(e.get("date"))).append(": ").append(esc(e.get("actor").isEmpty() ? "" : e.get("actor") + " "))
                    .append(esc(e.get("type"))).append(e.get("target").isEmpty() ? "" : " aimed at " + esc(e.get("target")))
                    .append(e.get("detail").isEmpty() ? "" : " (" + esc(e.get("detail")) + ")").append(": the ladder ")
                    .append(esc(rung(rungNames, e.get("rung_before")))).append(" &rarr; ").append(esc(rung(rungNames, e.get("rung_after"))))
                    .append("</li>");
        }
        long before = mine.stream().filter(e -> java.time.LocalDate.parse(e.get("date")).isBefore(java.time.LocalDate.parse(top0(chain))))
                .count();
        h.append("</ol>\n<p><small>").append(before).append(" other events of this replication came before the chain began");
        if (start != null) {
            h.append(" (from ").append(start).append(")");
        }
        h.append(".</small></p>\n");
    }

    /** The latest earlier event of the replication that took the ladder up to the rung e started from, or null. */
    private static Map<String, String> raisedTo(List<Map<String, String>> replication, Map<String, String> e) {
        int from = parse(e.get("rung_before"));
        Map<String, String> found = null;
        for (Map<String, String> x : replication) {
            if (x == e) {
                break;
            }
            if (parse(x.get("rung_after")) == from && parse(x.get("rung_before")) < from) {
                found = x;
            }
        }
        return from > 1 ? found : null;
    }

    private static String top0(List<Map<String, String>> chain) {
        return chain.get(0).get("date");
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The logged event an event's cause ("day 7: missile test by DPRK") names, in the same replication, or null. */
    private static Map<String, String> causeOf(List<Map<String, String>> replication, Map<String, String> e) {
        java.util.regex.Matcher c = java.util.regex.Pattern.compile("^day (\\d+): (.+?)(?: by (\\S+))?$").matcher(e.get("cause"));
        if (!c.find()) {
            return null;
        }
        String day = c.group(1);
        String type = c.group(2);
        String actor = c.group(3) == null ? "" : c.group(3);
        Map<String, String> found = null;
        for (Map<String, String> x : replication) {
            if (x == e) {
                break;
            }
            if (x.get("day").equals(day) && x.get("type").equals(type) && x.get("actor").equals(actor)) {
                found = x;
            }
        }
        return found;
    }

    /** A rung index of events.csv by its name ("2 weapons tests"). */
    static String rung(List<String> names, String index) {
        try {
            int k = Integer.parseInt(index);
            return k >= 0 && k < names.size() ? names.get(k) : index;
        } catch (NumberFormatException e) {
            return index;
        }
    }

    /** The run's first day, from an event's day index and date. */
    private static java.time.LocalDate startOf(Map<String, String> e) {
        try {
            return java.time.LocalDate.parse(e.get("date")).minusDays(Long.parseLong(e.get("day")));
        } catch (RuntimeException ex) {
            return null;
        }
    }

    /** events.csv's cause "day 7: missile test by DPRK" with its date: "2025-01-08: missile test by DPRK". */
    static String cause(java.time.LocalDate start, String cause) {
        java.util.regex.Matcher d = java.util.regex.Pattern.compile("^day (\\d+): ").matcher(cause == null ? "" : cause);
        return start != null && d.find() ? start.plusDays(Long.parseLong(d.group(1))) + ": " + cause.substring(d.end()) : cause;
    }

    /** The page's head, title and the scenario's info block. */
    static void head(StringBuilder h, RecordedRun run, Manifest.Run m) {
        Manifest.ScenarioInfo sc = m.scenario();
        brink.output.HtmlPage.open(h, run.title())
                .append("body{font-family:sans-serif;max-width:1150px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:4px 8px;text-align:right}"
                        + "th{background:#eee}td:first-child,th:first-child{text-align:left}figure{margin:2em 0}"
                        + ".info{background:#f4f7fb;padding:0.5em 1.2em;border-left:4px solid #0072B2}"
                        + "svg{max-width:100%;height:auto}small{color:#555}dt{font-weight:bold;margin-top:0.4em}"
                        // a short print version: the key numbers, the example, the key charts, the glossary
                        + "@media print{figure.actor,#data-sources,#events{display:none}body{margin:0;max-width:none}"
                        + "figure{page-break-inside:avoid}}</style></head><body>\n");
        h.append("<h1>").append(esc(run.title())).append("</h1>\n<div class=\"info\">");
        if (sc != null) {
            para(h, "What it represents", sc.represents());
            para(h, "What to notice", sc.notice());
            para(h, "What to try", sc.toTry());
        }
        h.append("</div>\n");
    }

    /** The charts, inline as SVG. */
    static void figures(StringBuilder h, Map<String, String> svgs) {
        h.append("<h2>Charts</h2>\n");
        for (Map.Entry<String, String> e : svgs.entrySet()) {
            boolean actor = e.getKey().endsWith("-combat-power") || e.getKey().endsWith("-stock");
            h.append("<figure id=\"").append(esc(e.getKey())).append("\"").append(actor ? " class=\"actor\"" : "").append(">")
                    .append(ChartFiles.inline(e.getValue())).append("</figure>\n");
        }
    }

    /** Sources, the project's data-sources document, and what produced the folder; closes the page. */
    static void sourcesAndProvenance(StringBuilder h, RecordedRun run, Manifest.Run m) {
        Manifest.ScenarioInfo sc = m.scenario();
        h.append("<h2>Sources and assumptions</h2>\n<ul>");
        if (sc != null && sc.sources() != null) {
            sc.sources().forEach(s -> h.append("<li>").append(esc(s)).append("</li>"));
        }
        h.append("<li>The figures, their URLs and reliability, the base rates the targets use and the source reports' "
                + "sentences: docs/data-sources.md of the Brink project, carried below.</li>");
        h.append("<li>Numbers without a public source are marked ASSUMPTION in the scenario file; see "
                + "scenarios/README.md, &ldquo;Assumptions to question&rdquo;.</li></ul>\n");
        dataSources(h);
        h.append("<h2>Provenance</h2>\n<p><small>Brink ")
                .append(esc(m.brinkVersion())).append(", scenario ").append(esc(run.scenario())).append(" (")
                .append(esc(sc == null ? null : sc.path())).append(", SHA-256 ").append(esc(sc == null ? null : sc.sha256()))
                .append("), ").append(run.replications()).append(" replications, base seed ").append(run.seed())
                .append(", ").append(esc(m.seedRule())).append(". Command: <code>");
        m.commandLine().forEach(a -> h.append(esc(a)).append(' '));
        h.append("</code>. Run ").append(esc(m.started())).append(" to ").append(esc(m.finished()))
                .append(".</small></p>\n</body></html>\n");
    }

    /**
     * docs/data-sources.md as the jar carries it, folded: a report moved anywhere (a comparison's or a game's subfolder,
     * a student's laptop) keeps its sources.
     */
    static void dataSources(StringBuilder h) {
        try (java.io.InputStream in = Report.class.getResourceAsStream("/brink/docs/data-sources.md")) {
            if (in == null) {
                return; // classes run from an IDE without the build's resources: the list above still names the document
            }
            h.append("<details id=\"data-sources\"><summary>docs/data-sources.md (the sources of the numbers, carried in this report: "
                    + "click to open)</summary>\n<pre style=\"white-space:pre-wrap\">")
                    .append(esc(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))).append("</pre></details>\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The verdict as the table says it: against the band of single runs, which side the band lies on. */
    private static String bandVerdict(Manifest.TargetEntry t, boolean says) {
        String v = t.verdict();
        if (!says || !"band".equals(t.against())) {
            return v;
        }
        return "inside".equals(v) ? "inside the band of single runs" : "the band of single runs is " + v + " the record";
    }

    /** The model against the record: the scenario's targets as manifest.json records them. */
    private static void record(StringBuilder h, Manifest.Run m) {
        List<Manifest.TargetEntry> targets = m.targets();
        if (targets == null || targets.isEmpty()) {
            return;
        }
        h.append("<h2>The model against the record</h2>\n<p>A <b>calibration</b> target is one the scenario's parameters were "
                + "tuned to: inside is a fit, not a test. A <b>check</b> is one they were not tuned to. The verdict compares the 95 % "
                + "interval of the model's mean with the observed range (on the edge: the interval straddles a bound); a target marked "
                + "<i>single runs</i> compares one year of the record with where 90 % of single runs fall (a year of history is one "
                + "draw, not a mean).</p>\n"
                + "<table><tr><th>target</th><th>use</th><th>what it checks</th><th>model mean [95 % interval]</th>"
                + "<th>90 % of single runs</th><th>observed</th><th>period</th><th>verdict</th><th>source and note</th></tr>\n");
        int inside = 0;
        int tuned = 0;
        for (Manifest.TargetEntry t : targets) {
            boolean says = t.modelMean() != null;
            boolean calibration = t.calibration();
            tuned += calibration ? 1 : 0;
            inside += "inside".equals(t.verdict()) ? 1 : 0;
            h.append("<tr><td>").append(esc(t.id())).append("</td><td>").append(calibration ? "calibration" : "check")
                    .append("</td><td>").append(esc(t.checks()))
                    .append("</td><td>").append(says ? fmt(t.modelMean()) + " [" + fmt(number(t.modelMeanLow())) + ", "
                            + fmt(number(t.modelMeanHigh())) + "]" : "").append("</td><td>")
                    .append(says ? fmt(number(t.modelP05())) + " &ndash; " + fmt(number(t.modelP95())) : "")
                    .append("</td><td>").append(fmt(t.observedLow())).append(" &ndash; ")
                    .append(fmt(t.observedHigh())).append("</td><td>").append(esc(t.period()))
                    .append("</td><td><b>").append(esc(bandVerdict(t, says))).append("</b>")
                    .append(says ? "" : ": " + esc(t.reason())).append("</td><td>")
                    .append(esc(t.source())).append(t.note() == null || t.note().isBlank() ? ""
                            : "<br><small>" + esc(t.note()) + "</small>").append("</td></tr>\n");
        }
        h.append("</table>\n<p>").append(inside).append(" of ").append(targets.size()).append(" targets inside the record; ")
                .append(tuned).append(" of them calibration targets (a fit), ").append(targets.size() - tuned)
                .append(" checks.</p>\n");
    }

    static String fmt(double v) {
        return brink.experiment.Targets.show(v);
    }

    /** A number the manifest may lack (null), as JSON's absent number reads: 0. */
    private static double number(Double v) {
        return v == null ? 0 : v;
    }

    /** The ladder's rung names (none for a folder whose manifest lacks them). */
    static List<String> rungs(Manifest.Run m) {
        return m.rungs() == null ? List.of() : m.rungs();
    }

    private static void para(StringBuilder h, String label, String text) {
        if (text != null && !text.isBlank()) {
            h.append("<p><b>").append(esc(label)).append(":</b> ").append(esc(text)).append("</p>");
        }
    }

    /** The headline outcomes of the catalogue (manifest.json), each the mean of its runs.csv column. */
    private static void keyNumbers(StringBuilder h, RecordedRun run, Manifest.Run m) {
        List<Map<String, String>> runs = run.runs();
        h.append("<table><tr><th>outcome (headlines of the catalogue; all are columns of runs.csv)</th><th>mean over ")
                .append(runs.size()).append(" replications</th></tr>");
        for (RecordedRun.OutcomeInfo o : run.outcomes()) {
            if (!o.headline()) {
                continue;
            }
            double mean = runs.stream().map(x -> x.get(o.name())).filter(v -> v != null && !v.isEmpty())
                    .mapToDouble(Double::parseDouble).average().orElse(Double.NaN);
            h.append("<tr><td>").append(esc(o.label())).append("</td><td>").append(esc(o.unit().show(mean))).append("</td></tr>");
        }
        h.append("</table>\n<table><tr><th>highest rung reached</th><th>share of replications</th></tr>");
        List<String> rungs = rungs(m);
        int n = Math.max(1, runs.size());
        for (int r = 0; r < rungs.size(); r++) {
            String k = String.valueOf(r);
            long c = runs.stream().filter(x -> k.equals(x.get("highest_rung"))).count();
            h.append("<tr><td>").append(r).append(' ').append(esc(rungs.get(r))).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f %%", 100.0 * c / n)).append("</td></tr>");
        }
        h.append("</table>\n");
    }
}
