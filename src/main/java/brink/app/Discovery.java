package brink.app;

import brink.analysis.Prim;
import brink.output.Csv;
import brink.output.SweepRecord;
import brink.scenario.Suggestion;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Scenario discovery (brink discover) as a service: the space searched (a sweep's samples, or a robust run's futures for
 * one policy), the condition that marks the samples of interest, PRIM's boxes, and the two files written.
 */
public final class Discovery {
    private static final Pattern CONDITION = Pattern.compile("\\s*([A-Za-z0-9_+{}-]+)\\s*(>=|<=|>|<)\\s*([-+0-9.eE]+)\\s*");

    private Discovery() {
    }

    /**
     * What PRIM searches: the fields and their values per sample, which fields are discrete, each outcome's value per
     * sample, the scenario's own value of each field where known (null otherwise), and what the samples are.
     */
    public record Space(Path dir, List<String> parameters, double[][] x, boolean[] discrete, Map<String, double[]> outcomes,
                        Double[] scenarioValues, String scenario, boolean robust, String policy) {
    }

    /** The condition, parsed: the samples whose outcome compares so with the value. */
    public record Condition(String outcome, String op, double value, String text) {
        boolean holds(double v) {
            return switch (op) {
                case ">" -> v > value;
                case ">=" -> v >= value;
                case "<" -> v < value;
                default -> v <= value;
            };
        }
    }

    /** PRIM's answer: the boxes found (one per covering step), how many samples meet the condition, resampling shares. */
    public record Found(Condition condition, List<Prim.Result> boxes, int asked, int cases, int samples, double[] resampled,
                        int resamples, long seed) {
    }

    /** The space of {@code dir}: a sweep's folder, or a robust run's for {@code policy} (required there). */
    public static Space read(Path dir, String policy) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new Refused("no folder at " + dir + " (give the output folder of a brink sweep or brink robust)");
        }
        boolean robust = Files.isRegularFile(dir.resolve("regret.csv")) && Files.isRegularFile(dir.resolve("futures.csv"));
        if (robust) {
            brink.output.Manifest.Robust manifest = manifest(dir);
            if (policy == null) {
                throw new Refused(dir + " is a brink robust folder: --policy names the policy whose futures are searched (one of "
                        + String.join("; ", manifest.policies()) + ")");
            }
            return robust(dir, manifest, policy);
        }
        if (policy != null) {
            throw new Refused("--policy is for a brink robust folder; " + dir + " is not one (no regret.csv and futures.csv)");
        }
        SweepRecord sweep;
        try {
            sweep = SweepRecord.read(dir);
        } catch (IOException e) {
            throw new Refused("cannot discover from " + dir + ": " + e.getMessage());
        }
        int k = sweep.parameters().size();
        boolean[] discrete = new boolean[k];
        Double[] own = new Double[k];
        for (int j = 0; j < k; j++) {
            brink.output.Manifest.Parameter p = sweep.manifest().parameters().get(j);
            discrete[j] = p.discrete();
            own[j] = p.scenarioValue();
        }
        Map<String, double[]> outcomes = new LinkedHashMap<>();
        for (String o : sweep.outcomes()) {
            outcomes.put(o, sweep.column(o));
        }
        return new Space(dir, sweep.parameters(), sweep.parameterValues(), discrete, outcomes, own,
                sweep.manifest().scenario() == null ? "" : sweep.manifest().scenario().name(), false, null);
    }

    /** A robust folder's manifest.json, read once; missing or damaged, it is named with what is wrong. */
    private static brink.output.Manifest.Robust manifest(Path dir) {
        Path f = dir.resolve("manifest.json");
        if (!Files.isRegularFile(f)) {
            throw new Refused(dir + " has regret.csv and futures.csv but no manifest.json: is it the output folder of brink robust?");
        }
        try {
            return brink.output.Manifest.readRobust(f, f);
        } catch (brink.output.Manifest.Unreadable e) {
            throw new Refused(e.getMessage() + ": is it the output folder of brink robust?");
        } catch (IOException e) {
            throw new Refused("cannot read " + f + ": " + e.getMessage());
        }
    }


    private static List<CSVRecord> csv(Path f) throws IOException {
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return p.getRecords();
        }
    }

    private static Space robust(Path dir, brink.output.Manifest.Robust m, String policy) throws IOException {
        List<String> policies = m.policies();
        if (!policies.contains(policy)) {
            String near = Suggestion.closest(policy, policies);
            throw new Refused("--policy \"" + policy + "\": no such policy in " + dir + (near != null ? ", did you mean \"" + near + "\"?"
                    : "") + " (its policies: " + String.join("; ", policies) + ")");
        }
        List<String> header;
        try (Reader in = Files.newBufferedReader(dir.resolve("futures.csv"), StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            header = p.getHeaderNames();
        }
        List<String> parameters = header.subList(1, header.size());
        List<CSVRecord> futures = csv(dir.resolve("futures.csv"));
        int n = futures.size();
        double[][] x = new double[n][parameters.size()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < parameters.size(); j++) {
                x[i][j] = number(futures.get(i).get(j + 1), dir.resolve("futures.csv"), i + 2);
            }
        }
        Map<String, double[]> outcomes = new LinkedHashMap<>();
        for (CSVRecord r : csv(dir.resolve("regret.csv"))) {
            if (!r.get("policy").equals(policy)) {
                continue;
            }
            int f = (int) number(r.get("future"), dir.resolve("regret.csv"), (int) r.getRecordNumber() + 1);
            if (f < 0 || f >= n) {
                throw new Refused(dir.resolve("regret.csv") + ":" + (r.getRecordNumber() + 1) + ": future " + f + " is not in futures.csv");
            }
            outcomes.computeIfAbsent(r.get("outcome"), o -> new double[n])[f] = number(r.get("value"), dir.resolve("regret.csv"),
                    (int) r.getRecordNumber() + 1);
            outcomes.computeIfAbsent("regret_" + r.get("outcome"), o -> new double[n])[f] = number(r.get("regret"),
                    dir.resolve("regret.csv"), (int) r.getRecordNumber() + 1);
        }
        return new Space(dir, List.copyOf(parameters), x, new boolean[parameters.size()], outcomes, new Double[parameters.size()],
                java.util.Objects.toString(m.scenario(), ""), true, policy);
    }

    private static double number(String s, Path file, int line) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new Refused(file + ":" + line + ": '" + s + "' is not a number");
        }
    }

    /** The condition of {@code where} on the space's outcomes. */
    public static Condition condition(String where, Space space) {
        Matcher m = CONDITION.matcher(where);
        if (!m.matches()) {
            throw new Refused("--where \"" + where + "\": expected OUTCOME > VALUE (or >=, <, <=), e.g. \"any_war > 0.05\"");
        }
        double value;
        try {
            value = Double.parseDouble(m.group(3));
        } catch (NumberFormatException e) {
            throw new Refused("--where \"" + where + "\": '" + m.group(3) + "' is not a number");
        }
        String outcome = m.group(1);
        List<String> known = List.copyOf(space.outcomes().keySet());
        if (!known.contains(outcome)) {
            String near = Suggestion.closest(outcome, known);
            throw new Refused("--where: " + (space.robust() ? "the robust run" : "the sweep") + " did not record '" + outcome + "'"
                    + (near != null ? ", did you mean '" + near + "'?" : "") + " (it recorded " + String.join(", ", known) + ")");
        }
        String text = outcome + " " + m.group(2) + " " + m.group(3) + (space.robust() ? " for " + space.policy() : "");
        return new Condition(outcome, m.group(2), value, text);
    }

    /** PRIM on the space: {@code boxes} boxes (covering), the first at {@code select} if given, resampled {@code resample} times. */
    public static Found run(Space space, Condition c, Prim.Settings settings, int boxes, Integer select, int resample, long seed) {
        double[] y = space.outcomes().get(c.outcome());
        boolean[] cases = new boolean[y.length];
        int count = 0;
        for (int i = 0; i < y.length; i++) {
            cases[i] = c.holds(y[i]);
            count += cases[i] ? 1 : 0;
        }
        Prim.Settings s = settings.withDiscrete(space.discrete());
        List<Prim.Result> found = new ArrayList<>(count == 0 ? List.of(Prim.run(space.x(), cases, s)) : Prim.cover(space.x(), cases, s, boxes));
        if (select != null) {
            try {
                found.set(0, Prim.select(space.x(), cases, found.get(0), select));
            } catch (IllegalArgumentException e) {
                throw new Refused("--select " + select + ": " + e.getMessage());
            }
        }
        double[] resampled = resample > 0 && count > 0 ? Prim.resample(space.x(), cases, s, resample, seed) : null;
        return new Found(c, List.copyOf(found), count == 0 ? 1 : boxes, count, y.length, resampled, resample, seed);
    }

    /** boxes.csv: one row per field and box (at full precision); trajectory.csv: every step of every box. */
    public static void write(Path boxesFile, Path trajectoryFile, Space space, Found f) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(boxesFile, StandardCharsets.UTF_8)) {
            out.write("condition,step,parameter,low,high,restricted,qp,coverage,density,mass,box,qp_low,qp_high,resampled\n");
            for (int b = 0; b < f.boxes().size(); b++) {
                Prim.Result r = f.boxes().get(b);
                Prim.Box box = r.box();
                for (Prim.Limit l : r.limits()) {
                    out.write(Csv.text(f.condition().text()) + "," + box.step() + "," + Csv.text(space.parameters().get(l.parameter())) + ","
                            + Csv.full(l.low()) + "," + Csv.full(l.high()) + "," + l.restricted() + "," + Csv.full(l.qp()) + ","
                            + Csv.full(box.coverage()) + "," + Csv.full(box.density()) + "," + Csv.full(box.mass()) + "," + (b + 1) + ","
                            + Csv.full(l.qpLow()) + "," + Csv.full(l.qpHigh()) + ","
                            + (b == 0 && f.resampled() != null ? Csv.full(f.resampled()[l.parameter()]) : "") + "\n");
                }
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(trajectoryFile, StandardCharsets.UTF_8)) {
            out.write("step,coverage,density,mass,samples,cases,chosen,box\n");
            for (int b = 0; b < f.boxes().size(); b++) {
                Prim.Result r = f.boxes().get(b);
                for (Prim.Box x : r.trajectory()) {
                    out.write(x.step() + "," + Csv.full(x.coverage()) + "," + Csv.full(x.density()) + "," + Csv.full(x.mass()) + ","
                            + x.points() + "," + x.cases() + "," + (x.step() == r.box().step()) + "," + (b + 1) + "\n");
                }
            }
        }
    }
}
