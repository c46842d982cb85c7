package brink.app;

import brink.analysis.Abc;
import brink.analysis.Parameter;
import brink.analysis.SampleResult;
import brink.output.Csv;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import brink.scenario.Setting;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What {@code brink calibrate} writes: the draws, the kept ones, the summary per field, and the calibrated scenario. */
public final class Calibrations {
    private Calibrations() {
    }

    /** Every draw (its values, each target's value), and the draws kept with their posterior summaries per field. */
    public record Result(List<Parameter> parameters, List<Abc.Target> targets, List<SampleResult> samples, Abc.Posterior posterior) {
        public Result {
            parameters = List.copyOf(parameters);
            targets = List.copyOf(targets);
            samples = List.copyOf(samples);
        }
    }

    /** The scenario's targets as approximate Bayesian computation takes them: each observed range. */
    public static List<Abc.Target> targets(Scenario s) {
        List<Abc.Target> out = new ArrayList<>();
        s.spec().targets().forEach((id, t) -> out.add(new Abc.Target(id, t.observed().get(0), t.observed().get(1))));
        return out;
    }

    /** Rejection ABC over the draws: those within {@code tolerance} (widths of a range) of every target are kept. */
    public static Result analyse(List<Parameter> parameters, List<Abc.Target> targets, List<SampleResult> samples, double tolerance) {
        return new Result(parameters, targets, samples, Abc.reject(samples, targets, parameters, tolerance));
    }

    /**
     * A calibration's files into the folder, uncommitted: samples.csv (every draw, accepted or not), posterior.csv (the
     * accepted draws), calibration.csv (each field's prior and posterior), calibrated.yaml (the scenario at the
     * posterior medians, when any draw was accepted); returns their names.
     */
    public static List<String> write(brink.output.OutputFolder folder, Scenario base, List<Parameter> ps, List<Abc.Target> targets,
                                     List<SampleResult> results, Abc.Posterior posterior) throws IOException {
        List<String> files = new ArrayList<>(List.of("samples.csv", "posterior.csv", "calibration.csv", "manifest.json"));
        samples(folder.file("samples.csv"), ps, targets, results, posterior, false);
        samples(folder.file("posterior.csv"), ps, targets, results, posterior, true);
        summary(folder.file("calibration.csv"), ps, posterior);
        if (!posterior.accepted().isEmpty()) {
            scenario(folder.file("calibrated.yaml"), folder.dir(), base, ps, posterior);
            files.add("calibrated.yaml");
        }
        return files;
    }

    /** Every draw (or only the kept ones): its values, its distance to the record, accepted or not, each target's value. */
    public static void samples(Path file, List<Parameter> ps, List<Abc.Target> targets, List<SampleResult> results, Abc.Posterior post,
                        boolean acceptedOnly) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder h = new StringBuilder("sample");
            ps.forEach(p -> h.append(',').append(Csv.text(p.path())));
            h.append(",distance,accepted");
            targets.forEach(t -> h.append(',').append(Csv.text(t.id())));
            out.write(h.append('\n').toString());
            for (int i = 0; i < results.size(); i++) {
                boolean kept = post.accepted().contains(i);
                if (acceptedOnly && !kept) {
                    continue;
                }
                SampleResult r = results.get(i);
                StringBuilder row = new StringBuilder(String.valueOf(r.sample()));
                for (double v : r.values()) {
                    row.append(',').append(Parameter.fmt(v));
                }
                row.append(',').append(Csv.number(post.distances()[i])).append(',').append(kept);
                for (double v : r.targets()) {
                    row.append(',').append(Csv.number(v));
                }
                out.write(row.append('\n').toString());
            }
        }
    }

    public static void summary(Path file, List<Parameter> ps, Abc.Posterior post) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("parameter,prior_low,prior_high,posterior_median,posterior_p05,posterior_p95,accepted\n");
            for (Abc.Summary s : post.summaries()) {
                out.write(Csv.text(ps.get(s.parameter()).path()) + "," + Csv.number(s.priorLow()) + "," + Csv.number(s.priorHigh())
                        + "," + Csv.number(s.median()) + "," + Csv.number(s.p05()) + "," + Csv.number(s.p95()) + ","
                        + post.accepted().size() + "\n");
            }
        }
    }

    /**
     * calibrated.yaml: {@code extends} the original (by a path relative to the output folder) and sets each field to
     * its posterior median. A field inside a list (rungs[3].calmDays) brings the whole list, since extends replaces
     * lists. Checked by loading it before it is kept.
     */
    public static void scenario(Path file, Path dir, Scenario base, List<Parameter> ps, Abc.Posterior post) throws IOException {
        List<Setting> medians = new ArrayList<>();
        for (Abc.Summary s : post.summaries()) {
            Parameter p = ps.get(s.parameter());
            // four significant digits: the posterior is far wider than that
            double m = p.whole() ? Math.rint(s.median())
                    : new java.math.BigDecimal(s.median()).round(new java.math.MathContext(4)).doubleValue();
            medians.add(new Setting(p.path(), Parameter.fmt(p.scale() == Parameter.Scale.LEVELS ? nearestLevel(p, m) : m)));
        }
        Scenario calibrated;
        try {
            List<Setting> all = new ArrayList<>();
            base.settings().forEach(text -> all.add(Setting.parse(text)));
            all.addAll(medians);
            calibrated = ScenarioLoader.load(base.file(), true, all);
        } catch (ScenarioException e) {
            throw new IOException("the posterior medians make a scenario the format refuses: " + e.getMessage(), e);
        }
        String parent = dir.toAbsolutePath().normalize().relativize(base.file().toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
        List<String> fields = new ArrayList<>();
        base.settings().forEach(text -> fields.add(Setting.parse(text).path()));
        medians.forEach(s -> fields.add(s.path()));
        String represents = base.spec().info().represents() + " Calibrated by brink calibrate (approximate Bayesian "
                + "computation against the targets): " + String.join(", ", medians.stream().map(Setting::text).toList())
                + " (posterior medians of " + post.accepted().size() + " kept draws).";
        Files.writeString(file, brink.scenario.Overlay.write(calibrated, fields, parent, base.spec().info().title() + ", calibrated",
                represents, List.of("Written by brink calibrate: the original scenario with its calibrated fields at their posterior medians.",
                        "Its extends path is relative to this folder: run it with --extends-anywhere, or move it next to the original",
                        "and write extends: " + base.file().getFileName())));
        try {
            ScenarioLoader.load(file, true);
        } catch (ScenarioException e) {
            throw new IllegalStateException("calibrated.yaml does not load back: " + e.getMessage(), e);
        }
    }

    private static double nearestLevel(Parameter p, double v) {
        return p.levels().stream().min(java.util.Comparator.comparingDouble(l -> Math.abs(l - v))).orElseThrow();
    }

    /** Below this many kept draws, the posterior's median and 5-95 % range are printed with a warning. */
    public static final int MIN_KEPT = 20;

    public static void print(PrintWriter out, Path dir, List<Parameter> ps, List<Abc.Target> targets, List<SampleResult> results,
                      Abc.Posterior post, double tolerance) {
        out.printf(Locale.ROOT, "%d of %d draws keep every target %s.%n", post.accepted().size(), results.size(),
                tolerance == 0 ? "inside the record" : "within " + Parameter.fmt(tolerance) + " range widths of the record");
        if (post.accepted().isEmpty()) {
            out.println("None is consistent with the record: the closest draws (distance in range widths):");
            for (int i : Abc.closest(post.distances(), 5)) {
                StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "  %.3g:", post.distances()[i]));
                for (int j = 0; j < ps.size(); j++) {
                    s.append(' ').append(ps.get(j).path()).append('=').append(Parameter.fmt(results.get(i).values()[j]));
                }
                out.println(s);
            }
            out.println("Widen the priors, vary other fields, or raise --tolerance; no calibrated.yaml was written.");
            return;
        }
        out.println("Each field: prior range -> posterior median [5-95 % of the kept draws]");
        for (Abc.Summary s : post.summaries()) {
            out.printf(Locale.ROOT, "  %-40s %s to %s -> %s [%s, %s]%n", ps.get(s.parameter()).path(), Csv.number(s.priorLow()),
                    Csv.number(s.priorHigh()), Csv.number(s.median()), Csv.number(s.p05()), Csv.number(s.p95()));
        }
        if (post.accepted().size() < MIN_KEPT) {
            out.printf(Locale.ROOT, "Warning: only %d draw(s) kept: a median and a 5-95 %% range of so few say little about the "
                    + "posterior (at least %d are needed to read them; more --samples, or a --tolerance above 0).%n",
                    post.accepted().size(), MIN_KEPT);
        }
        out.println("The calibrated scenario: " + dir.resolve("calibrated.yaml") + " (brink run it with --extends-anywhere)");
    }
}
