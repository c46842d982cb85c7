package brink.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The one door scenarios come in by: read, resolve {@code extends}, check shape, bind with Jackson into
 * immutable records, check meaning. Either a valid {@link Scenario} or every problem found.
 */
public final class ScenarioLoader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    /** Writes a content as it was written: for reading it back (samples of a sweep, a wargame's scenario). */
    private static final ObjectMapper ORDERED = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private ScenarioLoader() {
    }

    /** Loads a scenario whose {@code extends} chain stays inside the scenario's own folder tree. */
    public static Scenario load(Path file) throws ScenarioException {
        return load(file, false);
    }

    /** @param extendsAnywhere let {@code extends} name files outside the scenario's folder (the user asked for it) */
    public static Scenario load(Path file, boolean extendsAnywhere) throws ScenarioException {
        return load(file, extendsAnywhere, List.of());
    }

    /** The same with {@code --set} overrides applied to the resolved content before any check. */
    public static Scenario load(Path file, boolean extendsAnywhere, List<Setting> settings) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        String shown = file.toString();
        Node root;
        try {
            root = new Inheritance(problems, extendsAnywhere).resolve(file, shown, null);
        } catch (IOException e) {
            problems.add(new Problem(new Location(shown, 0, 0), "", "cannot be read: " + e.getMessage(),
                    "a readable scenario file"));
            throw new ScenarioException(problems);
        }
        if (root == null || !problems.isEmpty()) {
            throw new ScenarioException(sorted(problems));
        }
        return finish(nameOf(file), file, shown, root, settings.stream().map(Setting::text).toList(), settings, problems, true);
    }

    /**
     * A scenario from another's resolved content ({@link Scenario#resolvedJson()}: extends and its settings already
     * applied) with more settings: how a sample of a sweep is made, on this machine or on a cluster's executor, where
     * the scenario's files need not exist.
     */
    public static Scenario fromResolved(Scenario base, List<Setting> more) throws ScenarioException {
        return fromResolved(base.name(), base.file(), base.resolvedJson(), base.settings(), more);
    }

    /** The same from the parts of a scenario a work unit carries to another machine. */
    public static Scenario fromResolved(String name, Path file, String resolvedJson, List<String> baseSettings, List<Setting> more)
            throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        String shown = file + " (resolved)";
        Node root;
        try {
            root = YamlReader.readText(resolvedJson, shown, problems);
        } catch (IOException e) {
            throw new IllegalStateException("a resolved scenario could not be read back: " + e.getMessage(), e);
        }
        if (root == null || !problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        List<String> texts = new ArrayList<>(baseSettings);
        more.forEach(s -> texts.add(s.text()));
        // made from a content already checked at the door: its targets are checked again only where a setting changes them
        // (a sweep's sample or a wargame's turn sets numbers elsewhere; the catalogue costs a world built per sample)
        return finish(name, file, shown, root, texts, more, problems, more.stream().anyMatch(m -> m.path().startsWith("targets")));
    }

    /**
     * A scenario rebuilt on another machine (a Spark executor) from what was resolved and checked here: checked again
     * over the longest horizon, then cut to its own (a {@code --years} cut may have left dated entries after its end, as
     * {@code brink run} allows), so that it is the same content, hash for hash ({@code sha256} is checked).
     */
    public static Scenario copy(String name, Path file, String resolvedJson, List<String> settings, String sha256) throws ScenarioException {
        double years;
        try {
            years = ORDERED.readTree(resolvedJson).path("years").asDouble(10);
        } catch (IOException e) {
            throw new IllegalStateException("a resolved scenario could not be read back: " + e.getMessage(), e);
        }
        Scenario s = fromResolved(name, file, withYears(resolvedJson, 100), settings, List.of()).withYears(years);
        if (!s.sha256().equals(sha256)) {
            throw new IllegalStateException("the copy of " + name + " is not the scenario sent (" + s.sha256() + ", not " + sha256 + ")");
        }
        return s;
    }

    private static Scenario finish(String name, Path file, String shown, Node root, List<String> settingTexts, List<Setting> settings,
                                   List<Problem> problems, boolean checkTargets) throws ScenarioException {
        root = Settings.apply(root, settings, problems);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Levers.check(root, problems);
        new Shape(problems).check(root, ScenarioSpec.class, "", null);
        if (!problems.isEmpty()) {
            throw new ScenarioException(sorted(problems));
        }
        JsonNode json = Trees.toJson(root);
        ScenarioSpec spec;
        try {
            spec = MAPPER.treeToValue(json, ScenarioSpec.class);
        } catch (IOException e) {
            // The shape check above mirrors the records, so this would be a bug of ours, not the user's.
            throw new IllegalStateException("scenario passed the shape check but could not be bound: " + e.getMessage(), e);
        }
        Map<String, Location> where = Trees.index(root);
        new Validator(spec, where, shown, problems).validate();
        if (!problems.isEmpty()) {
            throw new ScenarioException(sorted(problems));
        }
        // the content in the file's order (an event's place decides the order of same-day events), hashed in key order
        Scenario s = new Scenario(name, file, sha256(canonicalJson(json)), orderedJson(json), spec, Map.copyOf(where),
                List.copyOf(settingTexts));
        for (ScenarioCheck check : checkTargets ? CHECKS : List.<ScenarioCheck>of()) {
            problems.addAll(check.problems(s));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(sorted(problems));
        }
        return s;
    }

    /** The checks the layers above register (the target names against the outcome catalogue): see {@link ScenarioCheck}. */
    private static final List<ScenarioCheck> CHECKS = java.util.ServiceLoader.load(ScenarioCheck.class, ScenarioLoader.class.getClassLoader())
            .stream().map(java.util.ServiceLoader.Provider::get).toList();

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Shape.byPlace());
        return out;
    }

    /**
     * The scenario's name: its file name without the extension, in the id alphabet (other characters become '_'),
     * so that it can name output folders and files safely; "scenario" if nothing is left.
     */
    public static String nameOf(Path file) {
        Path last = file.getFileName();
        String n = last == null ? "" : last.toString();
        int dot = n.lastIndexOf('.');
        n = dot > 0 ? n.substring(0, dot) : n;
        n = n.replaceAll("[^A-Za-z0-9_+-]", "_");
        n = n.replaceAll("^[^A-Za-z0-9]+", "");
        n = n.length() > 64 ? n.substring(0, 64) : n;
        return n.isEmpty() ? "scenario" : n;
    }

    private static String canonicalJson(JsonNode json) {
        try {
            Object plain = MAPPER.treeToValue(json, Object.class);
            return MAPPER.writeValueAsString(plain);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String orderedJson(JsonNode json) {
        try {
            return ORDERED.writeValueAsString(ORDERED.treeToValue(json, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content (in the file's order) with its horizon replaced. */
    static String withYears(String ordered, double years) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) ORDERED.readTree(ordered);
            root.put("years", years);
            return ORDERED.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 of a content, taken over its keys in order: the same content hashes the same whatever its order. */
    static String hashOf(String json) {
        try {
            return sha256(canonicalJson(MAPPER.readTree(json)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
