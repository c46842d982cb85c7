package brink.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import brink.experiment.Outcome;
import brink.experiment.RunShape;
import brink.scenario.ScenarioSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** manifest.json: what produced an output folder, so that anyone can reproduce it. */
public final class Manifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
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

    private static void number(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.putNull(key);
        }
    }

    /** A battle's set-up, for the charts and the report: sides, waves and rates. */
    private static void battle(ObjectNode n, brink.scenario.BattleSpec b) {
        n.put("law", b.law().name().toLowerCase(java.util.Locale.ROOT));
        n.put("days", b.days());
        n.put("noise", b.noise());
        ArrayNode sides = n.putArray("sides");
        b.sides().forEach(s -> sides.addObject().put("name", s.name()).put("strength", s.strength())
                .put("effectiveness", s.effectiveness()).put("quality", s.quality()));
        ArrayNode waves = n.putArray("reinforcements");
        b.reinforcements().forEach(r -> waves.addObject().put("day", r.day()).put("side", r.side()).put("units", r.units()));
        ArrayNode rates = n.putArray("rates");
        b.rates().forEach(r -> rates.addObject().put("side", r.side()).put("from", r.from()).put("to", r.to())
                .put("perDay", r.perDay()));
    }

    public static void write(Path file, Content c) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("brink_version", version());
        root.put("java_version", System.getProperty("java.version"));
        ArrayNode cmd = root.putArray("command_line");
        c.commandLine().forEach(cmd::add);
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("name", c.scenarioName());
        scenario.put("path", c.scenarioPath().toString());
        scenario.put("sha256", c.scenarioSha256());
        scenario.put("title", c.title());
        ArrayNode set = scenario.putArray("settings");
        c.settings().forEach(set::add);
        ScenarioSpec.Info info = c.spec().info();
        scenario.put("years", c.spec().years());
        scenario.put("represents", info.represents());
        scenario.put("notice", info.notice());
        scenario.put("try", info.toTry());
        ArrayNode sources = scenario.putArray("sources");
        info.sources().forEach(sources::add);
        root.put("base_seed", c.baseSeed());
        root.put("seed_rule", c.seedRule());
        root.put("replications", c.seeds().length);
        // how series.csv's percentiles were taken: a reader of a count's p05 = 0.054 learns here why it is not whole
        root.put("series_percentiles", c.seeds().length <= brink.experiment.StreamingStatistics.PILOT
                ? "exact: linear interpolation between order statistics"
                : "binned: read off a histogram per cell (within one bin of the exact value; a count's percentile may be fractional)");
        ArrayNode seeds = root.putArray("seeds");
        for (long s : c.seeds()) {
            seeds.add(Long.toUnsignedString(s));
        }
        root.put("days", c.days());
        root.put("started", c.started().toString());
        root.put("finished", c.finished().toString());
        ArrayNode files = root.putArray("files");
        c.files().forEach(files::add);
        if (c.shape() != null) {
            ArrayNode rungs = root.putArray("rungs");
            c.shape().rungs().forEach(rungs::add);
            ArrayNode signals = root.putArray("signals");
            c.spec().ladder().signals().forEach(l -> signals.add(l.name()));
            ObjectNode units = root.putObject("domain_units");
            c.spec().domains().forEach((d, spec) -> units.put(d, spec.unit()));
            ArrayNode outcomes = root.putArray("outcomes");
            for (Outcome o : c.shape().outcomes()) {
                ObjectNode n = outcomes.addObject();
                n.put("name", o.name());
                n.put("label", o.label());
                n.put("unit", o.unit().text());
                n.put("headline", o.headline());
                n.put("definition", o.definition());
                n.put("kind", o.about().kind().text());
                n.put("subject", o.about().subject());
                n.put("year", o.about().year());
                n.put("month", o.about().month());
            }
        }
        if (c.spec().battle() != null) {
            battle(root.putObject("battle"), c.spec().battle());
        }
        if (c.targets() != null) {
            ArrayNode targets = root.putArray("targets");
            for (brink.experiment.Targets.Result t : c.targets()) {
                ObjectNode n = targets.addObject();
                n.put("id", t.id());
                n.put("use", t.use().text());
                n.put("against", t.against().text());
                n.put("checks", t.what());
                n.put("note", t.note());
                n.put("period", t.period());
                n.put("source", t.source());
                number(n, "model_mean", t.mean());
                number(n, "model_mean_ci95_low", t.meanLow());
                number(n, "model_mean_ci95_high", t.meanHigh());
                number(n, "model_p05", t.low());
                number(n, "model_p95", t.high());
                n.put("observed_low", t.observedLow());
                n.put("observed_high", t.observedHigh());
                n.put("verdict", t.verdict().text());
                n.put("reason", t.reason());
            }
        }
        JSON.writeValue(file.toFile(), root);
    }
}
