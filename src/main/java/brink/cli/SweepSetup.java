package brink.cli;

import brink.analysis.Design;
import brink.analysis.Indices;
import brink.analysis.Parameter;
import brink.analysis.SampleRunner;
import brink.experiment.Outcome;
import brink.experiment.Replication;
import brink.output.Manifest;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.Suggestion;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a sweep checks before it starts, and what it writes about itself (manifest, summary). */
final class SweepSetup {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Where each field's range is tried before the sweep starts: both ends and a point inside. */
    private static final double[] PROBES = {0, 0.37, 1};

    private SweepSetup() {
    }

    /** The --vary arguments as parameters; a malformed one is a user error naming it. */
    static List<Parameter> parameters(List<String> vary) {
        List<Parameter> out = new ArrayList<>();
        for (String v : vary == null ? List.<String>of() : vary) {
            try {
                out.add(Parameter.parse(v));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        if (out.stream().map(Parameter::path).distinct().count() < out.size()) {
            throw new UserError("--vary names the same field twice");
        }
        return out;
    }

    /** The scenario's outcome catalogue. */
    static List<Outcome> catalogue(Scenario s) {
        return Replication.catalogue(s);
    }

    /** The requested outcomes, checked against the catalogue (with a suggestion for a typo); default the headlines. */
    static List<String> outcomes(Scenario base, List<String> requested) {
        List<Outcome> catalogue = catalogue(base);
        if (requested == null || requested.isEmpty()) {
            return catalogue.stream().filter(Outcome::headline).map(Outcome::name).toList();
        }
        List<String> names = catalogue.stream().map(Outcome::name).toList();
        List<String> out = new ArrayList<>();
        for (String r : requested) {
            String n = r.trim();
            if (!names.contains(n)) {
                String near = Suggestion.closest(n, names);
                throw new UserError("--outcomes: no outcome named '" + n + "'" + (near != null ? ", did you mean '" + near + "'?" : "")
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
    static List<Parameter> checkRanges(Scenario base, SampleRunner runner, PrintWriter err) {
        return checkRanges(base, runner, err, p -> "--vary " + p);
    }

    /** The same, each parameter named in messages as {@code origin} gives it (an option, or an experiment file's line). */
    static List<Parameter> checkRanges(Scenario base, SampleRunner runner, PrintWriter err,
                                       java.util.function.Function<Parameter, String> origin) {
        List<Parameter> checked = new ArrayList<>();
        for (Parameter p : runner.parameters()) {
            com.fasterxml.jackson.databind.JsonNode now = base.valueAt(p.path());
            if (!base.spec().levers().containsKey(p.path()) && !now.isMissingNode() && !now.isNumber()) {
                err.println("brink: " + origin.apply(p) + ": " + p.path() + " is " + (now.isValueNode() ? "'" + now.asText() + "'" : "not a "
                        + "single value") + " in this scenario, not a number: sweeps vary numeric fields and declared levers");
                return null;
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
                    err.println("brink: " + origin.apply(p) + " cannot be swept: at " + Parameter.fmt(value) + " the scenario is refused:");
                    Scenarios.printProblems(refused, err);
                    return null;
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
    static String fingerprint(Scenario base, List<Parameter> ps, Design.Kind kind, int n, int reps, long seed, List<String> outcomes) {
        String text = String.join("|", base.sha256(), ps.toString(), kind.name(), String.valueOf(n), String.valueOf(reps),
                String.valueOf(seed), String.join(",", outcomes), Manifest.version());
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(md.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the Sobol intervals do and do not include, said wherever they are shown. */
    static final String SOBOL_CAVEAT = "Note: the intervals are a bootstrap over the design's samples; they do not include the "
            + "replication noise in each sample's outcome mean. With few --reps that noise can move an index more than its interval "
            + "says: rerun with another --seed (or more --reps) and see whether the ranking holds.";
    static final String OUTSIDE = "An index below 0 or above 1 is not a share of variance: it is estimation noise (too few "
            + "--samples or --reps for that field); read it as about 0 (or about 1) and widen the sweep.";

    static boolean outside(Indices.Sobol s) {
        return s.st() < 0 || s.st() > 1 || s.s1() < 0 || s.s1() > 1;
    }

    /** For each outcome, the fields ranked by their total (Sobol) or mu* (Morris) index. */
    static void printSummary(PrintWriter out, List<Parameter> ps, List<String> outcomes, Map<String, List<Indices.Sobol>> sobol,
                             Map<String, List<Indices.Morris>> morris) {
        if (!sobol.isEmpty()) {
            out.println("Which field matters (Sobol total index ST [95 % interval], first-order S1):");
            sobol.forEach((o, list) -> {
                out.println("  " + o + ":");
                list.stream().sorted(Comparator.comparingDouble(Indices.Sobol::st).reversed()).forEach(s -> out.printf(Locale.ROOT,
                        "    %-40s ST %.2f [%.2f, %.2f]  S1 %.2f%s%n", ps.get(s.parameter()).path(), s.st(), s.stLow(), s.stHigh(), s.s1(),
                        outside(s) ? "  (outside 0-1: estimation noise, see below)" : ""));
            });
            out.println(SOBOL_CAVEAT);
            if (sobol.values().stream().flatMap(List::stream).anyMatch(SweepSetup::outside)) {
                out.println(OUTSIDE);
            }
        }
        if (!morris.isEmpty()) {
            out.println("Which field matters (Morris mu* [95 % interval], sigma):");
            morris.forEach((o, list) -> {
                out.println("  " + o + ":");
                list.stream().sorted(Comparator.comparingDouble(Indices.Morris::muStar).reversed()).forEach(m -> out.printf(Locale.ROOT,
                        "    %-40s mu* %.3g [%.3g, %.3g]  sigma %.3g%n", ps.get(m.parameter()).path(), m.muStar(), m.muStarLow(),
                        m.muStarHigh(), m.sigma()));
            });
        }
    }
}
