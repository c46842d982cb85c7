package brink.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    public record Content(List<String> commandLine, String scenarioName, Path scenarioPath, String scenarioSha256,
                          String title, long baseSeed, String seedRule, long[] seeds, int days, Instant started,
                          Instant finished, List<String> files, List<String> rungs, ScenarioSpec.Info info) {
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
        if (c.info() != null) {
            scenario.put("represents", c.info().represents());
            scenario.put("notice", c.info().notice());
            scenario.put("try", c.info().toTry());
            ArrayNode sources = scenario.putArray("sources");
            c.info().sources().forEach(sources::add);
        }
        root.put("base_seed", c.baseSeed());
        root.put("seed_rule", c.seedRule());
        root.put("replications", c.seeds().length);
        ArrayNode seeds = root.putArray("seeds");
        for (long s : c.seeds()) {
            seeds.add(Long.toUnsignedString(s));
        }
        root.put("days", c.days());
        root.put("started", c.started().toString());
        root.put("finished", c.finished().toString());
        ArrayNode files = root.putArray("files");
        c.files().forEach(files::add);
        if (c.rungs() != null) {
            ArrayNode rungs = root.putArray("rungs");
            c.rungs().forEach(rungs::add);
        }
        JSON.writeValue(file.toFile(), root);
    }
}
