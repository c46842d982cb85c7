package brink.output.chart;

import brink.experiment.Outcome;
import brink.output.Staging;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A run's output folder read back: series.csv, runs.csv, events.csv (theatre runs) and manifest.json. Charts are drawn
 * from this alone, never from a running model, so they can be redrawn from a folder at any time.
 */
public record RecordedRun(String scenario, String title, long seed, int replications, Map<Key, Series> series,
                          List<Map<String, String>> runs, List<Map<String, String>> events, Map<String, String> domainUnits,
                          List<OutcomeInfo> outcomes, brink.output.Manifest.Run manifest) {

    public record Key(String actor, String domain, String metric) {
    }

    /** An outcome of the run's catalogue, as manifest.json declares it (runs.csv has a column of that name). */
    public record OutcomeInfo(String name, String label, Outcome.Unit unit, boolean headline) {
    }

    /**
     * One series over time: the day index of each row, its date (empty when the run has no start date: a battle
     * without one), and the mean and five percentiles at each.
     */
    public record Series(int[] days, List<LocalDate> dates, double[] mean, double[] p05, double[] p25, double[] p50,
                         double[] p75, double[] p95, brink.experiment.SeriesKey.Kind kind, String subject) {
    }

    /**
     * What a series of a file written before series.csv had its kind and subject columns is about, from its metric's
     * name (the only place those files said it).
     */
    static String[] aboutFromName(String metric) {
        for (String[] p : new String[][] {{"balance_vs_", "balance"}, {"delivered_to_", "delivery"}, {"at_rung_", "rung"},
            {"reached_rung_", "rung"}}) {
            if (metric.startsWith(p[0])) {
                return new String[] {p[1], metric.substring(p[0].length())};
            }
        }
        return new String[] {"own", ""};
    }

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    /**
     * Reads a run's folder, checking as it goes: a file that is missing, damaged, cut short or edited into another
     * shape is reported by name and line (an IOException whose message the user reads), never drawn from.
     */
    public static RecordedRun read(Staging in) throws IOException {
        Path dir = in.dir();
        for (String f : List.of("series.csv", "runs.csv", "manifest.json")) {
            if (!Files.isRegularFile(in.read(f))) {
                throw new IOException(dir + " has no " + f + ": is it the output folder of brink run?");
            }
        }
        brink.output.Manifest.Run manifest = brink.output.Manifest.readRun(in.read("manifest.json"), dir.resolve("manifest.json"));
        if (manifest.days() == null || manifest.replications() == null) {
            throw new IOException(dir.resolve("manifest.json") + " lacks the run's days and replications: is it a brink run's?");
        }
        int days = manifest.days();
        Map<Key, Series> series = series(in.read("series.csv"), dir.resolve("series.csv"), days);
        Map<String, String> units = manifest.domainUnits() == null ? Map.of() : new LinkedHashMap<>(manifest.domainUnits());
        List<OutcomeInfo> outcomes = new ArrayList<>();
        for (brink.output.Manifest.OutcomeEntry o : manifest.outcomes() == null ? List.<brink.output.Manifest.OutcomeEntry>of() : manifest.outcomes()) {
            try {
                outcomes.add(new OutcomeInfo(o.name(), o.label(), Outcome.Unit.ofText(o.unit()), o.headline()));
            } catch (IllegalArgumentException e) {
                throw new IOException(dir.resolve("manifest.json") + ": outcome " + o.name() + ": " + e.getMessage());
            }
        }
        List<Map<String, String>> runs = table(in.read("runs.csv"), dir.resolve("runs.csv"), null);
        int replications = manifest.replications();
        if (runs.size() != replications) {
            throw new IOException(dir.resolve("runs.csv") + " has " + runs.size() + " rows but the run had " + replications
                    + " replications: the file is incomplete");
        }
        for (OutcomeInfo o : outcomes) {
            for (int i = 0; i < runs.size(); i++) {
                String v = runs.get(i).get(o.name());
                if (v == null) {
                    throw new IOException(dir.resolve("runs.csv") + " has no column " + o.name() + ", which manifest.json lists");
                }
                number(v, dir.resolve("runs.csv"), i + 2, o.name());
            }
        }
        List<Map<String, String>> events = Files.isRegularFile(in.read("events.csv"))
                ? table(in.read("events.csv"), dir.resolve("events.csv"), brink.output.EventsCsv.HEADER) : List.of();
        brink.output.Manifest.ScenarioInfo sc = manifest.scenario();
        return new RecordedRun(sc == null ? "" : sc.name(), sc == null ? "" : sc.title(), manifest.baseSeed(), replications, series, runs,
                events, units, List.copyOf(outcomes), manifest);
    }

    /** Columns of series.csv, whose header is checked to be exactly {@link brink.output.SeriesCsv#HEADER}. */
    private static final int DAY = 1;
    private static final int DATE = 2;
    private static final int ACTOR = 3;
    private static final int DOMAIN = 4;
    private static final int METRIC = 5;
    private static final int MEAN = 6;
    private static final int KIND = 12;
    private static final int SUBJECT = 13;

    private static Map<Key, Series> series(Path actual, Path file, int days) throws IOException {
        Map<Key, List<CSVRecord>> rows = new LinkedHashMap<>();
        int lastDay = -1;
        boolean typed;
        try (Reader in = Files.newBufferedReader(actual, StandardCharsets.UTF_8)) {
            org.apache.commons.csv.CSVParser parser = CSV.parse(in);
            String header = String.join(",", parser.getHeaderNames());
            typed = header.equals(brink.output.SeriesCsv.HEADER);
            if (!typed && !header.equals(brink.output.SeriesCsv.OLDER_HEADER)) {
                throw new IOException(file + " does not start with the header " + brink.output.SeriesCsv.HEADER);
            }
            int width = typed ? 14 : 12;
            for (CSVRecord r : parser) {
                if (!r.isConsistent()) {
                    throw new IOException(file + " line " + (r.getRecordNumber() + 1) + ": " + r.size() + " cells, not " + width);
                }
                int day = (int) number(r.get(DAY), file, r.getRecordNumber() + 1, "day");
                lastDay = Math.max(lastDay, day);
                rows.computeIfAbsent(new Key(r.get(ACTOR), r.get(DOMAIN), r.get(METRIC)), k -> new ArrayList<>()).add(r);
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new IOException(file + " cannot be read as CSV: " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new IOException(file + " has no rows");
        }
        if (lastDay != days) {
            throw new IOException(file + " ends at day " + lastDay + " but the run had " + days + " days: the file is incomplete");
        }
        Map<Key, Series> series = new LinkedHashMap<>();
        String[] cols = {"mean", "p05", "p25", "p50", "p75", "p95"};
        Map<String, LocalDate> parsed = new java.util.HashMap<>(); // every series repeats the same few thousand dates
        for (Map.Entry<Key, List<CSVRecord>> e : rows.entrySet()) {
            List<CSVRecord> list = e.getValue();
            int n = list.size();
            List<LocalDate> dates = new ArrayList<>(n);
            int[] dayOf = new int[n];
            double[][] v = new double[6][n];
            boolean undated = list.get(0).get(DATE).isEmpty();
            for (int i = 0; i < n; i++) {
                CSVRecord r = list.get(i);
                dayOf[i] = (int) number(r.get(DAY), file, r.getRecordNumber() + 1, "day");
                String date = r.get(DATE);
                try {
                    if (!undated || !date.isEmpty()) {
                        LocalDate d = parsed.get(date);
                        if (d == null) {
                            d = LocalDate.parse(date);
                            parsed.put(date, d);
                        }
                        dates.add(d);
                    }
                } catch (java.time.format.DateTimeParseException x) {
                    throw new IOException(file + " line " + (r.getRecordNumber() + 1) + ": '" + date + "' is not a date");
                }
                for (int c = 0; c < cols.length; c++) {
                    v[c][i] = number(r.get(MEAN + c), file, r.getRecordNumber() + 1, cols[c]);
                }
            }
            if (!dates.isEmpty() && dates.size() != n) {
                throw new IOException(file + ": some rows of " + e.getKey().actor() + " " + e.getKey().metric() + " have a date and some do not");
            }
            CSVRecord first = list.get(0);
            String[] about = typed ? new String[] {first.get(KIND), first.get(SUBJECT)} : aboutFromName(e.getKey().metric());
            brink.experiment.SeriesKey.Kind kind = brink.experiment.SeriesKey.Kind.of(about[0]);
            if (kind == null) {
                throw new IOException(file + " line " + (first.getRecordNumber() + 1) + ": kind '" + about[0] + "' is not one of own, "
                        + "balance, delivery, rung");
            }
            series.put(e.getKey(), new Series(dayOf, List.copyOf(dates), v[0], v[1], v[2], v[3], v[4], v[5], kind, about[1]));
        }
        return series;
    }

    /** A cell as a number; empty means "not a number" (NaN), anything else unreadable is reported. */
    private static double number(String text, Path file, long line, String column) throws IOException {
        if (text.isEmpty()) {
            return Double.NaN;
        }
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IOException(file + " line " + line + ", " + column + ": '" + text + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            // Brink writes an undefined value as an empty cell, never NaN or Infinity: the file was changed by hand
            throw new IOException(file + " line " + line + ", " + column + ": '" + text + "' is not a number Brink writes "
                    + "(an undefined value is an empty cell)");
        }
        return v;
    }

    /**
     * A CSV file as rows of cells by column name, every row as long as the header (and the header as given). Rows are
     * views over their cells sharing one column index, and short cells ("0", "1", "12") are shared between rows: a
     * runs.csv of 10,000 replications and ~450 outcomes then takes tens of megabytes, not a map per row.
     */
    private static List<Map<String, String>> table(Path actual, Path file, String header) throws IOException {
        try (Reader in = Files.newBufferedReader(actual, StandardCharsets.UTF_8)) {
            org.apache.commons.csv.CSVParser parser = CSV.parse(in);
            String have = String.join(",", parser.getHeaderNames());
            // events.csv written before it gained kind,period (docs/GUIDE.md, migration) is still read
            boolean older = header != null && header.equals(brink.output.EventsCsv.HEADER) && header.startsWith(have + ",")
                    && parser.getHeaderNames().size() >= 12;
            if (header != null && !have.equals(header) && !older) {
                throw new IOException(file + " does not start with the header " + header);
            }
            Map<String, Integer> columns = new java.util.HashMap<>();
            List<String> names = parser.getHeaderNames();
            for (int i = 0; i < names.size(); i++) {
                columns.putIfAbsent(names.get(i), i);
            }
            Map<String, String> shared = new java.util.HashMap<>();
            List<Map<String, String>> out = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (!r.isConsistent()) {
                    throw new IOException(file + " line " + (r.getRecordNumber() + 1) + ": " + r.size() + " cells, not "
                            + parser.getHeaderNames().size());
                }
                String[] cells = r.values();
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i].length() <= 4) {
                        cells[i] = shared.computeIfAbsent(cells[i], c -> c);
                    }
                }
                out.add(new Row(columns, cells));
            }
            return out;
        } catch (java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new IOException(file + " cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    /** One row of a table: its cells by column name (read-only). */
    private static final class Row extends java.util.AbstractMap<String, String> {
        private final Map<String, Integer> columns;
        private final String[] cells;

        Row(Map<String, Integer> columns, String[] cells) {
            this.columns = columns;
            this.cells = cells;
        }

        @Override
        public String get(Object name) {
            Integer i = columns.get(name);
            return i == null ? null : cells[i];
        }

        @Override
        public boolean containsKey(Object name) {
            return columns.containsKey(name);
        }

        @Override
        public java.util.Set<Entry<String, String>> entrySet() {
            java.util.Set<Entry<String, String>> s = new java.util.LinkedHashSet<>();
            columns.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .forEach(c -> s.add(Map.entry(c.getKey(), cells[c.getValue()])));
            return java.util.Collections.unmodifiableSet(s);
        }
    }

    public Series get(String actor, String domain, String metric) {
        return series.get(new Key(actor, domain, metric));
    }

    /** The unit of a domain ("main battle tanks"), or the domain's id if the manifest does not say. */
    public String unitOf(String domain) {
        return domainUnits.getOrDefault(domain, domain);
    }

    /** Actors (first column of series.csv) in the order they appear, "theatre" and blocs excluded when asked. */
    public List<String> actorsWith(String metric) {
        return series.keySet().stream().filter(k -> k.metric().equals(metric)).map(Key::actor).distinct().toList();
    }

    public List<String> domainsOf(String actor, String metric) {
        return series.keySet().stream().filter(k -> k.actor().equals(actor) && k.metric().equals(metric)
                && !k.domain().isEmpty()).map(Key::domain).distinct().toList();
    }
}
