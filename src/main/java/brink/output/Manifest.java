package brink.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import brink.experiment.RunShape;
import brink.scenario.ScenarioSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * manifest.json: what produced an output folder, so that anyone can reproduce it, and what the charts and reports read
 * back. One model for the four kinds of folder (a run, a comparison, a sweep or calibration, a robust run), written and
 * read here and nowhere else.
 */
public final class Manifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Reads this version's manifests and earlier ones (a field they lack is null; one a later version adds is skipped). */
    private static final ObjectMapper READ = new ObjectMapper()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    public static final String SEED_RULE = "seed of replication i = splitmix64(S + (i + 1) * 0x9E3779B97F4A7C15)";

    private Manifest() {
    }

    /** Brink's version, from the jar's manifest (or "dev" when run from classes). */
    public static String version() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * What produced a folder. {@code shape} (theatre runs; null for battles) gives the rungs, the signal levels and the
     * outcome catalogue with labels, units and definitions, so that charts and reports read the catalogue from the
     * folder instead of declaring outcomes again.
     */
    public record Content(List<String> commandLine, String scenarioName, Path scenarioPath, String scenarioSha256,
                          String title, long baseSeed, String seedRule, long[] seeds, int days, Instant started,
                          Instant finished, List<String> files, RunShape shape, ScenarioSpec spec,
                          List<brink.experiment.Targets.Result> targets, List<String> settings) {
    }

    /** The four kinds of manifest.json: a run's, a comparison's, a sweep's or calibration's, a robust run's. */
    public sealed interface Document permits Run, Compare, Sweep, Robust {
    }

    /** A scenario as a run's manifest records it: what it is and its info block (the report shows it). */
    @JsonPropertyOrder({"name", "path", "sha256", "title", "settings", "years", "represents", "notice", "try", "sources"})
    public record ScenarioInfo(String name, String path, String sha256, String title, List<String> settings, double years,
                               String represents, String notice, @JsonProperty("try") String toTry, List<String> sources) {
    }

    /** An outcome of the run's catalogue as recorded: what a chart, report or reader needs without the model. */
    @JsonPropertyOrder({"name", "label", "unit", "headline", "definition", "kind", "subject", "year", "month"})
    public record OutcomeEntry(String name, String label, String unit, boolean headline, String definition, String kind,
                               String subject, int year, int month) {
    }

    /** A calibration target or check as verdicted on the run (a model number is null where none could be given). */
    @JsonPropertyOrder({"id", "use", "against", "checks", "note", "period", "source", "model_mean", "model_mean_ci95_low",
            "model_mean_ci95_high", "model_p05", "model_p95", "observed_low", "observed_high", "verdict", "reason"})
    public record TargetEntry(String id, String use, String against, String checks, String note, String period, String source,
                              @JsonProperty("model_mean") Double modelMean, @JsonProperty("model_mean_ci95_low") Double modelMeanLow,
                              @JsonProperty("model_mean_ci95_high") Double modelMeanHigh, @JsonProperty("model_p05") Double modelP05,
                              @JsonProperty("model_p95") Double modelP95, @JsonProperty("observed_low") double observedLow,
                              @JsonProperty("observed_high") double observedHigh, String verdict, String reason) {
        /** How it is used: calibration unless it says check (files before the field said nothing: calibration). */
        public boolean calibration() {
            return !"check".equals(use);
        }
    }

    /** A battle's set-up, for the charts and the report: sides, waves and rates. */
    @JsonPropertyOrder({"law", "days", "noise", "sides", "reinforcements", "rates"})
    public record Battle(String law, int days, double noise, List<Side> sides, List<Wave> reinforcements, List<Rate> rates) {
        public Battle {
            sides = sides == null ? List.of() : sides;
            reinforcements = reinforcements == null ? List.of() : reinforcements;
            rates = rates == null ? List.of() : rates;
        }

        @JsonPropertyOrder({"name", "strength", "effectiveness", "quality"})
        public record Side(String name, double strength, double effectiveness, double quality) {
        }

        @JsonPropertyOrder({"day", "side", "units"})
        public record Wave(double day, String side, double units) {
        }

        @JsonPropertyOrder({"side", "from", "to", "perDay"})
        public record Rate(String side, double from, double to, double perDay) {
        }
    }

    /**
     * The manifest of a run's folder ({@code brink run}, a wargame turn's run, each scenario of a comparison): theatre
     * runs have rungs, signals, domain units and the outcome catalogue, battles their set-up; targets where the
     * scenario has any.
     */
    @JsonPropertyOrder({"brink_version", "java_version", "command_line", "scenario", "base_seed", "seed_rule", "replications",
            "series_percentiles", "seeds", "days", "started", "finished", "files", "rungs", "signals", "domain_units", "outcomes",
            "battle", "targets"})
    public record Run(@JsonProperty("brink_version") String brinkVersion, @JsonProperty("java_version") String javaVersion,
                      @JsonProperty("command_line") List<String> commandLine, ScenarioInfo scenario, @JsonProperty("base_seed") long baseSeed,
                      @JsonProperty("seed_rule") String seedRule, Integer replications,
                      @JsonProperty("series_percentiles") String seriesPercentiles, List<String> seeds, Integer days, String started,
                      String finished, List<String> files, @JsonInclude(JsonInclude.Include.NON_NULL) List<String> rungs,
                      @JsonInclude(JsonInclude.Include.NON_NULL) List<String> signals,
                      @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("domain_units") Map<String, String> domainUnits,
                      @JsonInclude(JsonInclude.Include.NON_NULL) List<OutcomeEntry> outcomes,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Battle battle,
                      @JsonInclude(JsonInclude.Include.NON_NULL) List<TargetEntry> targets) implements Document {
        public Run {
            commandLine = orEmpty(commandLine);
            files = orEmpty(files);
            seeds = orEmpty(seeds);
        }
    }

    /** A scenario of a comparison: its label (its folder), file, content hash and title. */
    @JsonPropertyOrder({"label", "path", "sha256", "title"})
    public record Compared(String label, String path, String sha256, String title) {
    }

    /** The manifest of {@code brink compare}'s folder (each scenario's own run manifest is in its sub-folder). */
    @JsonPropertyOrder({"brink_version", "command_line", "scenarios", "reference", "base_seed", "seed_rule", "replications", "at_years",
            "started", "finished"})
    public record Compare(@JsonProperty("brink_version") String brinkVersion, @JsonProperty("command_line") List<String> commandLine,
                          List<Compared> scenarios, String reference, @JsonProperty("base_seed") long baseSeed,
                          @JsonProperty("seed_rule") String seedRule, int replications, @JsonProperty("at_years") List<Integer> atYears,
                          String started, String finished) implements Document {
        public Compare {
            commandLine = orEmpty(commandLine);
            scenarios = orEmpty(scenarios);
        }
    }

    /** The scenario a sweep or calibration varies (its settings are the base settings of every sample). */
    @JsonPropertyOrder({"name", "path", "sha256", "title", "years", "settings"})
    public record Varied(String name, String path, String sha256, String title, double years, List<String> settings) {
        public Varied {
            settings = orEmpty(settings);
        }
    }

    /** A sweep's design: its kind, the samples asked for and made, its seed. */
    @JsonPropertyOrder({"kind", "samples_option", "samples", "seed"})
    public record Design(String kind, @JsonProperty("samples_option") int samplesOption, int samples, long seed) {
    }

    /** A varied field: its path, distribution, range, whether whole numbers, and the scenario's own value (or null). */
    @JsonPropertyOrder({"path", "distribution", "range", "whole_numbers", "scenario_value"})
    public record Parameter(String path, String distribution, String range, @JsonProperty("whole_numbers") boolean wholeNumbers,
                            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("scenario_value") Double scenarioValue) {
        /** Peeled a whole level at a time by discover (whole numbers or levels). */
        public boolean discrete() {
            return wholeNumbers || "levels".equals(distribution);
        }
    }

    /** The manifest of a sweep's or calibration's folder. */
    @JsonPropertyOrder({"brink_version", "java_version", "command_line", "scenario", "design", "parameters", "replications", "base_seed",
            "seed_rule", "outcomes", "started", "finished", "files"})
    public record Sweep(@JsonProperty("brink_version") String brinkVersion, @JsonProperty("java_version") String javaVersion,
                        @JsonProperty("command_line") List<String> commandLine, Varied scenario, Design design, List<Parameter> parameters,
                        int replications, @JsonProperty("base_seed") long baseSeed, @JsonProperty("seed_rule") String seedRule,
                        List<String> outcomes, String started, String finished, List<String> files) implements Document {
        public Sweep {
            commandLine = orEmpty(commandLine);
            parameters = orEmpty(parameters);
            outcomes = orEmpty(outcomes);
            files = orEmpty(files);
        }
    }

    /** The manifest of {@code brink robust}'s folder: outcomes with their direction, and their units. */
    @JsonPropertyOrder({"brink_version", "command_line", "scenario", "base_seed", "seed_rule", "design", "futures", "replications",
            "policies", "uncertainties", "outcomes", "units", "thresholds", "started", "finished"})
    public record Robust(@JsonProperty("brink_version") String brinkVersion, @JsonProperty("command_line") List<String> commandLine,
                         String scenario, @JsonProperty("base_seed") long baseSeed, @JsonProperty("seed_rule") String seedRule,
                         String design, int futures, int replications, List<String> policies, List<String> uncertainties,
                         Map<String, String> outcomes, Map<String, String> units, List<String> thresholds, String started,
                         String finished) implements Document {
        public Robust {
            commandLine = orEmpty(commandLine);
            policies = orEmpty(policies);
            uncertainties = orEmpty(uncertainties);
            outcomes = outcomes == null ? Map.of() : outcomes;
            units = units == null ? Map.of() : units;
            thresholds = orEmpty(thresholds);
        }

        /** Whether an outcome is a probability (its regret then in percentage points). */
        public boolean probability(String outcome) {
            return "probability".equals(units.get(outcome));
        }
    }

    private static <T> List<T> orEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** A run's manifest from what produced it. */
    public static Run of(Content c) {
        ScenarioSpec.Info info = c.spec().info();
        ScenarioInfo scenario = new ScenarioInfo(c.scenarioName(), c.scenarioPath().toString(), c.scenarioSha256(), c.title(),
                List.copyOf(c.settings()), c.spec().years(), info.represents(), info.notice(), info.toTry(), info.sources());
        List<String> seeds = new ArrayList<>();
        for (long s : c.seeds()) {
            seeds.add(Long.toUnsignedString(s));
        }
        // how series.csv's percentiles were taken: a reader of a count's p05 = 0.054 learns here why it is not whole
        String percentiles = c.seeds().length <= brink.experiment.StreamingStatistics.PILOT
                ? "exact: linear interpolation between order statistics"
                : "binned: read off a histogram per cell (within one bin of the exact value; a count's percentile may be fractional)";
        List<String> rungs = null;
        List<String> signals = null;
        Map<String, String> units = null;
        List<OutcomeEntry> outcomes = null;
        if (c.shape() != null) {
            rungs = List.copyOf(c.shape().rungs());
            signals = c.spec().ladder().signals().stream().map(l -> l.name()).toList();
            units = new LinkedHashMap<>();
            for (Map.Entry<String, ScenarioSpec.DomainSpec> d : c.spec().domains().entrySet()) {
                units.put(d.getKey(), d.getValue().unit());
            }
            outcomes = c.shape().outcomes().stream().map(o -> new OutcomeEntry(o.name(), o.label(), o.unit().text(), o.headline(),
                    o.definition(), o.about().kind().text(), o.about().subject(), o.about().year(), o.about().month())).toList();
        }
        Battle battle = null;
        brink.scenario.BattleSpec b = c.spec().battle();
        if (b != null) {
            battle = new Battle(b.law().name().toLowerCase(java.util.Locale.ROOT), b.days(), b.noise(),
                    b.sides().stream().map(x -> new Battle.Side(x.name(), x.strength(), x.effectiveness(), x.quality())).toList(),
                    b.reinforcements().stream().map(r -> new Battle.Wave(r.day(), r.side(), r.units())).toList(),
                    b.rates().stream().map(r -> new Battle.Rate(r.side(), r.from(), r.to(), r.perDay())).toList());
        }
        List<TargetEntry> targets = c.targets() == null ? null : c.targets().stream().map(t -> new TargetEntry(t.id(), t.use().text(),
                t.against().text(), t.what(), t.note(), t.period(), t.source(), finite(t.mean()), finite(t.meanLow()), finite(t.meanHigh()),
                finite(t.low()), finite(t.high()), t.observedLow(), t.observedHigh(), t.verdict().text(), t.reason())).toList();
        return new Run(version(), System.getProperty("java.version"), List.copyOf(c.commandLine()), scenario, c.baseSeed(), c.seedRule(),
                c.seeds().length, percentiles, seeds, c.days(), c.started().toString(), c.finished().toString(), List.copyOf(c.files()),
                rungs, signals, units, outcomes, battle, targets);
    }

    public static void write(Path file, Content c) throws IOException {
        write(file, of(c));
    }

    /** Writes any of the four manifests (Run, Compare, Sweep, Robust) as manifest.json is written everywhere. */
    public static void write(Path file, Document manifest) throws IOException {
        JSON.writeValue(file.toFile(), manifest);
    }

    /** A run folder's manifest.json (an older one reads too: what it lacks is null or empty). */
    public static Run readRun(Path file, Path shown) throws IOException {
        return read(file, shown, Run.class);
    }

    public static Compare readCompare(Path file, Path shown) throws IOException {
        return read(file, shown, Compare.class);
    }

    public static Sweep readSweep(Path file, Path shown) throws IOException {
        return read(file, shown, Sweep.class);
    }

    public static Robust readRobust(Path file, Path shown) throws IOException {
        return read(file, shown, Robust.class);
    }

    /**
     * Reads a manifest of the given kind from {@code file}, naming it {@code shown} (the folder's own path, where a staged
     * copy is read) in what it says about a damaged one: where its JSON breaks, or which field holds what it cannot.
     */
    private static <T> T read(Path file, Path shown, Class<T> kind) throws IOException {
        try {
            T t = READ.readValue(file.toFile(), kind);
            if (t == null) {
                throw new Unreadable(shown + " is empty: it is not a manifest.json Brink writes");
            }
            return t;
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            throw new Unreadable(shown + " is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("its top level");
            throw new Unreadable(shown + " is not a manifest.json Brink writes: " + field + " holds something else (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        }
    }

    /** A manifest.json that is missing, damaged or of another shape: its message names the file and what is wrong. */
    public static final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }
}
