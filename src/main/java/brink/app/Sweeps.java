package brink.app;

import brink.analysis.Design;
import brink.analysis.Indices;
import brink.analysis.Parameter;
import brink.analysis.SampleResult;
import brink.analysis.SampleRunner;
import brink.output.Manifest;
import brink.output.OutputFolder;
import brink.output.SweepOutputs;
import brink.experiment.Outcome;
import brink.experiment.Replication;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.Suggestion;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A sweep: a design over the varied fields, each sample the scenario with the sample's values run for its replications
 * with the same seeds in every sample, and, for a Sobol or Morris design, each outcome's sensitivity indices. {@code brink
 * sweep} and the Java API ({@link Study#sweep}) run through here; its files are written only when asked ({@link #write}).
 */
public final class Sweeps {
    private Sweeps() {
    }

    /** The samples in design order, and the indices of a Sobol or Morris design (empty for the others). */
    public record Result(List<Parameter> parameters, List<String> outcomes, Design.Plan plan, List<SampleResult> samples,
                         Map<String, List<Indices.Sobol>> sobol, Map<String, List<Indices.Morris>> morris) {
        public Result {
            parameters = List.copyOf(parameters);
            outcomes = List.copyOf(outcomes);
            samples = List.copyOf(samples);
            sobol = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sobol));
            morris = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(morris));
        }

        /** An outcome's mean in each sample, in design order. */
        public double[] means(String outcome) {
            int j = outcomes.indexOf(outcome);
            if (j < 0) {
                throw new IllegalArgumentException("no outcome " + outcome + " in this sweep (its outcomes: " + outcomes + ")");
            }
            return samples.stream().mapToDouble(s -> s.mean()[j]).toArray();
        }
    }

    /** The indices of a Sobol or Morris design from its samples' means (bootstrap and trajectories seeded by {@code seed}). */
    public static Result analyse(List<Parameter> parameters, List<String> outcomes, Design.Plan plan, List<SampleResult> samples, long seed) {
        Map<String, List<Indices.Sobol>> sobol = new LinkedHashMap<>();
        Map<String, List<Indices.Morris>> morris = new LinkedHashMap<>();
        if (plan.kind() == Design.Kind.SOBOL || plan.kind() == Design.Kind.MORRIS) {
            for (int j = 0; j < outcomes.size(); j++) {
                double[] y = new double[samples.size()];
                for (int i = 0; i < y.length; i++) {
                    y[i] = samples.get(i).mean()[j];
                }
                if (plan.kind() == Design.Kind.SOBOL) {
                    sobol.put(outcomes.get(j), Indices.sobol(plan, y, seed));
                } else {
                    morris.put(outcomes.get(j), Indices.morris(plan, y, seed));
                }
            }
        }
        return new Result(parameters, outcomes, plan, samples, sobol, morris);
    }

    /** What produced a sweep, for its manifest: the command, the scenario, the samples asked for, replications, seed, start. */
    public record Provenance(List<String> commandLine, Scenario scenario, int samplesAsked, int replications, long seed, Instant started) {
    }

    /** Writes samples.csv, sensitivity.csv (a Sobol or Morris design) and manifest.json into the folder, uncommitted. */
    public static List<String> write(OutputFolder folder, Result r, Provenance how) throws IOException {
        List<String> files = new ArrayList<>(List.of("samples.csv", "manifest.json"));
        SweepOutputs.samples(folder.file("samples.csv"), r.parameters(), r.outcomes(), r.samples());
        if (r.plan().kind() == Design.Kind.SOBOL) {
            SweepOutputs.sobol(folder.file("sensitivity.csv"), r.parameters(), r.sobol());
            files.add("sensitivity.csv");
        } else if (r.plan().kind() == Design.Kind.MORRIS) {
            SweepOutputs.morris(folder.file("sensitivity.csv"), r.parameters(), r.morris());
            files.add("sensitivity.csv");
        }
        manifest(folder.file("manifest.json"), how, r.parameters(), r.plan().kind(), r.plan().size(), r.outcomes(), files);
        return files;
    }

    /** A sweep's or calibration's manifest.json ({@code outcomes}: the outcomes recorded, or a calibration's targets). */
    public static void manifest(Path file, Provenance how, List<Parameter> ps, Design.Kind kind, int size, List<String> outcomes,
                                List<String> files) throws IOException {
        Scenario base = how.scenario();
        Manifest.Varied scenario = new Manifest.Varied(base.name(), base.file().toString(), base.sha256(), base.spec().info().title(),
                base.spec().years(), List.copyOf(base.settings()));
        // where the scenario itself stands, for discover to place it against a box
        List<Manifest.Parameter> parameters = ps.stream().map(p -> new Manifest.Parameter(p.path(),
                p.scale().name().toLowerCase(Locale.ROOT).replace('_', '-'), p.range(), p.whole(), scenarioValue(base, p.path()))).toList();
        Manifest.write(file, new Manifest.Sweep(Manifest.version(), System.getProperty("java.version"), List.copyOf(how.commandLine()),
                scenario, new Manifest.Design(kind.name().toLowerCase(Locale.ROOT), how.samplesAsked(), size, how.seed()), parameters,
                how.replications(), how.seed(), Manifest.SEED_RULE + "; the same seeds in every sample (common random numbers)",
                List.copyOf(outcomes), how.started().toString(), Instant.now().toString(), List.copyOf(files)));
    }

    /**
     * The scenario's own value of a swept field, read from its resolved content by the field's path (a declared scale
     * lever stands at 1); null where the path names no number (a lever that sets or switches, a field left to its default).
     */
    static Double scenarioValue(Scenario base, String path) {
        try {
            com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(base.resolvedJson());
            if (!path.contains(".") && node.path("levers").has(path)) {
                return node.path("levers").path(path).has("scale") ? 1.0 : null;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Za-z0-9_+-]+)|\\[(\\d+)\\]").matcher(path);
            while (m.find() && node != null) {
                node = m.group(1) != null ? node.get(m.group(1)) : node.get(Integer.parseInt(m.group(2)));
            }
            return node != null && node.isNumber() ? node.asDouble() : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Where each field's range is tried before the sweep starts: both ends and a point inside. */
    private static final double[] PROBES = {0, 0.37, 1};

    /** The --vary arguments as parameters; a malformed one is a user error naming it. */
    public static List<Parameter> parameters(List<String> vary) {
        List<Parameter> out = new ArrayList<>();
        for (String v : vary == null ? List.<String>of() : vary) {
            try {
                out.add(Parameter.parse(v));
            } catch (IllegalArgumentException e) {
                throw new Refused(e.getMessage());
            }
        }
        if (out.stream().map(Parameter::path).distinct().count() < out.size()) {
            throw new Refused("--vary names the same field twice");
        }
        return out;
    }

    /** The requested outcomes, checked against the catalogue (with a suggestion for a typo); default the headlines. */
    public static List<String> outcomes(Scenario base, List<String> requested) {
        List<Outcome> catalogue = Replication.catalogue(base);
        if (requested == null || requested.isEmpty()) {
            return catalogue.stream().filter(Outcome::headline).map(Outcome::name).toList();
        }
        List<String> names = catalogue.stream().map(Outcome::name).toList();
        List<String> out = new ArrayList<>();
        for (String r : requested) {
            String n = r.trim();
            if (!names.contains(n)) {
                String near = Suggestion.closest(n, names);
                throw new Refused("--outcomes: no outcome named '" + n + "'" + (near != null ? ", did you mean '" + near + "'?" : "")
                        + " (the catalogue: docs/GUIDE.md, Outcomes; manifest.json of any run lists them)");
            }
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Tries each varied field at both ends of its range and inside it, the others as the file says: a range the
     * scenario format refuses is reported before any sample runs (null after the message). A field that takes whole
     * numbers only (refused at a fraction, accepted rounded) is swept over whole numbers.
     */
    /** A varied field's range the scenario cannot take: what is wrong, and the scenario's problems there (or null). */
    public static final class RangeRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ScenarioException problems;

        RangeRefused(String message, ScenarioException problems) {
            super(message);
            this.problems = problems;
        }

        public ScenarioException problems() {
            return problems;
        }
    }

    /** Each parameter named in messages as {@code origin} gives it (an option, or an experiment file's line). */
    public static List<Parameter> checkRanges(Scenario base, SampleRunner runner, java.util.function.Function<Parameter, String> origin) {
        List<Parameter> checked = new ArrayList<>();
        for (Parameter p : runner.parameters()) {
            com.fasterxml.jackson.databind.JsonNode now = base.valueAt(p.path());
            if (!base.spec().levers().containsKey(p.path()) && !now.isMissingNode() && !now.isNumber()) {
                throw new RangeRefused(origin.apply(p) + ": " + p.path() + " is " + (now.isValueNode() ? "'" + now.asText() + "'" : "not a "
                        + "single value") + " in this scenario, not a number: sweeps vary numeric fields and declared levers", null);
            }
            Parameter current = p;
            for (double u : PROBES) {
                double value = current.value(u);
                ScenarioException refused = tryLoad(runner, p.path(), value);
                if (refused != null && !current.whole() && value != Math.rint(value)
                        && tryLoad(runner, p.path(), Math.rint(value)) == null) {
                    current = current.wholeNumbers();
                    refused = null;
                }
                if (refused != null) {
                    throw new RangeRefused(origin.apply(p) + " cannot be swept: at " + Parameter.fmt(value) + " the scenario is refused:", refused);
                }
            }
            checked.add(current);
        }
        return checked;
    }

    private static ScenarioException tryLoad(SampleRunner runner, String path, double value) {
        try {
            runner.scenarioWith(path, value);
            return null;
        } catch (ScenarioException e) {
            return e;
        }
    }

    /** Names this sweep exactly, so that --resume never continues another one. */
    public static String fingerprint(Scenario base, List<Parameter> ps, Design.Kind kind, int n, int reps, long seed, List<String> outcomes) {
        String text = String.join("|", base.sha256(), ps.toString(), kind.name(), String.valueOf(n), String.valueOf(reps),
                String.valueOf(seed), String.join(",", outcomes), Manifest.version());
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(md.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
