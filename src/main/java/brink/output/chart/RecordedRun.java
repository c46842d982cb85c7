package brink.output.chart;

import brink.experiment.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * A theatre run's output folder read back: series.csv, runs.csv, events.csv and manifest.json. Charts are drawn
 * from this alone, never from a running model, so they can be redrawn from a folder at any time.
 */
public record RecordedRun(String scenario, String title, long seed, int replications, Map<Key, Series> series,
                          List<Map<String, String>> runs, List<Map<String, String>> events, Map<String, String> domainUnits,
                          List<OutcomeInfo> outcomes) {

    public record Key(String actor, String domain, String metric) {
    }

    /** An outcome of the run's catalogue, as manifest.json declares it (runs.csv has a column of that name). */
    public record OutcomeInfo(String name, String label, Outcome.Unit unit, boolean headline) {
    }

    /** One series over time: dates and the mean and five percentiles at each. */
    public record Series(List<LocalDate> dates, double[] mean, double[] p05, double[] p25, double[] p50, double[] p75,
                         double[] p95) {
    }

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    public static RecordedRun read(Path dir) throws IOException {
        for (String f : List.of("series.csv", "runs.csv", "manifest.json")) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new IOException(dir + " has no " + f + ": is it the output folder of brink run?");
            }
        }
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        Map<Key, List<CSVRecord>> rows = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(dir.resolve("series.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSV.parse(in)) {
                rows.computeIfAbsent(new Key(r.get("actor"), r.get("domain"), r.get("metric")), k -> new ArrayList<>()).add(r);
            }
        }
        Map<Key, Series> series = new LinkedHashMap<>();
        rows.forEach((k, list) -> {
            int n = list.size();
            List<LocalDate> dates = new ArrayList<>(n);
            double[][] v = new double[6][n];
            String[] cols = {"mean", "p05", "p25", "p50", "p75", "p95"};
            for (int i = 0; i < n; i++) {
                CSVRecord r = list.get(i);
                dates.add(LocalDate.parse(r.get("date")));
                for (int c = 0; c < cols.length; c++) {
                    String text = r.get(cols[c]);
                    v[c][i] = text.isEmpty() ? Double.NaN : Double.parseDouble(text);
                }
            }
            series.put(k, new Series(List.copyOf(dates), v[0], v[1], v[2], v[3], v[4], v[5]));
        });
        Map<String, String> units = new LinkedHashMap<>();
        manifest.path("domain_units").fields().forEachRemaining(e -> units.put(e.getKey(), e.getValue().asText()));
        List<OutcomeInfo> outcomes = new ArrayList<>();
        for (JsonNode o : manifest.path("outcomes")) {
            outcomes.add(new OutcomeInfo(o.path("name").asText(), o.path("label").asText(),
                    Outcome.Unit.ofText(o.path("unit").asText()), o.path("headline").asBoolean()));
        }
        return new RecordedRun(manifest.path("scenario").path("name").asText(), manifest.path("scenario").path("title").asText(),
                manifest.path("base_seed").asLong(), manifest.path("replications").asInt(), series,
                table(dir.resolve("runs.csv")), Files.isRegularFile(dir.resolve("events.csv"))
                        ? table(dir.resolve("events.csv")) : List.of(), units, List.copyOf(outcomes));
    }

    private static List<Map<String, String>> table(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Map<String, String>> out = new ArrayList<>();
            for (CSVRecord r : CSV.parse(in)) {
                out.add(r.toMap());
            }
            return out;
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
